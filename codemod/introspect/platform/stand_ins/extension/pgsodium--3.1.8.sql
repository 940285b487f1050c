-- Stand-in for pgsodium (3.1.8) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface (the objects Supabase's build installs). Key
-- management works; the crypto functions are self-consistent stand-ins built on SHA-2, not
-- libsodium, and no security label provider exists.

comment on extension pgsodium is 'Pgsodium is a modern cryptography library for Postgres.';

do $roles$
declare
    role_name text;
begin
    foreach role_name in array array['pgsodium_keyiduser', 'pgsodium_keyholder', 'pgsodium_keymaker'] loop
        if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
            execute pg_catalog.format('create role %I nologin noinherit', role_name);
        end if;
    end loop;
end
$roles$;
grant pgsodium_keyholder to pgsodium_keymaker;
grant pgsodium_keyiduser to pgsodium_keymaker;
grant pgsodium_keyiduser to pgsodium_keyholder;

create type pgsodium.crypto_box_keypair as (public bytea, secret bytea);
create type pgsodium.crypto_sign_keypair as (public bytea, secret bytea);
create type pgsodium.crypto_kx_keypair as (public bytea, secret bytea);
create type pgsodium.crypto_kx_session as (rx bytea, tx bytea);
create type pgsodium.crypto_signcrypt_state_key as (state bytea, shared_key bytea);
create type pgsodium.crypto_signcrypt_keypair as (public bytea, secret bytea);
create type pgsodium.key_status as enum ('default', 'valid', 'invalid', 'expired');
create type pgsodium.key_type as enum (
    'aead-ietf', 'aead-det', 'hmacsha512', 'hmacsha256', 'auth', 'shorthash', 'generichash',
    'kdf', 'secretbox', 'secretstream', 'stream_xchacha20'
);
create type pgsodium._key_id_context as (key_id bigint, key_context bytea);

create table pgsodium.key (
    id uuid primary key default gen_random_uuid(),
    status pgsodium.key_status default 'valid',
    created timestamptz not null default current_timestamp,
    expires timestamptz,
    key_type pgsodium.key_type,
    key_id bigserial,
    key_context bytea default 'pgsodium' check (pg_catalog.length(key_context) = 8),
    name text unique,
    associated_data text default 'associated',
    raw_key bytea,
    raw_key_nonce bytea,
    parent_key uuid references pgsodium.key (id),
    comment text,
    user_data text,
    -- a key is either derived (key id and context) or stored (raw key under a parent key)
    check (
        (raw_key is not null and key_id is null and key_context is null and parent_key is not null)
        or (raw_key is null and key_id is not null and key_context is not null and parent_key is null)
    )
);
alter table pgsodium.key alter column key_id drop not null;
create index on pgsodium.key (status) where status in ('valid', 'default');
create unique index on pgsodium.key (status) where status = 'default';
create unique index on pgsodium.key (key_id, key_context, key_type);
comment on table pgsodium.key is
    'This table holds metadata for derived keys given a key_id and key_context. The raw key is never stored.';
select pg_catalog.pg_extension_config_dump('pgsodium.key', '');

create view pgsodium.valid_key as
select id, name, status, key_type, key_id, key_context, created, expires, associated_data
from pgsodium.key
where status in ('valid', 'default') and (expires is null or expires > pg_catalog.now());

-- random bytes, keys and nonces ---------------------------------------------------------------

create function pgsodium.randombytes_buf(size integer) returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (size + 31) / 32)), 1, size) $$;

create function pgsodium.randombytes_buf_deterministic(size integer, seed bytea) returns bytea
language sql immutable
as $$
    select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(seed || pg_catalog.int4send(n)), ''::bytea order by n)
        from pg_catalog.generate_series(0, (size + 31) / 32) as n), 1, size)
$$;

create function pgsodium.randombytes_new_seed() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.randombytes_random() returns integer
language sql volatile
as $$ select (pg_catalog.floor(pg_catalog.random() * 4294967296) - 2147483648)::integer $$;

create function pgsodium.randombytes_uniform(upper_bound integer) returns integer
language sql volatile
as $$ select pg_catalog.floor(pg_catalog.random() * upper_bound)::integer $$;

create function pgsodium.crypto_aead_det_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_aead_det_noncegen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (16 + 31) / 32)), 1, 16) $$;

create function pgsodium.crypto_aead_ietf_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_aead_ietf_noncegen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (12 + 31) / 32)), 1, 12) $$;

create function pgsodium.crypto_auth_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_auth_hmacsha256_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_auth_hmacsha512_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_box_new_seed() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_box_noncegen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (24 + 31) / 32)), 1, 24) $$;

create function pgsodium.crypto_generichash_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_kdf_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_kx_new_seed() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_pwhash_saltgen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (16 + 31) / 32)), 1, 16) $$;

create function pgsodium.crypto_secretbox_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_secretbox_noncegen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (24 + 31) / 32)), 1, 24) $$;

create function pgsodium.crypto_secretstream_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_shorthash_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (16 + 31) / 32)), 1, 16) $$;

create function pgsodium.crypto_sign_new_seed() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_stream_xchacha20_keygen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (32 + 31) / 32)), 1, 32) $$;

create function pgsodium.crypto_stream_xchacha20_noncegen() returns bytea
language sql volatile
as $$ select pg_catalog.substring((select pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea) from pg_catalog.generate_series(1, (24 + 31) / 32)), 1, 24) $$;

