"""Stand-ins for Supabase's service and utility extensions (group A): the SQL that real
migrations write against uuid-ossp, pgcrypto, pgjwt, pg_net, pg_cron, http, pg_graphql,
supabase_vault, pgsodium, pg_jsonschema, wrappers, pg_hashids, pgmq, sslinfo, xml2, wal2json,
pg_stat_monitor, pgaudit, hypopg, index_advisor and pg_repack applies in the shadow
database, and the key functions have the real extensions' signatures."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from codemod.feedback import Feedback
from codemod.introspect import ShadowOptions, platform
from codemod.introspect.shadow import read_schema_from_migrations
from codemod.introspect.shadow_cache import ShadowCache

Conn = psycopg.Connection[tuple[Any, ...]]

GROUP_A = (
    "uuid-ossp", "pgcrypto", "pgjwt", "pg_net", "pg_cron", "http", "pg_graphql",
    "supabase_vault", "pgsodium", "pg_jsonschema", "wrappers", "pg_hashids", "pgmq",
    "sslinfo", "xml2", "wal2json", "pg_stat_monitor", "pgaudit", "hypopg", "index_advisor",
    "pg_repack",
)  # fmt: skip


@pytest.fixture
def db(platform_db: str) -> Iterator[Conn]:
    with psycopg.connect(platform_db, autocommit=True) as conn:
        yield conn


def run(conn: Conn, sql: str) -> None:
    """A script of any number of statements, as a migration file is sent."""
    conn.execute(sql.encode())


def value(conn: Conn, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


def signatures(conn: Conn, schema: str, name: str) -> set[tuple[str, str]]:
    """(arguments with names and defaults, result) of each function `schema.name`."""
    rows = conn.execute(
        "select pg_get_function_arguments(p.oid), pg_get_function_result(p.oid) "
        "from pg_proc p where p.pronamespace = %s::regnamespace and p.proname = %s",
        (schema, name),
    ).fetchall()
    return {(str(args), str(result)) for args, result in rows}


def extension_schema(conn: Conn, extension: str) -> str:
    return str(
        value(
            conn,
            "select extnamespace::regnamespace::text from pg_extension where extname = %s",
            (extension,),
        )
    )


def members(conn: Conn, extension: str, kind: str) -> set[str]:
    """The extension's member objects of a pg_describe_object kind ("function", "table")."""
    rows = conn.execute(
        "select pg_describe_object(d.classid, d.objid, d.objsubid) from pg_depend d "
        "join pg_extension e on e.oid = d.refobjid where e.extname = %s and d.deptype = 'e'",
        (extension,),
    ).fetchall()
    return {str(r[0]).removeprefix(kind + " ") for r in rows if str(r[0]).startswith(kind + " ")}


def test_every_group_a_extension_has_a_stand_in() -> None:
    for extension in GROUP_A:
        assert platform.has_stand_in(extension), extension
        control = (platform.STAND_INS / "extension" / f"{extension}.control").read_text()
        (version,) = [
            line.split("=", 1)[1].strip().strip("'")
            for line in control.splitlines()
            if line.startswith("default_version")
        ]
        script = platform.STAND_INS / "extension" / f"{extension}--{version}.sql"
        assert script.is_file(), script
        assert "module_pathname" not in control


def test_caveats_say_what_the_stand_ins_cannot_do() -> None:
    def behaviour(extension: str) -> str:
        return " ".join(platform.caveats(extension)[1])

    assert "never sent" in behaviour("pg_net")
    assert "never run" in behaviour("pg_cron")
    assert "security label" in behaviour("pgsodium")
    assert "not queried" in behaviour("wrappers")
    # these behave as the real ones for everything a migration can do
    for extension in ("pgjwt", "pgmq", "pg_hashids", "uuid-ossp", "supabase_vault"):
        assert platform.caveats(extension) == ([], []), extension


