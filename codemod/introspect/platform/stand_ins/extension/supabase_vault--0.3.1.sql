-- Stand-in for Supabase Vault (supabase_vault 0.3.1) in schemasync's shadow database:
-- schemasync's own SQL, written from the extension's documented interface. Secrets round-trip
-- through create_secret()/decrypted_secrets under a stand-in cipher (SHA-256 key stream).

-- Deterministic authenticated encryption stand-in: the message under a key stream derived
-- from key id, context, additional data and nonce, followed by a 16-byte tag.
create function @extschema@._crypto_aead_det_encrypt(
    message bytea, additional bytea, key_id bigint, context bytea default 'pgsodium',
    nonce bytea default null
) returns bytea
language sql immutable
as $$
    select coalesce((
            select pg_catalog.string_agg(
                pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(message, i)
                    # pg_catalog.get_byte(pg_catalog.sha256(k.key || pg_catalog.int4send(i / 32)), i % 32)),
                ''::bytea order by i)
            from pg_catalog.generate_series(0, pg_catalog.length(message) - 1) as i
        ), ''::bytea)
        || pg_catalog.substring(pg_catalog.sha256(k.key || message), 1, 16)
    from (
        select pg_catalog.sha256('schemasync shadow vault key'::bytea || pg_catalog.int8send(key_id)
            || coalesce(context, ''::bytea) || coalesce(additional, ''::bytea)
            || coalesce(nonce, ''::bytea)) as key
    ) as k
$$;

create function @extschema@._crypto_aead_det_decrypt(
    message bytea, additional bytea, key_id bigint, context bytea default 'pgsodium',
    nonce bytea default null
) returns bytea
language plpgsql immutable
as $$
declare
    key bytea := pg_catalog.sha256('schemasync shadow vault key'::bytea || pg_catalog.int8send(key_id)
        || coalesce(context, ''::bytea) || coalesce(additional, ''::bytea) || coalesce(nonce, ''::bytea));
    body bytea;
    plain bytea;
begin
    if message is null then
        return null;
    end if;
    if pg_catalog.length(message) < 16 then
        raise exception 'invalid ciphertext';
    end if;
    body := pg_catalog.substring(message, 1, pg_catalog.length(message) - 16);
    plain := coalesce((
        select pg_catalog.string_agg(
            pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(body, i)
                # pg_catalog.get_byte(pg_catalog.sha256(key || pg_catalog.int4send(i / 32)), i % 32)),
            ''::bytea order by i)
        from pg_catalog.generate_series(0, pg_catalog.length(body) - 1) as i
    ), ''::bytea);
    if pg_catalog.substring(pg_catalog.sha256(key || plain), 1, 16)
        <> pg_catalog.substring(message, pg_catalog.length(message) - 15, 16) then
        raise exception 'invalid ciphertext';
    end if;
    return plain;
end
$$;

create function @extschema@._crypto_aead_det_noncegen() returns bytea
language sql immutable
as $$ select pg_catalog.substring(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), 1, 16) $$;

create table @extschema@.secrets (
    id uuid primary key default gen_random_uuid(),
    name text,
    description text not null default '',
    secret text not null,
    key_id uuid,
    nonce bytea default @extschema@._crypto_aead_det_noncegen(),
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp
);
comment on table @extschema@.secrets is
    'Table with encrypted `secret` column for storing sensitive information on disk.';
create unique index on @extschema@.secrets (name) where name is not null;
select pg_catalog.pg_extension_config_dump('@extschema@.secrets', '');

create view @extschema@.decrypted_secrets as
select s.id,
    s.name,
    s.description,
    s.secret,
    pg_catalog.convert_from(
        @extschema@._crypto_aead_det_decrypt(
            message := pg_catalog.decode(s.secret, 'base64'),
            additional := pg_catalog.convert_to(s.id::text, 'utf8'),
            key_id := 0,
            context := 'pgsodium'::bytea,
            nonce := s.nonce),
        'utf8') as decrypted_secret,
    s.key_id,
    s.nonce,
    s.created_at,
    s.updated_at
from @extschema@.secrets s;

do $grants$
begin
    if exists (select from pg_catalog.pg_roles where rolname = 'pgsodium_keyiduser') then
        grant all on schema @extschema@ to pgsodium_keyiduser;
        grant all on table @extschema@.secrets to pgsodium_keyiduser;
        grant all on @extschema@.decrypted_secrets to pgsodium_keyiduser;
    end if;
end
$grants$;

create function @extschema@.create_secret(
    new_secret text, new_name text default null, new_description text default '',
    new_key_id uuid default null
) returns uuid
language plpgsql
set search_path = ''
as $$
declare
    secret_id uuid := pg_catalog.gen_random_uuid();
    secret_nonce bytea := @extschema@._crypto_aead_det_noncegen();
begin
    insert into @extschema@.secrets (id, secret, name, description, nonce)
    values (
        secret_id,
        pg_catalog.encode(@extschema@._crypto_aead_det_encrypt(
            message := pg_catalog.convert_to(new_secret, 'utf8'),
            additional := pg_catalog.convert_to(secret_id::text, 'utf8'),
            key_id := 0,
            context := 'pgsodium'::bytea,
            nonce := secret_nonce), 'base64'),
        new_name,
        new_description,
        secret_nonce
    );
    return secret_id;
end
$$;

create function @extschema@.update_secret(
    secret_id uuid, new_secret text default null, new_name text default null,
    new_description text default null, new_key_id uuid default null
) returns void
language plpgsql
set search_path = ''
as $$
begin
    update @extschema@.secrets s
    set secret = case
            when new_secret is null then s.secret
            else pg_catalog.encode(@extschema@._crypto_aead_det_encrypt(
                message := pg_catalog.convert_to(new_secret, 'utf8'),
                additional := pg_catalog.convert_to(s.id::text, 'utf8'),
                key_id := 0,
                context := 'pgsodium'::bytea,
                nonce := s.nonce), 'base64')
        end,
        name = coalesce(new_name, s.name),
        description = coalesce(new_description, s.description),
        updated_at = pg_catalog.now()
    where s.id = secret_id;
end
$$;