-- hashes and MACs (HMAC-SHA-256/512 and crypto_auth's HMAC-SHA-512-256 are the real ones) ----

create function pgsodium.crypto_hash_sha256(message bytea) returns bytea
language sql immutable
as $$ select pg_catalog.sha256(message) $$;

create function pgsodium.crypto_hash_sha512(message bytea) returns bytea
language sql immutable
as $$ select pg_catalog.sha512(message) $$;

create function pgsodium.crypto_auth_hmacsha256(message bytea, secret bytea) returns bytea
language plpgsql immutable
as $$
declare
    k bytea := case when pg_catalog.length(secret) > 64 then pg_catalog.sha256(secret) else secret end;
    inner_pad bytea;
    outer_pad bytea;
begin
    k := k || pg_catalog.decode(pg_catalog.repeat('00', 64 - pg_catalog.length(k)), 'hex');
    select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(k, i) # 54), ''::bytea order by i),
           pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(k, i) # 92), ''::bytea order by i)
    into inner_pad, outer_pad
    from pg_catalog.generate_series(0, 63) as i;
    return pg_catalog.sha256(outer_pad || pg_catalog.sha256(inner_pad || message));
end
$$;

create function pgsodium.crypto_auth_hmacsha256_verify(hash bytea, message bytea, secret bytea) returns boolean
language sql immutable strict
as $$ select pgsodium.crypto_auth_hmacsha256(message, secret) = hash $$;

create function pgsodium.crypto_auth_hmacsha512(message bytea, secret bytea) returns bytea
language plpgsql immutable
as $$
declare
    k bytea := case when pg_catalog.length(secret) > 128 then pg_catalog.sha512(secret) else secret end;
    inner_pad bytea;
    outer_pad bytea;
begin
    k := k || pg_catalog.decode(pg_catalog.repeat('00', 128 - pg_catalog.length(k)), 'hex');
    select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(k, i) # 54), ''::bytea order by i),
           pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(k, i) # 92), ''::bytea order by i)
    into inner_pad, outer_pad
    from pg_catalog.generate_series(0, 127) as i;
    return pg_catalog.sha512(outer_pad || pg_catalog.sha512(inner_pad || message));
end
$$;

create function pgsodium.crypto_auth_hmacsha512_verify(hash bytea, message bytea, secret bytea) returns boolean
language sql immutable strict
as $$ select pgsodium.crypto_auth_hmacsha512(message, secret) = hash $$;

create function pgsodium.crypto_auth(message bytea, key bytea) returns bytea
language sql immutable
as $$ select pg_catalog.substring(pgsodium.crypto_auth_hmacsha512(message, key), 1, 32) $$;

create function pgsodium.crypto_auth_verify(mac bytea, message bytea, key bytea) returns boolean
language sql immutable
as $$ select pgsodium.crypto_auth(message, key) = mac $$;

-- not BLAKE2b or SipHash: keyed SHA-256 of the same output sizes
create function pgsodium.crypto_generichash(message bytea, key bytea default null) returns bytea
language sql immutable
as $$
    select case when key is null then pg_catalog.sha256(message)
        else pgsodium.crypto_auth_hmacsha256(message, key) end
$$;

create function pgsodium.crypto_shorthash(message bytea, key bytea) returns bytea
language sql immutable
as $$ select pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(message, key), 1, 8) $$;

create function pgsodium.crypto_cmp(text, text) returns boolean
language sql immutable strict
as $$ select $1 = $2 $$;

create function pgsodium.sodium_bin2base64(bin bytea) returns text
language sql immutable
as $$
    select pg_catalog.rtrim(pg_catalog.translate(pg_catalog.replace(pg_catalog.encode(bin, 'base64'), E'\n', ''), '+/', '-_'), '=')
$$;

create function pgsodium.sodium_base642bin(base64 text) returns bytea
language sql immutable
as $$
    select pg_catalog.decode(pg_catalog.rpad(pg_catalog.translate(base64, '-_', '+/'),
        ((pg_catalog.length(base64) + 3) / 4) * 4, '='), 'base64')
$$;

-- the "server key": a fixed stand-in root key (pgsodium would read it at server start) ----------

create function pgsodium.derive_key(key_id bigint, key_len integer default 32, context bytea default 'pgsodium')
returns bytea
language sql volatile
as $$
    select pgsodium.randombytes_buf_deterministic(key_len,
        'schemasync shadow pgsodium root key'::bytea || pg_catalog.int8send(key_id) || context)
$$;

create function pgsodium.pgsodium_derive(key_id bigint, key_len integer default 32,
    context bytea default pg_catalog.decode('pgsodium', 'escape'))
returns bytea
language sql volatile
as $$ select pgsodium.derive_key(key_id, key_len, context) $$;

create function pgsodium.crypto_kdf_derive_from_key(subkey_size bigint, subkey_id bigint, context bytea, primary_key bytea)
returns bytea
language sql immutable
as $$
    select pgsodium.randombytes_buf_deterministic(subkey_size::integer,
        primary_key || pg_catalog.int8send(subkey_id) || context)
$$;

-- key streams (SHA-256 counter mode, not XChaCha20)
create function pgsodium.crypto_stream_xchacha20(bigint, bytea, bytea) returns bytea
language sql immutable
as $$ select pgsodium.randombytes_buf_deterministic($1::integer, $3 || $2) $$;