def test_uuid_ossp(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists "uuid-ossp" with schema extensions;
        create table public.profiles (
            id uuid primary key default extensions.uuid_generate_v4(),
            handle text
        );
        insert into public.profiles (handle) values ('a'), ('b');
        """,
    )
    assert extension_schema(db, "uuid-ossp") == "extensions"
    assert value(db, "select count(distinct id) from public.profiles") == 2
    v5 = value(db, "select extensions.uuid_generate_v5(extensions.uuid_ns_url(), 'https://x.io')")
    assert v5 == uuid.uuid5(uuid.NAMESPACE_URL, "https://x.io")
    v3 = value(db, "select extensions.uuid_generate_v3(extensions.uuid_ns_dns(), 'supabase.com')")
    assert v3 == uuid.uuid3(uuid.NAMESPACE_DNS, "supabase.com")
    v1 = value(db, "select extensions.uuid_generate_v1()")
    assert v1.version == 1
    assert v1.variant == uuid.RFC_4122
    assert signatures(db, "extensions", "uuid_generate_v5") == {
        ("namespace uuid, name text", "uuid")
    }
    assert signatures(db, "extensions", "uuid_nil") == {("", "uuid")}


def test_pgcrypto(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pgcrypto with schema extensions;
        -- what Supabase seed files do
        insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
            email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
        values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
            'authenticated', 'user@example.com', crypt('password123', gen_salt('bf')), now(),
            '{"provider":"email","providers":["email"]}', '{}', now(), now());
        """,
    )
    stored = value(db, "select encrypted_password from auth.users")
    assert stored.startswith("$2a$06$")
    assert len(stored) == 60
    assert value(db, "select crypt('password123', %s) = %s", (stored, stored)) is True
    assert value(db, "select crypt('wrong', %s) = %s", (stored, stored)) is False
    message, key = b"The quick brown fox", b"key"
    assert bytes(value(db, "select digest(%s::bytea, 'sha1')", (message,))) == (
        hashlib.sha1(message).digest()
    )
    assert bytes(value(db, "select digest('abc', 'sha512')")) == hashlib.sha512(b"abc").digest()
    for algorithm in ("md5", "sha1", "sha256", "sha512"):
        got = bytes(value(db, "select hmac(%s::bytea, %s::bytea, %s)", (message, key, algorithm)))
        assert got == hmac.new(key, message, algorithm).digest(), algorithm
    assert len(bytes(value(db, "select gen_random_bytes(24)"))) == 24
    assert value(db, "select pgp_sym_decrypt(pgp_sym_encrypt('s', 'pw'), 'pw')") == "s"
    with pytest.raises(psycopg.errors.RaiseException, match="Wrong key"):
        db.execute("select pgp_sym_decrypt(pgp_sym_encrypt('s', 'pw'), 'other')")
    with pytest.raises(psycopg.errors.RaiseException, match="not available"):
        db.execute("select pgp_pub_encrypt('s', '\\x00')")
    assert signatures(db, "extensions", "digest") == {
        ("bytea, text", "bytea"),
        ("text, text", "bytea"),
    }
    assert signatures(db, "extensions", "gen_salt") == {("text", "text"), ("text, integer", "text")}
    assert ("text, OUT key text, OUT value text", "SETOF record") in signatures(
        db, "extensions", "pgp_armor_headers"
    )
    assert len(members(db, "pgcrypto", "function")) == 36
    # relocatable: functions that call each other still find each other after a move
    run(db, "alter extension pgcrypto set schema public")
    got = bytes(value(db, "select public.hmac('m'::bytea, 'k'::bytea, 'sha256')"))
    assert got == hmac.new(b"k", b"m", "sha256").digest()


def test_pgjwt(db: Conn) -> None:
    run(db, "create extension if not exists pgjwt with schema extensions;")
    payload = {"sub": "1234567890", "role": "authenticated"}
    token = value(db, "select extensions.sign(%s::json, 'secret')", (json.dumps(payload),))

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = b64(b'{"alg":"HS256","typ":"JWT"}') + "." + b64(json.dumps(payload).encode())
    signature = hmac.new(b"secret", signing_input.encode(), "sha256").digest()
    assert token == f"{signing_input}.{b64(signature)}"
    header, claims, valid = db.execute(
        "select * from extensions.verify(%s, 'secret')", (token,)
    ).fetchone() or (None, None, None)
    assert header == {"alg": "HS256", "typ": "JWT"}
    assert claims == payload
    assert valid is True
    assert value(db, "select valid from extensions.verify(%s, 'other')", (token,)) is False
    assert signatures(db, "extensions", "sign") == {
        ("payload json, secret text, algorithm text DEFAULT 'HS256'::text", "text")
    }
    assert signatures(db, "extensions", "verify") == {
        (
            "token text, secret text, algorithm text DEFAULT 'HS256'::text",
            "TABLE(header json, payload json, valid boolean)",
        )
    }


