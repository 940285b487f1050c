"""Which source a run reads, from the command line and the environment (resolve_source):
the README's order, the Supabase credentials among the others, and the one message for
variables that name no source."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from codemod.config import Config
from codemod.errors import ConfigError, NoSourceError, mask_passwords
from codemod.introspect import Source
from codemod.pipeline import resolve_source

URL = "postgresql://app@db.example.com/app"
REF = "abcdefghijklmnopqrst"
PASSWORD = "db-pa55-LEAK"
TOKEN = "sbp_token_LEAK"
DIRECT = {"SUPABASE_PROJECT_ID": REF, "SUPABASE_DB_PASSWORD": PASSWORD}
THROUGH_API = {"SUPABASE_PROJECT_ID": REF, "SUPABASE_ACCESS_TOKEN": TOKEN}
POSTGREST = {"SUPABASE_URL": f"https://{REF}.supabase.co", "SUPABASE_SERVICE_KEY": "eyJ-LEAK"}


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with a migrations folder, as the working directory."""
    (tmp_path / "supabase" / "migrations").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def described(root: Path, environ: dict[str, str], **given: str) -> str:
    return resolve_source(root, Config(), environ=environ, **given).describe()


API = f"Supabase project {REF} through the Management API"
SUPABASE_DIRECT = f'database "postgres" on db.{REF}.supabase.co:5432 as "postgres"'


@pytest.mark.parametrize(
    ("environ", "given", "expected"),
    [
        ({**DIRECT, **THROUGH_API}, {"db_url": URL}, 'database "app" on db.example.com as "app"'),
        (THROUGH_API, {"migrations": "supabase/migrations"}, "migrations in supabase/migrations"),
        (THROUGH_API, {"snapshot": "db.json"}, "snapshot db.json"),
        ({**THROUGH_API, "DATABASE_URL": URL}, {}, 'database "app" on db.example.com as "app"'),
        ({**DIRECT, **THROUGH_API}, {}, SUPABASE_DIRECT),
        ({**THROUGH_API, **POSTGREST}, {}, API),
        (POSTGREST, {}, "migrations in supabase/migrations"),
        ({"SUPABASE_PROJECT_ID": REF}, {}, "migrations in supabase/migrations"),
    ],
    ids=[
        "option-first",
        "migrations-option",
        "snapshot-option",
        "url-variable-before-supabase",
        "password-before-token",
        "token-not-postgrest",
        "postgrest-is-no-source",
        "project-id-alone-is-no-source",
    ],
)
def test_the_first_source_named_wins(
    root: Path, environ: dict[str, str], given: dict[str, str], expected: str
) -> None:
    assert described(root, environ, **given) == expected


def test_supabase_credentials_come_before_the_migrations_folder(root: Path) -> None:
    assert described(root, THROUGH_API) == API
    assert described(root, DIRECT) == SUPABASE_DIRECT


def test_the_direct_connection_requires_tls_and_keeps_the_password_secret(root: Path) -> None:
    source = resolve_source(root, Config(), environ=DIRECT)
    assert source.kind == "url"
    assert conninfo_to_dict(source.value) == {
        "host": f"db.{REF}.supabase.co",
        "port": "5432",
        "user": "postgres",
        "dbname": "postgres",
        "password": PASSWORD,
        "sslmode": "require",
    }
    assert mask_passwords(f"it was {PASSWORD}") == "it was ***"


def test_the_management_api_source_keeps_its_token_secret(root: Path) -> None:
    source = resolve_source(root, Config(), environ=THROUGH_API)
    assert source == Source("management_api", REF, TOKEN, "https://api.supabase.com")
    assert TOKEN not in repr(source)
    assert mask_passwords(f"Bearer {TOKEN}") == "Bearer ***"
    local = {**THROUGH_API, "SUPABASE_API_URL": "http://127.0.0.1:8080"}
    assert resolve_source(root, Config(), environ=local).api_url == "http://127.0.0.1:8080"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (
            {**THROUGH_API, "SUPABASE_PROJECT_ID": "https://x.supabase.co"},
            "SUPABASE_PROJECT_ID = 'https://x.supabase.co' is not a Supabase project ref",
        ),
        (
            {**THROUGH_API, "SUPABASE_API_URL": "file:///etc/passwd"},
            "SUPABASE_API_URL = 'file:///etc/passwd' is not an http or https URL.",
        ),
    ],
    ids=["project-ref", "api-url"],
)
def test_a_malformed_variable_is_a_config_error(
    root: Path, environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        resolve_source(root, Config(), environ=environ)
    assert info.value.message.startswith(message)


NO_SOURCE_REST = (
    "Or pass --db-url or set one of SCHEMASYNC_DB_URL, SUPABASE_DB_URL, DATABASE_URL; or "
    "pass --migrations DIR, or set `migrations` in [tool.schemasync], or keep migrations in "
    "supabase/migrations."
)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (
            {},
            (
                "Pass --db-url or set one of SCHEMASYNC_DB_URL, SUPABASE_DB_URL, DATABASE_URL, or "
                "SUPABASE_PROJECT_ID with SUPABASE_DB_PASSWORD or with SUPABASE_ACCESS_TOKEN; or "
                "pass --migrations DIR, or set `migrations` in [tool.schemasync], or keep "
                "migrations in supabase/migrations."
            ),
        ),
        (
            POSTGREST,
            (
                "SUPABASE_URL and SUPABASE_SERVICE_KEY reach Supabase's REST API (PostgREST), "
                "which serves table rows, not the system catalogs schemasync reads. Set "
                f"SUPABASE_PROJECT_ID={REF} with SUPABASE_ACCESS_TOKEN (a personal access token: "
                "the Management API, no database password) or with SUPABASE_DB_PASSWORD (the "
                f"direct connection). {NO_SOURCE_REST}"
            ),
        ),
        (
            {"SUPABASE_SERVICE_KEY": "eyJ-LEAK"},
            (
                "SUPABASE_SERVICE_KEY reaches Supabase's REST API (PostgREST), which serves table "
                "rows, not the system catalogs schemasync reads. Set SUPABASE_PROJECT_ID with "
                "SUPABASE_ACCESS_TOKEN (a personal access token: the Management API, no database "
                f"password) or with SUPABASE_DB_PASSWORD (the direct connection). {NO_SOURCE_REST}"
            ),
        ),
        (
            {**POSTGREST, "SUPABASE_PROJECT_ID": REF},
            "SUPABASE_PROJECT_ID is set, but neither SUPABASE_DB_PASSWORD (the direct "
            "connection) nor SUPABASE_ACCESS_TOKEN (the Management API): set one of them. "
            + NO_SOURCE_REST,
        ),
        (
            {"SUPABASE_ACCESS_TOKEN": TOKEN},
            (
                "SUPABASE_ACCESS_TOKEN is set, but not SUPABASE_PROJECT_ID: set it to the "
                f"project's ref. {NO_SOURCE_REST}"
            ),
        ),
    ],
    ids=["nothing", "postgrest", "service-key-alone", "project-id-alone", "token-alone"],
)
def test_without_a_source_one_message_says_what_to_set(
    tmp_path: Path, environ: dict[str, str], message: str
) -> None:
    with pytest.raises(NoSourceError) as info:
        resolve_source(tmp_path, Config(), environ=environ)
    assert info.value.message == message
    assert "LEAK" not in info.value.message