create function pgsodium.crypto_stream_xchacha20(bigint, bytea, bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_stream_xchacha20($1, $2, pgsodium.derive_key($3, 32, context)) $$;

create function pgsodium.crypto_stream_xchacha20_xor(bytea, bytea, bytea) returns bytea
language sql immutable
as $$ select coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte($1, i) # pg_catalog.get_byte(pg_catalog.sha256($3 || $2 || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length($1) - 1) as i), ''::bytea) $$;

create function pgsodium.crypto_stream_xchacha20_xor(bytea, bytea, bigint, context bytea default 'pgosdium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_stream_xchacha20_xor($1, $2, pgsodium.derive_key($3, 32, context)) $$;

create function pgsodium.crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_stream_xchacha20_xor($1, $2 || pg_catalog.int8send($3), $4) $$;

create function pgsodium.crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_stream_xchacha20_xor($1, $2 || pg_catalog.int8send($3), pgsodium.derive_key($4, 32, context)) $$;

-- authenticated encryption with raw keys: key stream plus a 16-byte HMAC tag ------------------

create function pgsodium.crypto_secretbox(message bytea, nonce bytea, key bytea) returns bytea
language sql immutable
as $$
    select pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(nonce || c.body, key), 1, 16) || c.body
    from (select coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(message, i) # pg_catalog.get_byte(pg_catalog.sha256(key || nonce || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(message) - 1) as i), ''::bytea) as body) as c
$$;

create function pgsodium.crypto_secretbox_open(ciphertext bytea, nonce bytea, key bytea) returns bytea
language plpgsql immutable
as $$
declare
    body bytea := pg_catalog.substring(ciphertext, 17);
begin
    if pg_catalog.length(ciphertext) < 16
        or pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(nonce || body, key), 1, 16)
            <> pg_catalog.substring(ciphertext, 1, 16) then
        raise exception 'invalid message';
    end if;
    return coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(body, i) # pg_catalog.get_byte(pg_catalog.sha256(key || nonce || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(body) - 1) as i), ''::bytea);
end
$$;

create function pgsodium.crypto_aead_ietf_encrypt(message bytea, additional bytea, nonce bytea, key bytea) returns bytea
language sql immutable
as $$
    select c.body || pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(nonce || coalesce(additional, ''::bytea) || c.body, key), 1, 16)
    from (select coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(message, i) # pg_catalog.get_byte(pg_catalog.sha256(key || nonce || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(message) - 1) as i), ''::bytea) as body) as c
$$;

create function pgsodium.crypto_aead_ietf_decrypt(message bytea, additional bytea, nonce bytea, key bytea) returns bytea
language plpgsql immutable
as $$
declare
    body bytea := pg_catalog.substring(message, 1, pg_catalog.length(message) - 16);
begin
    if pg_catalog.length(message) < 16
        or pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(nonce || coalesce(additional, ''::bytea) || body, key), 1, 16)
            <> pg_catalog.substring(message, pg_catalog.length(message) - 15) then
        raise exception 'invalid ciphertext';
    end if;
    return coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(body, i) # pg_catalog.get_byte(pg_catalog.sha256(key || nonce || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(body) - 1) as i), ''::bytea);
end
$$;

-- deterministic: without a nonce, the tag (over nonce, additional data and message) is the nonce
create function pgsodium.crypto_aead_det_encrypt(message bytea, additional bytea, key bytea, nonce bytea default null)
returns bytea
language sql immutable
as $$
    select coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(message, i) # pg_catalog.get_byte(pg_catalog.sha256(key || t.tag || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(message) - 1) as i), ''::bytea) || t.tag
    from (
        select pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(
            coalesce(nonce, ''::bytea) || coalesce(additional, ''::bytea) || message, key), 1, 16) as tag
    ) as t
$$;

create function pgsodium.crypto_aead_det_decrypt(ciphertext bytea, additional bytea, key bytea, nonce bytea default null)
returns bytea
language plpgsql immutable
as $$
declare
    tag bytea := pg_catalog.substring(ciphertext, pg_catalog.length(ciphertext) - 15);
    body bytea := pg_catalog.substring(ciphertext, 1, pg_catalog.length(ciphertext) - 16);
    plain bytea;