def test_pg_net(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_net with schema extensions;
        create table public.orders (id bigint primary key, total numeric);
        create function public.notify_order() returns trigger language plpgsql
        security definer set search_path = '' as $$
        begin
            perform net.http_post(
                url := 'https://example.supabase.co/functions/v1/order',
                body := jsonb_build_object('id', new.id, 'total', new.total),
                headers := jsonb_build_object('Authorization', 'Bearer x',
                    'Content-Type', 'application/json'),
                timeout_milliseconds := 2000
            );
            return new;
        end
        $$;
        create trigger on_order after insert on public.orders
            for each row execute function public.notify_order();
        insert into public.orders values (1, 9.5);
        """,
    )
    assert extension_schema(db, "pg_net") == "extensions"
    rows = db.execute(
        "select method, url, headers, convert_from(body, 'utf8')::jsonb, timeout_milliseconds "
        "from net.http_request_queue order by id"
    ).fetchall()
    assert len(rows) == 1
    method, url, headers, body, timeout = rows[0]
    assert (method, url, timeout) == (
        "POST",
        "https://example.supabase.co/functions/v1/order",
        2000,
    )
    assert headers["Content-Type"] == "application/json"
    assert body == {"id": 1, "total": 9.5}
    assert value(db, "select net.http_get('https://x.io', '{\"q\": \"a b\"}')") == 2
    assert (
        value(db, "select url from net.http_request_queue where id = 2") == "https://x.io?q=a%20b"
    )
    assert value(db, "select count(*) from net._http_response") == 0
    # the platform's event trigger grants the API roles the schema
    assert value(db, "select has_schema_privilege('anon', 'net', 'usage')") is True
    assert signatures(db, "net", "http_post") == {
        (
            (
                "url text, body jsonb DEFAULT '{}'::jsonb, params jsonb DEFAULT '{}'::jsonb, "
                'headers jsonb DEFAULT \'{"Content-Type": "application/json"}\'::jsonb, '
                "timeout_milliseconds integer DEFAULT 5000"
            ),
            "bigint",
        )
    }
    assert signatures(db, "net", "http_delete") == {
        (
            (
                "url text, params jsonb DEFAULT '{}'::jsonb, headers jsonb DEFAULT '{}'::jsonb, "
                "timeout_milliseconds integer DEFAULT 5000, body jsonb DEFAULT NULL::jsonb"
            ),
            "bigint",
        )
    }
    assert signatures(db, "net", "_http_collect_response") == {
        ("request_id bigint, async boolean DEFAULT true", "net.http_response_result")
    }
    with pytest.raises(psycopg.errors.RaiseException, match="application/json"):
        db.execute(
            "select net.http_post('https://x.io', headers := '{\"content-type\": \"text/csv\"}')"
        )


def test_a_database_webhook_queues_a_request(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_net with schema extensions;
        create table public.orders (id bigint primary key, total numeric);
        -- a Database Webhook, as the dashboard writes it
        create trigger order_webhook after insert on public.orders
            for each row execute function supabase_functions.http_request(
                'https://example.com/hook', 'POST', '{"Content-Type":"application/json"}',
                '{}', '1000');
        insert into public.orders values (1, 9.5);
        """,
    )
    body = value(db, "select convert_from(body, 'utf8')::jsonb from net.http_request_queue")
    assert body["record"] == {"id": 1, "total": 9.5}
    assert body["type"] == "INSERT"
    assert value(db, "select count(*) from supabase_functions.hooks") == 1


def test_pg_cron(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_cron with schema extensions;
        grant usage on schema cron to postgres;
        create table public.events (created_at timestamptz);
        select cron.schedule('nightly', '0 3 * * *', $$delete from public.events$$);
        select cron.schedule('nightly', '30 3 * * *', $$delete from public.events where true$$);
        select cron.schedule('*/5 * * * *', 'vacuum public.events');
        select cron.schedule('heartbeat', '30 seconds', 'select 1');
        """,
    )
    # supautils puts pg_cron in pg_catalog whatever the migration asked for
    assert extension_schema(db, "pg_cron") == "pg_catalog"
    jobs = db.execute("select jobname, schedule, command from cron.job order by jobid").fetchall()
    assert jobs == [
        ("nightly", "30 3 * * *", "delete from public.events where true"),
        (None, "*/5 * * * *", "vacuum public.events"),
        ("heartbeat", "30 seconds", "select 1"),
    ]
    assert value(db, "select cron.unschedule('nightly')") is True
    assert value(db, "select count(*) from cron.job") == 2
    with pytest.raises(psycopg.errors.RaiseException, match="could not find valid entry"):
        db.execute("select cron.unschedule('nightly')")
    with pytest.raises(psycopg.errors.RaiseException, match="invalid schedule"):
        db.execute("select cron.schedule('bad', 'every day', 'select 1')")
    assert signatures(db, "cron", "schedule") == {
        ("schedule text, command text", "bigint"),
        ("job_name text, schedule text, command text", "bigint"),
    }
    assert signatures(db, "cron", "unschedule") == {
        ("job_id bigint", "boolean"),
        ("job_name text", "boolean"),
    }
    assert signatures(db, "cron", "schedule_in_database") == {
        (
            (
                "job_name text, schedule text, command text, database text, "
                "username text DEFAULT NULL::text, active boolean DEFAULT true"
            ),
            "bigint",
        )
    }
    run(db, "drop extension pg_cron; create extension pg_cron with schema pg_catalog;")
    assert extension_schema(db, "pg_cron") == "pg_catalog"
    run(db, "drop extension pg_cron")
    assert value(db, "select to_regnamespace('cron')") is None


def test_http(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists http with schema extensions;
        create function public.ping() returns integer language sql as $$
            select status from extensions.http_get('https://example.com')
        $$;
        """,
    )
    with pytest.raises(psycopg.errors.RaiseException, match="not available"):
        db.execute("select public.ping()")
    assert value(db, 'select extensions.urlencode(\'{"a b": "c&d"}\'::jsonb)') == "a%20b=c%26d"
    header = db.execute(
        "select (h).field, (h).value from extensions.http_header('Authorization', 'Bearer x') h"
    ).fetchone()
    assert header == ("Authorization", "Bearer x")
    assert signatures(db, "extensions", "http_get") == {
        ("uri character varying", "http_response"),
        ("uri character varying, data jsonb", "http_response"),
    }
    assert signatures(db, "extensions", "http") == {("request http_request", "http_response")}
    columns = db.execute(
        "select attname, format_type(atttypid, atttypmod) from pg_attribute "
        "where attrelid = 'extensions.http_request'::regclass and attnum > 0 order by attnum"
    ).fetchall()
    assert columns == [
        ("method", "http_method"),
        ("uri", "character varying"),
        ("headers", "http_header[]"),
        ("content_type", "character varying"),
        ("content", "character varying"),
    ]