begin
    if pg_catalog.length(ciphertext) < 16 then
        raise exception 'invalid ciphertext';
    end if;
    plain := coalesce((select pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(body, i) # pg_catalog.get_byte(pg_catalog.sha256(key || tag || pg_catalog.int4send(i / 32)), i % 32)), ''::bytea order by i) from pg_catalog.generate_series(0, pg_catalog.length(body) - 1) as i), ''::bytea);
    if pg_catalog.substring(pgsodium.crypto_auth_hmacsha256(
            coalesce(nonce, ''::bytea) || coalesce(additional, ''::bytea) || plain, key), 1, 16) <> tag then
        raise exception 'invalid ciphertext';
    end if;
    return plain;
end
$$;

-- the same with keys derived from the server key by id and context ------------------------------

create function pgsodium.crypto_aead_det_encrypt(message bytea, additional bytea, key_id bigint, context bytea default 'pgsodium', nonce bytea default null) returns bytea
language sql immutable
as $$ select pgsodium.crypto_aead_det_encrypt(message, additional, pgsodium.derive_key(key_id, 32, context), nonce) $$;

create function pgsodium.crypto_aead_det_decrypt(message bytea, additional bytea, key_id bigint, context bytea default 'pgsodium', nonce bytea default null) returns bytea
language sql immutable
as $$ select pgsodium.crypto_aead_det_decrypt(message, additional, pgsodium.derive_key(key_id, 32, context), nonce) $$;

create function pgsodium.crypto_aead_ietf_encrypt(message bytea, additional bytea, nonce bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_aead_ietf_encrypt(message, additional, nonce, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_aead_ietf_decrypt(message bytea, additional bytea, nonce bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_aead_ietf_decrypt(message, additional, nonce, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth(message bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_auth(message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth_verify(mac bytea, message bytea, key_id bigint, context bytea default 'pgsodium') returns boolean
language sql immutable
as $$ select pgsodium.crypto_auth_verify(mac, message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth_hmacsha256(message bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha256(message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth_hmacsha256_verify(hash bytea, message bytea, key_id bigint, context bytea default 'pgsodium') returns boolean
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha256_verify(hash, message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth_hmacsha512(message bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha512(message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_auth_hmacsha512_verify(hash bytea, message bytea, key_id bigint, context bytea default 'pgsodium') returns boolean
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha512_verify(hash, message, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_generichash(message bytea, key bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_generichash(message, pgsodium.derive_key(key, 32, context)) $$;

create function pgsodium.crypto_shorthash(message bytea, key bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_shorthash(message, pgsodium.derive_key(key, 16, context)) $$;

create function pgsodium.crypto_secretbox(message bytea, nonce bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_secretbox(message, nonce, pgsodium.derive_key(key_id, 32, context)) $$;

create function pgsodium.crypto_secretbox_open(message bytea, nonce bytea, key_id bigint, context bytea default 'pgsodium') returns bytea
language sql immutable
as $$ select pgsodium.crypto_secretbox_open(message, nonce, pgsodium.derive_key(key_id, 32, context)) $$;

-- the same with keys named by their id in pgsodium.key ------------------------------------------

create function pgsodium.crypto_aead_det_encrypt(message bytea, additional bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-det';
    if not found then
        raise exception 'no valid aead-det key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_det_encrypt(message, additional, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_aead_det_encrypt(message, additional, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_aead_det_encrypt(message bytea, additional bytea, key_uuid uuid, nonce bytea) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-det';
    if not found then
        raise exception 'no valid aead-det key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_det_encrypt(message, additional, k.decrypted_raw_key, nonce);
    end if;
    return pgsodium.crypto_aead_det_encrypt(message, additional, k.key_id, k.key_context, nonce);
end
$$;

create function pgsodium.crypto_aead_det_decrypt(message bytea, additional bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-det';
    if not found then
        raise exception 'no valid aead-det key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_det_decrypt(message, additional, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_aead_det_decrypt(message, additional, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_aead_det_decrypt(message bytea, additional bytea, key_uuid uuid, nonce bytea) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-det';
    if not found then
        raise exception 'no valid aead-det key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_det_decrypt(message, additional, k.decrypted_raw_key, nonce);
    end if;
    return pgsodium.crypto_aead_det_decrypt(message, additional, k.key_id, k.key_context, nonce);
end
$$;

create function pgsodium.crypto_aead_ietf_encrypt(message bytea, additional bytea, nonce bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-ietf';
    if not found then
        raise exception 'no valid aead-ietf key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_ietf_encrypt(message, additional, nonce, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_aead_ietf_encrypt(message, additional, nonce, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_aead_ietf_decrypt(message bytea, additional bytea, nonce bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'aead-ietf';
    if not found then
        raise exception 'no valid aead-ietf key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_aead_ietf_decrypt(message, additional, nonce, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_aead_ietf_decrypt(message, additional, nonce, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth(message bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'auth';
    if not found then
        raise exception 'no valid auth key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth(message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth(message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth_verify(mac bytea, message bytea, key_uuid uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'auth';
    if not found then
        raise exception 'no valid auth key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth_verify(mac, message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth_verify(mac, message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth_hmacsha256(message bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'hmacsha256';
    if not found then
        raise exception 'no valid hmacsha256 key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth_hmacsha256(message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth_hmacsha256(message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth_hmacsha256_verify(signature bytea, message bytea, key_uuid uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'hmacsha256';
    if not found then
        raise exception 'no valid hmacsha256 key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth_hmacsha256_verify(signature, message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth_hmacsha256_verify(signature, message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth_hmacsha512(message bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'hmacsha512';
    if not found then
        raise exception 'no valid hmacsha512 key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth_hmacsha512(message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth_hmacsha512(message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_auth_hmacsha512_verify(signature bytea, message bytea, key_uuid uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'hmacsha512';
    if not found then
        raise exception 'no valid hmacsha512 key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_auth_hmacsha512_verify(signature, message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_auth_hmacsha512_verify(signature, message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_generichash(message bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'generichash';
    if not found then
        raise exception 'no valid generichash key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_generichash(message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_generichash(message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_shorthash(message bytea, key_uuid uuid) returns bytea
language plpgsql stable strict security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'shorthash';
    if not found then
        raise exception 'no valid shorthash key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_shorthash(message, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_shorthash(message, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_secretbox(message bytea, nonce bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'secretbox';
    if not found then
        raise exception 'no valid secretbox key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_secretbox(message, nonce, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_secretbox(message, nonce, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_secretbox_open(message bytea, nonce bytea, key_uuid uuid) returns bytea
language plpgsql stable security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = key_uuid and v.key_type = 'secretbox';
    if not found then
        raise exception 'no valid secretbox key with id %', key_uuid;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_secretbox_open(message, nonce, k.decrypted_raw_key);
    end if;
    return pgsodium.crypto_secretbox_open(message, nonce, k.key_id, k.key_context);
end
$$;

create function pgsodium.crypto_kdf_derive_from_key(subkey_size integer, subkey_id bigint, context bytea, primary_key uuid) returns bytea
language plpgsql stable strict security definer
set search_path = ''
as $$
declare
    k record;
begin
    select v.key_id, v.key_context, v.decrypted_raw_key into k
    from pgsodium.decrypted_key v
    where v.id = primary_key and v.key_type = 'kdf';
    if not found then
        raise exception 'no valid kdf key with id %', primary_key;
    end if;
    if k.decrypted_raw_key is not null then
        return pgsodium.crypto_kdf_derive_from_key(subkey_size, subkey_id, context, k.decrypted_raw_key);
    end if;
    return pgsodium.derive_key(k.key_id, subkey_size, k.key_context);
end
$$;

-- public-key stand-ins: a public key is a hash of its secret key, and a shared key is a hash of
-- both public keys, so box/open, seal/open, kx and sign/verify agree with each other ----------

create function pgsodium.crypto_box_seed_new_keypair(seed bytea) returns pgsodium.crypto_box_keypair
language sql immutable
as $$
    select (pg_catalog.sha256('schemasync box public'::bytea || s.secret), s.secret)::pgsodium.crypto_box_keypair
    from (select pg_catalog.sha256(seed) as secret) as s
$$;

create function pgsodium.crypto_box_new_keypair() returns pgsodium.crypto_box_keypair
language sql volatile
as $$ select pgsodium.crypto_box_seed_new_keypair(pgsodium.randombytes_buf(32)) $$;

create function pgsodium.crypto_box(message bytea, nonce bytea, public bytea, secret bytea) returns bytea
language sql immutable
as $$
    select pgsodium.crypto_secretbox(message, nonce, pg_catalog.sha256(
        least(mine.pk, crypto_box.public) || greatest(mine.pk, crypto_box.public)))
    from (select pg_catalog.sha256('schemasync box public'::bytea || secret) as pk) as mine
$$;

create function pgsodium.crypto_box_open(ciphertext bytea, nonce bytea, public bytea, secret bytea) returns bytea
language sql immutable
as $$
    select pgsodium.crypto_secretbox_open(ciphertext, nonce, pg_catalog.sha256(
        least(mine.pk, crypto_box_open.public) || greatest(mine.pk, crypto_box_open.public)))
    from (select pg_catalog.sha256('schemasync box public'::bytea || secret) as pk) as mine
$$;

create function pgsodium.crypto_box_seal(message bytea, public_key bytea) returns bytea
language sql volatile
as $$
    select e.public || pgsodium.crypto_box(message,
        pg_catalog.substring(pg_catalog.sha256(e.public || public_key), 1, 24), public_key, e.secret)
    from pgsodium.crypto_box_new_keypair() as e
$$;

create function pgsodium.crypto_box_seal_open(ciphertext bytea, public_key bytea, secret_key bytea) returns bytea
language sql immutable
as $$
    select pgsodium.crypto_box_open(pg_catalog.substring(ciphertext, 33),
        pg_catalog.substring(pg_catalog.sha256(pg_catalog.substring(ciphertext, 1, 32) || public_key), 1, 24),
        pg_catalog.substring(ciphertext, 1, 32), secret_key)
$$;

create function pgsodium.crypto_kx_seed_new_keypair(seed bytea) returns pgsodium.crypto_kx_keypair
language sql immutable strict
as $$
    select (pg_catalog.sha256('schemasync kx public'::bytea || s.secret), s.secret)::pgsodium.crypto_kx_keypair
    from (select pg_catalog.sha256(seed) as secret) as s
$$;

create function pgsodium.crypto_kx_new_keypair() returns pgsodium.crypto_kx_keypair
language sql volatile
as $$ select pgsodium.crypto_kx_seed_new_keypair(pgsodium.randombytes_buf(32)) $$;

create function pgsodium.crypto_kx_client_session_keys(client_pk bytea, client_sk bytea, server_pk bytea)
returns pgsodium.crypto_kx_session
language sql volatile
as $$
    select (pg_catalog.sha256(s.shared || '\x01'::bytea), pg_catalog.sha256(s.shared || '\x02'::bytea))::pgsodium.crypto_kx_session
    from (select pg_catalog.sha256(client_pk || server_pk) as shared) as s
$$;

create function pgsodium.crypto_kx_server_session_keys(server_pk bytea, server_sk bytea, client_pk bytea)
returns pgsodium.crypto_kx_session
language sql volatile
as $$
    select (pg_catalog.sha256(s.shared || '\x02'::bytea), pg_catalog.sha256(s.shared || '\x01'::bytea))::pgsodium.crypto_kx_session
    from (select pg_catalog.sha256(client_pk || server_pk) as shared) as s
$$;

-- signing: the secret key is seed || public key, as with Ed25519
create function pgsodium.crypto_sign_seed_new_keypair(seed bytea) returns pgsodium.crypto_sign_keypair
language sql immutable
as $$
    select (p.public, seed || p.public)::pgsodium.crypto_sign_keypair
    from (select pg_catalog.sha256('schemasync sign public'::bytea || seed) as public) as p
$$;

create function pgsodium.crypto_sign_new_keypair() returns pgsodium.crypto_sign_keypair
language sql volatile
as $$ select pgsodium.crypto_sign_seed_new_keypair(pgsodium.randombytes_buf(32)) $$;

create function pgsodium.crypto_sign_detached(message bytea, key bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha512(message, pg_catalog.substring(key, 33)) $$;

create function pgsodium.crypto_sign_verify_detached(sig bytea, message bytea, key bytea) returns boolean
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha512(message, key) = sig $$;

create function pgsodium.crypto_sign(message bytea, key bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_sign_detached(message, key) || message $$;

create function pgsodium.crypto_sign_open(signed_message bytea, key bytea) returns bytea
language plpgsql immutable
as $$
begin
    if not pgsodium.crypto_sign_verify_detached(pg_catalog.substring(signed_message, 1, 64),
            pg_catalog.substring(signed_message, 65), key) then
        raise exception 'invalid message';
    end if;
    return pg_catalog.substring(signed_message, 65);
end
$$;

-- multi-part signing: the state is a running SHA-512
create function pgsodium.crypto_sign_init() returns bytea
language sql immutable strict
as $$ select pg_catalog.sha512(''::bytea) $$;

create function pgsodium.crypto_sign_update(state bytea, message bytea) returns bytea
language sql immutable
as $$ select pg_catalog.sha512(state || message) $$;

create function pgsodium.crypto_sign_final_create(state bytea, key bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_sign_detached(state, key) $$;

create function pgsodium.crypto_sign_final_verify(state bytea, signature bytea, key bytea) returns boolean
language sql immutable
as $$ select pgsodium.crypto_sign_verify_detached(signature, state, key) $$;

create function pgsodium.crypto_sign_update_agg1(state bytea, message bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_sign_update(coalesce(state, pgsodium.crypto_sign_init()), message) $$;

create function pgsodium.crypto_sign_update_agg2(cur_state bytea, initial_state bytea, message bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_sign_update(coalesce(cur_state, initial_state), message) $$;

create aggregate pgsodium.crypto_sign_update_agg(message bytea) (
    sfunc = pgsodium.crypto_sign_update_agg1,
    stype = bytea,
    parallel = unsafe
);

create aggregate pgsodium.crypto_sign_update_agg(state bytea, message bytea) (
    sfunc = pgsodium.crypto_sign_update_agg2,
    stype = bytea,
    parallel = unsafe
);

create function pgsodium.crypto_signcrypt_new_keypair() returns pgsodium.crypto_signcrypt_keypair
language sql volatile
as $$ select (k.public, k.secret)::pgsodium.crypto_signcrypt_keypair from pgsodium.crypto_box_new_keypair() as k $$;

create function pgsodium.crypto_signcrypt_sign_after(state bytea, sender_sk bytea, ciphertext bytea) returns bytea
language plpgsql volatile
as $$
begin
    raise exception 'pgsodium.crypto_signcrypt_sign_after() is not available in schemasync''s shadow database';
end
$$;

create function pgsodium.crypto_signcrypt_sign_before(sender bytea, recipient bytea, sender_sk bytea, recipient_pk bytea, additional bytea) returns pgsodium.crypto_signcrypt_state_key
language plpgsql volatile
as $$
begin
    raise exception 'pgsodium.crypto_signcrypt_sign_before() is not available in schemasync''s shadow database';
end
$$;

create function pgsodium.crypto_signcrypt_verify_after(state bytea, signature bytea, sender_pk bytea, ciphertext bytea) returns boolean
language plpgsql volatile
as $$
begin
    raise exception 'pgsodium.crypto_signcrypt_verify_after() is not available in schemasync''s shadow database';
end
$$;

create function pgsodium.crypto_signcrypt_verify_before(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, recipient_sk bytea) returns pgsodium.crypto_signcrypt_state_key
language plpgsql volatile
as $$
begin
    raise exception 'pgsodium.crypto_signcrypt_verify_before() is not available in schemasync''s shadow database';
end
$$;

create function pgsodium.crypto_signcrypt_verify_public(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, ciphertext bytea) returns boolean
language plpgsql volatile
as $$
begin
    raise exception 'pgsodium.crypto_signcrypt_verify_public() is not available in schemasync''s shadow database';
end
$$;

-- password hashing stand-in (salted SHA-256 in an argon2id-shaped string)
create function pgsodium.crypto_pwhash(password bytea, salt bytea) returns bytea
language sql immutable
as $$ select pgsodium.crypto_auth_hmacsha256(password, salt) $$;

create function pgsodium.crypto_pwhash_str(password bytea) returns bytea
language sql volatile
as $$
    select pg_catalog.convert_to('$argon2id$v=19$m=65536,t=2,p=1$' || pgsodium.sodium_bin2base64(s.salt) || '$'
        || pgsodium.sodium_bin2base64(pgsodium.crypto_pwhash(password, s.salt)), 'UTF8')
    from (select pgsodium.crypto_pwhash_saltgen() as salt) as s
$$;

create function pgsodium.crypto_pwhash_str_verify(hashed_password bytea, password bytea) returns boolean
language sql immutable
as $$
    select coalesce(
        pgsodium.sodium_bin2base64(pgsodium.crypto_pwhash(password, pgsodium.sodium_base642bin(f[5]))) = f[6],
        false)
    from (select pg_catalog.string_to_array(pg_catalog.rtrim(pg_catalog.convert_from(hashed_password, 'UTF8'), pg_catalog.chr(32)), '$') as f) as p
$$;

-- key management ---------------------------------------------------------------------------

create function pgsodium.create_key(
    key_type pgsodium.key_type default 'aead-det',
    name text default null,
    raw_key bytea default null,
    raw_key_nonce bytea default null,
    parent_key uuid default null,
    key_context bytea default 'pgsodium',
    expires timestamptz default null,
    associated_data text default ''
) returns pgsodium.valid_key
language plpgsql security definer
set search_path = ''
as $$
declare
    new_id uuid;
    result pgsodium.valid_key;
begin
    if raw_key is null then
        insert into pgsodium.key (key_id, key_context, key_type, expires, name, associated_data)
        values (pg_catalog.nextval('pgsodium.key_key_id_seq'), create_key.key_context, create_key.key_type,
            create_key.expires, create_key.name, create_key.associated_data)
        returning id into new_id;
    else
        insert into pgsodium.key (key_id, key_context, key_type, raw_key, raw_key_nonce, parent_key, expires, name, associated_data)
        values (null, null, create_key.key_type, create_key.raw_key,
            coalesce(create_key.raw_key_nonce, pgsodium.crypto_aead_det_noncegen()),
            coalesce(create_key.parent_key, (pgsodium.create_key('aead-det')).id),
            create_key.expires, create_key.name, create_key.associated_data)
        returning id into new_id;
    end if;
    select * into result from pgsodium.valid_key v where v.id = new_id;
    return result;
end
$$;

create function pgsodium.get_key_by_id(uuid) returns pgsodium.valid_key
language sql security definer
set search_path = ''
as $$ select * from pgsodium.valid_key where id = $1 $$;

create function pgsodium.get_key_by_name(text) returns pgsodium.valid_key
language sql security definer
set search_path = ''
as $$ select * from pgsodium.valid_key where name = $1 $$;

create function pgsodium.get_named_keys(filter text default '%') returns setof pgsodium.valid_key
language sql security definer
set search_path = ''
as $$ select * from pgsodium.valid_key where name ilike filter $$;

create function pgsodium.version() returns text
language sql
set search_path = ''
as $$ select extversion from pg_catalog.pg_extension where extname = 'pgsodium' $$;

-- stored keys are kept encrypted under their parent key
create function pgsodium.key_encrypt_secret_raw_key() returns trigger
language plpgsql
as $$
begin
    if new.raw_key is not null then
        new.raw_key := pgsodium.crypto_aead_det_encrypt(new.raw_key,
            pg_catalog.convert_to(new.id::text || coalesce(new.associated_data, ''), 'utf8'),
            new.parent_key, new.raw_key_nonce);
    end if;
    return new;
end
$$;

create trigger key_encrypt_secret_trigger_raw_key
    before insert or update of raw_key on pgsodium.key
    for each row execute function pgsodium.key_encrypt_secret_raw_key();

create view pgsodium.decrypted_key as
select k.id, k.status, k.created, k.expires, k.key_type, k.key_id, k.key_context, k.name,
    k.associated_data, k.raw_key,
    case when k.raw_key is null then null
        else pgsodium.crypto_aead_det_decrypt(k.raw_key,
            pg_catalog.convert_to(k.id::text || coalesce(k.associated_data, ''), 'utf8'),
            k.parent_key, k.raw_key_nonce)
    end as decrypted_raw_key,
    k.raw_key_nonce, k.parent_key, k.comment
from pgsodium.key k;

-- masking (Transparent Column Encryption): rules come from `security label for pgsodium`,
-- which this server cannot store, so there are never any -----------------------------------

create view pgsodium.masking_rule as
select distinct on (sl.objoid, sl.objsubid)
    sl.objoid as attrelid,
    sl.objsubid as attnum,
    c.relnamespace::pg_catalog.regnamespace as relnamespace,
    c.relname,
    a.attname,
    pg_catalog.format_type(a.atttypid, a.atttypmod) as format_type,
    sl.label as col_description,
    (pg_catalog.regexp_match(sl.label, 'encrypt +with +key +column +([\w"$-]+)', 'i'))[1] as key_id_column,
    (pg_catalog.regexp_match(sl.label, 'encrypt +with +key +id +([0-9a-f-]{36})', 'i'))[1] as key_id,
    (pg_catalog.regexp_match(sl.label, 'associated +\(([\w"$, -]+)\)', 'i'))[1] as associated_columns,
    (pg_catalog.regexp_match(sl.label, 'nonce +([\w"$-]+)', 'i'))[1] as nonce_column,
    coalesce((pg_catalog.regexp_match(tl.label, 'decrypt with view +([\w"$-]+\.[\w"$-]+)', 'i'))[1],
        c.relnamespace::pg_catalog.regnamespace || '.' || pg_catalog.quote_ident('decrypted_' || c.relname)) as view_name,
    100 as priority,
    sl.label ~* 'security invoker' as security_invoker
from pg_catalog.pg_seclabel sl
    join pg_catalog.pg_class c on c.oid = sl.objoid and sl.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
    join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = sl.objsubid
    left join pg_catalog.pg_seclabel tl on tl.objoid = c.oid and tl.objsubid = 0 and tl.provider = 'pgsodium'
where sl.provider = 'pgsodium' and sl.label ilike 'ENCRYPT%' and a.attnum > 0 and not a.attisdropped
order by sl.objoid, sl.objsubid, priority desc;
grant select on pgsodium.masking_rule to public;

create view pgsodium.mask_columns as
select a.attname, a.attrelid, m.key_id, m.key_id_column, m.associated_columns, m.nonce_column, m.format_type
from pg_catalog.pg_attribute a
    left join pgsodium.masking_rule m on m.attrelid = a.attrelid and m.attname = a.attname
where a.attnum > 0 and not a.attisdropped
order by a.attnum;

create function pgsodium.mask_columns(source_relid oid)
returns table (attname name, key_id text, key_id_column text, associated_column text, nonce_column text, format_type text)
language sql
as $$
    select m.attname, m.key_id, m.key_id_column, m.associated_columns, m.nonce_column, m.format_type
    from pgsodium.masking_rule m
    where m.attrelid = source_relid
$$;

create function pgsodium.quote_assoc(text, boolean default false) returns text
language sql
as $$
    select pg_catalog.string_agg(
        case when $2 then 'new.' else '' end || pg_catalog.quote_ident(pg_catalog.btrim(c)) || '::text',
        ' || ' order by n)
    from pg_catalog.regexp_split_to_table($1, '\s*,\s*') with ordinality as t (c, n)
$$;

create function pgsodium.decrypted_columns(relid oid) returns text
language sql
set search_path = ''
as $$
    select pg_catalog.string_agg(pg_catalog.quote_ident(m.attname), ', ' order by m.attnum)
    from pg_catalog.pg_attribute m
    where m.attrelid = relid and m.attnum > 0 and not m.attisdropped
$$;

create function pgsodium.encrypted_column(relid oid, m record) returns text
language plpgsql
set search_path = ''
as $$
begin
    return '';
end
$$;

create function pgsodium.encrypted_columns(relid oid) returns text
language sql
set search_path = ''
as $$ select ''::text $$;

create function pgsodium.create_mask_view(relid oid, subid integer, debug boolean default false) returns void
language plpgsql
set search_path = ''
as $$
begin
    raise exception 'no pgsodium masking rule for %: security labels for pgsodium are not available in schemasync''s shadow database', relid::pg_catalog.regclass;
end
$$;

create function pgsodium.create_mask_view(relid oid, debug boolean default false) returns void
language plpgsql
set search_path = ''
as $$
begin
    raise exception 'no pgsodium masking rule for %: security labels for pgsodium are not available in schemasync''s shadow database', relid::pg_catalog.regclass;
end
$$;

create function pgsodium.update_mask(target oid, debug boolean default false) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
    rule record;
begin
    for rule in
        select sl.objoid, sl.objsubid from pg_catalog.pg_seclabel sl
        where sl.objoid = target and sl.provider = 'pgsodium' and sl.label ilike 'ENCRYPT%'
    loop
        perform pgsodium.create_mask_view(rule.objoid, rule.objsubid, debug);
    end loop;
end
$$;

create function pgsodium.update_masks(debug boolean default false) returns void
language plpgsql
set search_path = ''
as $$
declare
    relid oid;
begin
    for relid in
        select distinct sl.objoid from pg_catalog.pg_seclabel sl
        where sl.provider = 'pgsodium' and sl.label ilike 'ENCRYPT%'
    loop
        perform pgsodium.update_mask(relid, debug);
    end loop;
end
$$;

create function pgsodium.mask_role(masked_role regrole, source_name text, view_name text) returns void
language plpgsql security definer
set search_path = pg_catalog
as $$
begin
    execute pg_catalog.format('grant select on pgsodium.key to %s', masked_role);
    execute pg_catalog.format('grant pgsodium_keyiduser, pgsodium_keyholder to %s', masked_role);
    execute pg_catalog.format('grant all on %s to %s', view_name, masked_role);
end
$$;

create function pgsodium.has_mask(role regrole, source_name text) returns boolean
language sql
as $$
    select exists (
        select from pg_catalog.pg_shseclabel
        where objoid = role and provider = 'pgsodium' and label ilike 'ACCESS%' || source_name || '%'
    )
$$;

create function pgsodium.trg_mask_update() returns event_trigger
language plpgsql
set search_path = ''
as $$
declare
    command record;
begin
    for command in
        select distinct c.objid from pg_catalog.pg_event_trigger_ddl_commands() c
        where not c.in_extension and c.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
            and exists (select from pg_catalog.pg_seclabel s where s.objoid = c.objid and s.provider = 'pgsodium')
    loop
        perform pgsodium.update_mask(command.objid);
    end loop;
end
$$;

create event trigger pgsodium_trg_mask_update on ddl_command_end
    when tag in ('SECURITY LABEL', 'ALTER TABLE')
    execute function pgsodium.trg_mask_update();

create function pgsodium.disable_security_label_trigger() returns void
language sql security definer
set search_path = ''
as $$ alter event trigger pgsodium_trg_mask_update disable $$;

create function pgsodium.enable_security_label_trigger() returns void
language sql security definer
set search_path = ''
as $$ alter event trigger pgsodium_trg_mask_update enable $$;

-- privileges ---------------------------------------------------------------------------------

revoke all on schema pgsodium from public;
grant usage on schema pgsodium to public;
grant select on pgsodium.key, pgsodium.valid_key to pgsodium_keyiduser;
grant all on all tables in schema pgsodium to pgsodium_keymaker;
grant all on all sequences in schema pgsodium to pgsodium_keymaker;
grant select on pgsodium.decrypted_key to pgsodium_keymaker;