def test_pg_graphql(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_graphql;
        create table public.todos (id bigint primary key, title text);
        comment on table public.todos is e'@graphql({"totalCount": {"enabled": true}})';
        """,
    )
    assert extension_schema(db, "pg_graphql") == "graphql"
    # the platform's event trigger now points graphql_public.graphql at graphql.resolve
    answer = value(
        db, "select graphql_public.graphql(query := '{ todosCollection { totalCount } }')"
    )
    assert answer["data"] is None
    assert "not resolved" in answer["errors"][0]["message"]
    directive = value(
        db,
        "select graphql.comment_directive(obj_description('public.todos'::regclass))",
    )
    assert directive == {"totalCount": {"enabled": True}}
    assert signatures(db, "graphql", "resolve") == {
        (
            (
                "query text, variables jsonb DEFAULT '{}'::jsonb, \"operationName\" text DEFAULT "
                "NULL::text, extensions jsonb DEFAULT NULL::jsonb"
            ),
            "jsonb",
        )
    }
    assert value(db, "select graphql.get_schema_version()") > 0
    run(db, "drop extension pg_graphql")
    answer = value(db, "select graphql_public.graphql(query := '{ x }')")
    assert answer["errors"][0]["message"] == "pg_graphql extension is not enabled."


def test_supabase_vault(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists supabase_vault with schema vault;
        select vault.create_secret('s3cr3t', 'api_key', 'the API key');
        select vault.create_secret('https://abc.supabase.co', 'project_url');
        """,
    )
    assert extension_schema(db, "supabase_vault") == "vault"
    assert value(
        db, "select decrypted_secret from vault.decrypted_secrets where name = 'api_key'"
    ) == ("s3cr3t")
    assert value(db, "select secret from vault.secrets where name = 'api_key'") != "s3cr3t"
    run(
        db,
        """
        select vault.update_secret(
            (select id from vault.secrets where name = 'api_key'), 'rotated');
        """,
    )
    assert value(
        db, "select decrypted_secret from vault.decrypted_secrets where name = 'api_key'"
    ) == ("rotated")
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.execute("select vault.create_secret('x', 'api_key')")
    assert value(
        db, "select has_table_privilege('service_role', 'vault.decrypted_secrets', 'select')"
    )
    assert signatures(db, "vault", "create_secret") == {
        (
            (
                "new_secret text, new_name text DEFAULT NULL::text, new_description text DEFAULT "
                "''::text, new_key_id uuid DEFAULT NULL::uuid"
            ),
            "uuid",
        )
    }
    assert signatures(db, "vault", "_crypto_aead_det_decrypt") == {
        (
            (
                "message bytea, additional bytea, key_id bigint, context bytea DEFAULT "
                "'\\x7067736f6469756d'::bytea, nonce bytea DEFAULT NULL::bytea"
            ),
            "bytea",
        )
    }


def test_pgsodium(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pgsodium;
        select pgsodium.create_key(name := 'customer_key');
        create table public.customers (id bigint primary key, secret bytea);
        """,
    )
    assert extension_schema(db, "pgsodium") == "pgsodium"
    key_id = value(db, "select id from pgsodium.valid_key where name = 'customer_key'")
    plain = value(
        db,
        "select pgsodium.crypto_aead_det_decrypt("
        "pgsodium.crypto_aead_det_encrypt('hi'::bytea, 'ad'::bytea, %s::uuid), 'ad'::bytea, %s::uuid)",
        (key_id, key_id),
    )
    assert bytes(plain) == b"hi"
    got = bytes(value(db, "select pgsodium.crypto_auth_hmacsha256('m'::bytea, 'k'::bytea)"))
    assert got == hmac.new(b"k", b"m", "sha256").digest()
    with pytest.raises(psycopg.Error, match="pgsodium"):
        db.execute(
            "security label for pgsodium on column public.customers.secret "
            f"is 'ENCRYPT WITH KEY ID {key_id}'"
        )
    assert signatures(db, "pgsodium", "create_key") == {
        (
            (
                "key_type pgsodium.key_type DEFAULT 'aead-det'::pgsodium.key_type, name text DEFAULT "
                "NULL::text, raw_key bytea DEFAULT NULL::bytea, raw_key_nonce bytea DEFAULT "
                "NULL::bytea, parent_key uuid DEFAULT NULL::uuid, key_context bytea DEFAULT "
                "'\\x7067736f6469756d'::bytea, expires timestamp with time zone DEFAULT "
                "NULL::timestamp with time zone, associated_data text DEFAULT ''::text"
            ),
            "pgsodium.valid_key",
        )
    }
    assert {args for args, _ in signatures(db, "pgsodium", "crypto_aead_det_decrypt")} == {
        "ciphertext bytea, additional bytea, key bytea, nonce bytea DEFAULT NULL::bytea",
        (
            "message bytea, additional bytea, key_id bigint, context bytea DEFAULT "
            "'\\x7067736f6469756d'::bytea, nonce bytea DEFAULT NULL::bytea"
        ),
        "message bytea, additional bytea, key_uuid uuid",
        "message bytea, additional bytea, key_uuid uuid, nonce bytea",
    }
    views = members(db, "pgsodium", "view")
    assert views == {
        "pgsodium.valid_key", "pgsodium.masking_rule", "pgsodium.mask_columns",
        "pgsodium.decrypted_key",
    }  # fmt: skip
    assert len(members(db, "pgsodium", "function")) == 137


def test_pg_jsonschema(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_jsonschema with schema extensions;
        create table public.customer (
            id serial primary key,
            metadata json,
            check (
                extensions.json_matches_schema(
                    schema := '{
                        "type": "object",
                        "properties": {
                            "tags": {"type": "array", "items": {"type": "string", "maxLength": 16}}
                        }
                    }',
                    instance := metadata
                )
            )
        );
        create table public.settings (
            data jsonb check (extensions.jsonb_matches_schema(
                '{"type": "object", "required": ["theme"], "additionalProperties": false,
                  "properties": {"theme": {"enum": ["dark", "light"]}}}', data))
        );
        insert into public.customer (metadata) values ('{"tags": ["vip", "darkmode-ui"]}');
        insert into public.settings values ('{"theme": "dark"}');
        """,
    )
    with pytest.raises(psycopg.errors.CheckViolation):
        db.execute("""insert into public.customer (metadata) values ('{"tags": [1]}')""")
    with pytest.raises(psycopg.errors.CheckViolation):
        db.execute("""insert into public.settings values ('{"theme": "dark", "x": 1}')""")
    errors = value(
        db,
        "select extensions.jsonschema_validation_errors("
        """'{"type": "object", "required": ["a"]}', '{}')""",
    )
    assert errors == ['"a" is a required property']
    assert value(db, """select extensions.jsonschema_is_valid('{"type": "object"}')""") is True
    assert signatures(db, "extensions", "jsonb_matches_schema") == {
        ("schema json, instance jsonb", "boolean")
    }
    assert signatures(db, "extensions", "jsonschema_validation_errors") == {
        ("schema json, instance json", "text[]")
    }


def test_wrappers(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists wrappers with schema extensions;
        create foreign data wrapper stripe_wrapper
            handler stripe_fdw_handler validator stripe_fdw_validator;
        create server stripe_server foreign data wrapper stripe_wrapper
            options (api_key_id '3c2e4d77-7c4e-4d2b-9b44-0c0c7e0f0c2a',
                     api_url 'https://api.stripe.com/v1');
        create schema if not exists stripe;
        create foreign table public.stripe_customers (id text, email text, attrs jsonb)
            server stripe_server options (object 'customers', rowid_column 'id');
        create foreign data wrapper wasm_wrapper handler wasm_fdw_handler validator wasm_fdw_validator;
        create server notion_server foreign data wrapper wasm_wrapper options (
            fdw_package_url 'https://github.com/supabase/wrappers/releases/download/x.wasm',
            fdw_package_name 'supabase:notion-fdw', fdw_package_version '0.1.0',
            api_key_id 'x');
        create foreign table public.notion_pages (id text, title text)
            server notion_server options (object 'page');
        """,
    )
    assert value(db, "select count(*) from pg_foreign_table") == 2
    handlers = {
        f.removeprefix("extensions.").removesuffix("()")
        for f in members(db, "wrappers", "function")
        if f.endswith("_fdw_handler()")
    }
    assert len(handlers) == 18
    assert {"stripe_fdw_handler", "big_query_fdw_handler"} <= handlers
    assert value(
        db, "select prorettype::regtype::text from pg_proc where proname = 'stripe_fdw_handler'"
    ) == ("fdw_handler")
    assert signatures(db, "extensions", "stripe_fdw_validator") == {
        ("options text[], catalog oid", "void")
    }
    assert signatures(db, "extensions", "airtable_fdw_meta") == {
        ("", "TABLE(name text, version text, author text, website text)")
    }
    columns = [
        r[0]
        for r in db.execute(
            "select attname from pg_attribute where attnum > 0 "
            "and attrelid = 'extensions.wrappers_fdw_stats'::regclass order by attnum"
        ).fetchall()
    ]
    assert columns == [
        "fdw_name", "create_times", "rows_in", "rows_out", "bytes_in", "bytes_out", "metadata",
        "created_at", "updated_at",
    ]  # fmt: skip
    with pytest.raises(psycopg.Error):
        db.execute("select * from public.stripe_customers")


def test_pg_hashids(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_hashids with schema extensions;
        create table public.links (
            id bigint generated always as identity primary key,
            slug text generated always as (extensions.id_encode(id, 'my salt', 8)) stored
        );
        insert into public.links default values;
        """,
    )
    # values from the reference Hashids implementation
    assert value(db, "select extensions.id_encode(1001)") == "jNl"
    assert value(db, "select extensions.id_encode(1234567, 'This is my salt', 10)") == "PlRPdzxpR7"
    assert (
        value(
            db,
            "select extensions.id_encode(1234567, 'This is my salt', 10, "
            "'abcdefghijABCDxFGHIJ1234567890')",
        )
        == "3GJ956J9B9"
    )
    assert value(db, "select extensions.id_encode(array[1, 2, 3], 's')") == "jVSbs3"
    assert value(db, "select extensions.id_decode('M35b0zZVQ9E6jVSbs36jk2vx1Yw8Gn', 's', 30)") == [
        1, 2, 3
    ]  # fmt: skip
    slug = value(db, "select slug from public.links")
    assert value(db, "select extensions.id_decode_once(%s, 'my salt', 8)", (slug,)) == 1
    assert signatures(db, "extensions", "id_decode") == {
        ("text", "bigint[]"),
        ("text, text", "bigint[]"),
        ("text, text, integer", "bigint[]"),
        ("text, text, integer, text", "bigint[]"),
    }
    assert len(members(db, "pg_hashids", "function")) == 20


def test_pgmq(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pgmq;
        select pgmq.create('jobs');
        select pgmq.create_unlogged('fast');
        select pgmq.send('jobs', '{"task": "email"}');
        select pgmq.send('jobs', '{"task": "sms"}', 0);
        select pgmq.send_batch('jobs', array['{"n": 1}', '{"n": 2}']::jsonb[]);
        """,
    )
    assert extension_schema(db, "pgmq") == "pgmq"
    read = db.execute("select msg_id, read_ct, message from pgmq.read('jobs', 30, 2)").fetchall()
    assert read == [(1, 1, {"task": "email"}), (2, 1, {"task": "sms"})]
    assert value(db, "select pgmq.archive('jobs', 1::bigint)") is True
    assert value(db, "select count(*) from pgmq.a_jobs") == 1
    assert value(db, "select (pgmq.metrics('jobs')).queue_length") == 3
    # queue tables belong to the extension, as with pgmq (so they are never synced)
    tables = members(db, "pgmq", "table")
    assert {"pgmq.q_jobs", "pgmq.a_jobs", "pgmq.q_fast", "pgmq.meta"} <= tables
    assert value(db, "select pgmq.drop_queue('fast')") is True
    assert value(db, "select to_regclass('pgmq.q_fast')") is None
    assert {args for args, _ in signatures(db, "pgmq", "send")} == {
        "queue_name text, msg jsonb",
        "queue_name text, msg jsonb, headers jsonb",
        "queue_name text, msg jsonb, delay integer",
        "queue_name text, msg jsonb, delay timestamp with time zone",
        "queue_name text, msg jsonb, headers jsonb, delay integer",
        "queue_name text, msg jsonb, headers jsonb, delay timestamp with time zone",
    }
    assert signatures(db, "pgmq", "read") == {
        (
            "queue_name text, vt integer, qty integer, conditional jsonb DEFAULT '{}'::jsonb",
            "SETOF pgmq.message_record",
        )
    }
    with pytest.raises(psycopg.errors.RaiseException, match="pg_partman"):
        db.execute("select pgmq.create_partitioned('big')")


def test_small_utilities(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists sslinfo with schema extensions;
        create extension if not exists xml2 with schema extensions;
        create extension if not exists wal2json;
        create extension if not exists pgaudit with schema extensions;
        alter role postgres set pgaudit.log to 'ddl';
        create table public.audited (id int);
        """,
    )
    assert value(db, "select extensions.ssl_is_used()") is False
    assert signatures(db, "extensions", "ssl_client_dn_field") == {("text", "text")}
    assert value(db, "select extensions.xml_encode_special_chars('<a&b>')") == "&lt;a&amp;b&gt;"
    with pytest.raises(psycopg.errors.RaiseException, match="not available"):
        db.execute("select extensions.xpath_string('<a>1</a>', '/a')")
    assert signatures(db, "extensions", "xpath_table") == {
        ("text, text, text, text, text", "SETOF record")
    }
    assert members(db, "wal2json", "function") == set()
    assert value(db, "select extversion from pg_extension where extname = 'wal2json'") == "2.6"
    assert value(db, "select count(*) from pg_event_trigger where evtname like 'pgaudit%%'") == 2
    assert signatures(db, "extensions", "pgaudit_ddl_command_end") == {("", "event_trigger")}


def test_pg_stat_monitor(db: Conn) -> None:
    run(db, "create extension if not exists pg_stat_monitor with schema extensions;")
    assert value(db, "select count(*) from extensions.pg_stat_monitor") == 0
    columns = {
        r[0]
        for r in db.execute(
            "select attname from pg_attribute where attnum > 0 "
            "and attrelid = 'extensions.pg_stat_monitor'::regclass"
        ).fetchall()
    }
    assert len(columns) == 71
    assert {"bucket", "pgsm_query_id", "client_ip", "cmd_type_text", "resp_calls"} <= columns
    assert {"jit_deform_time", "stats_since", "minmax_stats_since", "wal_bytes"} <= columns
    assert signatures(db, "extensions", "histogram") == {
        ("_bucket integer, _quryid bigint", "SETOF record")
    }
    assert value(db, "select extensions.get_cmd_type(2)") == "UPDATE"


def test_hypopg_and_index_advisor(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists index_advisor with schema extensions cascade;
        create table public.book (id int, title text);
        """,
    )
    assert extension_schema(db, "hypopg") == "extensions"
    advice = db.execute(
        "select total_cost_before, total_cost_after, index_statements, errors "
        "from extensions.index_advisor('select * from public.book where id = $1')"
    ).fetchone()
    assert advice is not None
    assert advice[0] == advice[1]
    assert advice[2:] == ([], [])
    assert signatures(db, "extensions", "index_advisor") == {
        (
            "query text",
            (
                "TABLE(startup_cost_before jsonb, startup_cost_after jsonb, total_cost_before jsonb, "
                "total_cost_after jsonb, index_statements text[], errors text[])"
            ),
        )
    }
    assert signatures(db, "extensions", "hypopg_create_index") == {
        ("sql_order text, OUT indexrelid oid, OUT indexname text", "SETOF record")
    }
    assert value(db, "select count(*) from extensions.hypopg_list_indexes") == 0
    with pytest.raises(psycopg.errors.RaiseException, match="not available"):
        db.execute(
            "select * from extensions.hypopg_create_index('create index on public.book (id)')"
        )


def test_pg_repack(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pg_repack with schema extensions;
        create table public.big (id bigint primary key, payload text);
        """,
    )
    assert value(db, "select repack.version()") == "pg_repack 1.5.2"
    row = db.execute(
        "select relname, pkid is not null from repack.tables where schemaname = 'public'"
    ).fetchone()
    assert row == ("public.big", True)
    assert signatures(db, "repack", "repack_apply") == {
        (
            (
                "sql_peek cstring, sql_insert cstring, sql_delete cstring, sql_update cstring, "
                "sql_pop cstring, count integer"
            ),
            "integer",
        )
    }
    with pytest.raises(psycopg.errors.RaiseException, match="not available"):
        db.execute("select repack.repack_swap('public.big'::regclass)")


def test_a_migration_using_the_services_reads_through_the_shadow_database(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "20250101000000_services.sql").write_text(
        """
        create extension if not exists pg_net with schema extensions;
        create extension if not exists pg_cron with schema extensions;
        create extension if not exists pgmq;
        create table public.reminders (
            id uuid primary key default extensions.uuid_generate_v4(),
            sent_at timestamptz
        );
        select vault.create_secret('https://abc.supabase.co', 'project_url');
        select cron.schedule('send-reminders', '*/10 * * * *', $$
            select net.http_post(
                url := (select decrypted_secret from vault.decrypted_secrets
                        where name = 'project_url') || '/functions/v1/remind',
                body := '{}'::jsonb)
        $$);
        select pgmq.create('reminders');
        """,
        encoding="utf-8",
    )
    warnings: list[str] = []
    details: list[str] = []
    schema = read_schema_from_migrations(
        folder,
        ("public",),
        options=ShadowOptions(cache_dir=shadow_cache.root),
        feedback=Feedback(warn=warnings.append, detail=details.append),
    )
    assert [t.name for t in schema.tables] == ["reminders"]
    # What these stand-ins cannot do changes no schema: details, not warnings.
    assert warnings == []
    assert any("pg_cron is a stand-in" in d for d in details)
    assert any("pg_net is a stand-in" in d for d in details)
