-- Stand-in for the pgcrypto extension (1.3) in schemasync's shadow database: schemasync's
-- own SQL, written from the extension's documented interface. digest() and hmac() are exact
-- (MD5, SHA-1, SHA-2); crypt(), encrypt() and pgp_sym_*() are self-consistent stand-ins.

create function gen_random_uuid() returns uuid
language sql volatile parallel safe
as $$ select pg_catalog.gen_random_uuid() $$;

create function gen_random_bytes(integer) returns bytea
language plpgsql volatile strict parallel safe
as $$
begin
    if $1 < 1 or $1 > 1024 then
        raise exception 'Length not in range';
    end if;
    return (
        select pg_catalog.substring(
            pg_catalog.string_agg(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
                || pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), ''::bytea),
            1, $1)
        from pg_catalog.generate_series(1, ($1 + 31) / 32)
    );
end
$$;

create function digest(bytea, text) returns bytea
language plpgsql immutable strict parallel safe
as $$
declare
    algorithm text := pg_catalog.lower($2);
    msg bytea;
    bits bigint;
    m constant bigint := 4294967295;
    h0 bigint := 1732584193;
    h1 bigint := 4023233417;
    h2 bigint := 2562383102;
    h3 bigint := 271733878;
    h4 bigint := 3285377520;
    w bigint[];
    a bigint; b bigint; c bigint; d bigint; e bigint; f bigint; k bigint; t bigint;
    chunk int;
    i int;
begin
    case algorithm
        when 'md5' then return pg_catalog.decode(pg_catalog.md5($1), 'hex');
        when 'sha224' then return pg_catalog.sha224($1);
        when 'sha256' then return pg_catalog.sha256($1);
        when 'sha384' then return pg_catalog.sha384($1);
        when 'sha512' then return pg_catalog.sha512($1);
        when 'sha1' then null;
        else raise exception 'Cannot use "%": No such hash algorithm', $2;
    end case;
    -- SHA-1 (FIPS 180-4), which the server does not offer itself.
    msg := $1 || '\x80'::bytea;
    bits := pg_catalog.length($1)::bigint * 8;
    while pg_catalog.length(msg) % 64 <> 56 loop
        msg := msg || '\x00'::bytea;
    end loop;
    msg := msg || pg_catalog.int8send(bits);
    for chunk in 0 .. pg_catalog.length(msg) / 64 - 1 loop
        w := array[]::bigint[];
        for i in 0 .. 15 loop
            w[i] := (pg_catalog.get_byte(msg, chunk * 64 + i * 4)::bigint << 24)
                | (pg_catalog.get_byte(msg, chunk * 64 + i * 4 + 1)::bigint << 16)
                | (pg_catalog.get_byte(msg, chunk * 64 + i * 4 + 2)::bigint << 8)
                | pg_catalog.get_byte(msg, chunk * 64 + i * 4 + 3)::bigint;
        end loop;
        for i in 16 .. 79 loop
            t := w[i - 3] # w[i - 8] # w[i - 14] # w[i - 16];
            w[i] := ((t << 1) | (t >> 31)) & m;
        end loop;
        a := h0; b := h1; c := h2; d := h3; e := h4;
        for i in 0 .. 79 loop
            if i < 20 then
                f := (b & c) | ((~b & m) & d); k := 1518500249;
            elsif i < 40 then
                f := b # c # d; k := 1859775393;
            elsif i < 60 then
                f := (b & c) | (b & d) | (c & d); k := 2400959708;
            else
                f := b # c # d; k := 3395469782;
            end if;
            t := ((((a << 5) | (a >> 27)) & m) + f + e + k + w[i]) & m;
            e := d; d := c; c := ((b << 30) | (b >> 2)) & m; b := a; a := t;
        end loop;
        h0 := (h0 + a) & m; h1 := (h1 + b) & m; h2 := (h2 + c) & m;
        h3 := (h3 + d) & m; h4 := (h4 + e) & m;
    end loop;
    return pg_catalog.substring(pg_catalog.int8send(h0), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h1), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h2), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h3), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h4), 5, 4);
end
$$;

create function digest(text, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select digest(pg_catalog.convert_to($1, pg_catalog.getdatabaseencoding()), $2);
end;

-- HMAC (RFC 2104) over digest(): block size 128 for SHA-384/512, 64 otherwise.
create function hmac(bytea, bytea, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select digest(
        (select pg_catalog.string_agg(
                    pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(p.key, i) # 92),
                    ''::bytea order by i)
           from pg_catalog.generate_series(0, p.size - 1) as i)
        || digest(
            (select pg_catalog.string_agg(
                        pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(p.key, i) # 54),
                        ''::bytea order by i)
               from pg_catalog.generate_series(0, p.size - 1) as i)
            || $1, $3),
        $3)
    from (
        select r.size, r.raw || pg_catalog.decode(pg_catalog.repeat('00', r.size - pg_catalog.length(r.raw)), 'hex') as key
        from (
            select s.size,
                   case when pg_catalog.length($2) > s.size then digest($2, $3) else $2 end as raw
            from (
                select case when pg_catalog.lower($3) in ('sha384', 'sha512') then 128 else 64 end as size
            ) as s
        ) as r
    ) as p;
end;

create function hmac(text, text, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select hmac(
        pg_catalog.convert_to($1, pg_catalog.getdatabaseencoding()),
        pg_catalog.convert_to($2, pg_catalog.getdatabaseencoding()),
        $3);
end;

-- gen_salt()/crypt(): salts in the usual formats; crypt() derives the hash from SHA-256 of
-- the salt's setting and the password, so crypt(pw, crypt(pw, salt)) = crypt(pw, salt).
create function gen_salt(text, integer) returns text
language plpgsql volatile strict parallel safe
as $$
declare
    algorithm text := pg_catalog.lower($1);
    rounds integer := $2;
    crypt64 constant text := './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    bcrypt64 constant text := './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    noise bytea := pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
        || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()));
    chars text := '';
    i integer;
begin
    if algorithm = 'bf' then
        if rounds = 0 then rounds := 6; end if;
        if rounds < 4 or rounds > 31 then
            raise exception 'gen_salt: Incorrect number of rounds';
        end if;
        for i in 0 .. 21 loop
            chars := chars || pg_catalog.substr(bcrypt64, pg_catalog.get_byte(noise, i) % 64 + 1, 1);
        end loop;
        return '$2a$' || pg_catalog.lpad(rounds::text, 2, '0') || '$' || chars;
    end if;
    if algorithm = 'xdes' then
        if rounds = 0 then rounds := 725; end if;
        if rounds < 1 or rounds > 16777215 or rounds % 2 = 0 then
            raise exception 'gen_salt: Incorrect number of rounds';
        end if;
        for i in 0 .. 3 loop
            chars := chars || pg_catalog.substr(crypt64, (rounds >> (6 * i)) % 64 + 1, 1);
        end loop;
        for i in 0 .. 3 loop
            chars := chars || pg_catalog.substr(crypt64, pg_catalog.get_byte(noise, i) % 64 + 1, 1);
        end loop;
        return '_' || chars;
    end if;
    if algorithm in ('md5', 'des') then
        if rounds <> 0 then
            raise exception 'gen_salt: Incorrect number of rounds';
        end if;
        for i in 0 .. case algorithm when 'md5' then 7 else 1 end loop
            chars := chars || pg_catalog.substr(crypt64, pg_catalog.get_byte(noise, i) % 64 + 1, 1);
        end loop;
        return case algorithm when 'md5' then '$1$' || chars else chars end;
    end if;
    raise exception 'gen_salt: Unknown salt algorithm';
end
$$;

create function gen_salt(text) returns text
language sql volatile strict parallel safe
begin atomic
    select gen_salt($1, 0);
end;

create function crypt(text, text) returns text
language plpgsql immutable strict parallel safe
as $$
declare
    setting text;
    alphabet text := './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    size integer := 11;
    hash bytea;
    result text;
    i integer;
begin
    if $2 ~ '^\$2[abxy]\$[0-9][0-9]\$' then
        setting := pg_catalog.substr($2, 1, 29);
        if pg_catalog.length(setting) < 29 then
            raise exception 'invalid salt';
        end if;
        alphabet := './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
        size := 31;
    elsif $2 like '$1$%' then
        setting := '$1$' || pg_catalog.substr(pg_catalog.split_part(pg_catalog.substr($2, 4), '$', 1), 1, 8) || '$';
        size := 22;
    elsif $2 like '\_%' then
        setting := pg_catalog.substr($2, 1, 9);
        if pg_catalog.length(setting) < 9 then
            raise exception 'invalid salt';
        end if;
    else
        setting := pg_catalog.substr($2, 1, 2);
        if pg_catalog.length(setting) < 2 then
            raise exception 'invalid salt';
        end if;
    end if;
    hash := pg_catalog.sha256(pg_catalog.convert_to(setting || $1, 'UTF8'));
    result := setting;
    for i in 0 .. size - 1 loop
        result := result || pg_catalog.substr(alphabet, pg_catalog.get_byte(hash, i) % 64 + 1, 1);
    end loop;
    return result;
end
$$;

-- Raw encryption: a SHA-256 key stream over key and iv (not AES or Blowfish). encrypt and
-- decrypt are the same operation, so decrypt(encrypt(x, k, t), k, t) = x.
create function encrypt_iv(bytea, bytea, bytea, text) returns bytea
language plpgsql immutable strict parallel safe
as $$
begin
    if pg_catalog.lower($4) !~ '^(aes|aes128|aes192|aes256|bf|blowfish|des|3des|des3|cast5)(-(cbc|ecb))?(/pad:(pkcs|none))?$' then
        raise exception 'encrypt_iv error: Cipher algorithm not found';
    end if;
    return coalesce((
        select pg_catalog.string_agg(
            pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte($1, i)
                # pg_catalog.get_byte(pg_catalog.sha256($2 || $3 || pg_catalog.int4send(i / 32)), i % 32)),
            ''::bytea order by i)
        from pg_catalog.generate_series(0, pg_catalog.length($1) - 1) as i
    ), ''::bytea);
end
$$;

create function decrypt_iv(bytea, bytea, bytea, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select encrypt_iv($1, $2, $3, $4);
end;

create function encrypt(bytea, bytea, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select encrypt_iv($1, $2, ''::bytea, $3);
end;

create function decrypt(bytea, bytea, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select encrypt_iv($1, $2, ''::bytea, $3);
end;

-- Symmetric PGP stand-in: c3 0d, an 8-byte salt, a kind byte (b/t), the data under a
-- SHA-256 key stream, and an 8-byte check that makes a wrong password fail.
create function pgp_sym_encrypt_bytea(bytea, text, text) returns bytea
language plpgsql volatile strict parallel safe
as $$
declare
    salt bytea := pg_catalog.substring(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), 1, 8);
    key bytea := pg_catalog.sha256(pg_catalog.convert_to($2, 'UTF8') || salt);
begin
    return '\xc30d'::bytea || salt || '\x62'::bytea
        || coalesce((
            select pg_catalog.string_agg(
                pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte($1, i)
                    # pg_catalog.get_byte(pg_catalog.sha256(key || pg_catalog.int4send(i / 32)), i % 32)),
                ''::bytea order by i)
            from pg_catalog.generate_series(0, pg_catalog.length($1) - 1) as i
        ), ''::bytea)
        || pg_catalog.substring(pg_catalog.sha256(key || $1), 1, 8);
end
$$;

create function pgp_sym_encrypt_bytea(bytea, text) returns bytea
language sql volatile strict parallel safe
begin atomic
    select pgp_sym_encrypt_bytea($1, $2, '');
end;

create function pgp_sym_encrypt(text, text, text) returns bytea
language sql volatile strict parallel safe
begin atomic
    select overlay(pgp_sym_encrypt_bytea(pg_catalog.convert_to($1, 'UTF8'), $2, $3)
        placing '\x74'::bytea from 11 for 1);
end;

create function pgp_sym_encrypt(text, text) returns bytea
language sql volatile strict parallel safe
begin atomic
    select pgp_sym_encrypt($1, $2, '');
end;

create function pgp_sym_decrypt_bytea(bytea, text, text) returns bytea
language plpgsql immutable strict parallel safe
as $$
declare
    salt bytea;
    key bytea;
    body bytea;
    data bytea;
begin
    if pg_catalog.length($1) < 19 or pg_catalog.substring($1, 1, 2) <> '\xc30d'::bytea then
        raise exception 'Wrong key or corrupt data';
    end if;
    salt := pg_catalog.substring($1, 3, 8);
    key := pg_catalog.sha256(pg_catalog.convert_to($2, 'UTF8') || salt);
    body := pg_catalog.substring($1, 12, pg_catalog.length($1) - 19);
    data := coalesce((
        select pg_catalog.string_agg(
            pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.get_byte(body, i)
                # pg_catalog.get_byte(pg_catalog.sha256(key || pg_catalog.int4send(i / 32)), i % 32)),
            ''::bytea order by i)
        from pg_catalog.generate_series(0, pg_catalog.length(body) - 1) as i
    ), ''::bytea);
    if pg_catalog.substring(pg_catalog.sha256(key || data), 1, 8)
        <> pg_catalog.substring($1, pg_catalog.length($1) - 7, 8) then
        raise exception 'Wrong key or corrupt data';
    end if;
    return data;
end
$$;

create function pgp_sym_decrypt_bytea(bytea, text) returns bytea
language sql immutable strict parallel safe
begin atomic
    select pgp_sym_decrypt_bytea($1, $2, '');
end;

create function pgp_sym_decrypt(bytea, text, text) returns text
language sql immutable strict parallel safe
begin atomic
    select pg_catalog.convert_from(pgp_sym_decrypt_bytea($1, $2, $3), 'UTF8');
end;

create function pgp_sym_decrypt(bytea, text) returns text
language sql immutable strict parallel safe
begin atomic
    select pgp_sym_decrypt($1, $2, '');
end;

-- Public-key PGP needs real OpenPGP keys: these fail when called.
create function pgp_pub_encrypt(text, bytea) returns bytea
language plpgsql volatile strict parallel safe
as $$ begin raise exception 'pgp_pub_encrypt() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_encrypt(text, bytea, text) returns bytea
language plpgsql volatile strict parallel safe
as $$ begin raise exception 'pgp_pub_encrypt() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_encrypt_bytea(bytea, bytea) returns bytea
language plpgsql volatile strict parallel safe
as $$ begin raise exception 'pgp_pub_encrypt_bytea() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_encrypt_bytea(bytea, bytea, text) returns bytea
language plpgsql volatile strict parallel safe
as $$ begin raise exception 'pgp_pub_encrypt_bytea() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt(bytea, bytea) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt(bytea, bytea, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt(bytea, bytea, text, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt_bytea(bytea, bytea) returns bytea
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt_bytea() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt_bytea(bytea, bytea, text) returns bytea
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt_bytea() is not available in schemasync''s shadow database'; end $$;

create function pgp_pub_decrypt_bytea(bytea, bytea, text, text) returns bytea
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'pgp_pub_decrypt_bytea() is not available in schemasync''s shadow database'; end $$;

create function pgp_key_id(bytea) returns text
language plpgsql immutable strict parallel safe
as $$
begin
    if pg_catalog.substring($1, 1, 2) = '\xc30d'::bytea then
        return 'SYMKEY';
    end if;
    raise exception 'pgp_key_id() is not available in schemasync''s shadow database for public-key data';
end
$$;

-- ASCII armor (RFC 4880 section 6): base64 lines and a CRC-24 checksum.
create function armor(bytea, text[], text[]) returns text
language plpgsql immutable strict parallel safe
as $$
declare
    crc bigint := 11994318;
    headers text := '';
    i integer;
    j integer;
begin
    if coalesce(pg_catalog.array_length($2, 1), 0) <> coalesce(pg_catalog.array_length($3, 1), 0) then
        raise exception 'mismatched array dimensions';
    end if;
    for i in 1 .. coalesce(pg_catalog.array_length($2, 1), 0) loop
        headers := headers || $2[i] || ': ' || $3[i] || E'\n';
    end loop;
    for i in 0 .. pg_catalog.length($1) - 1 loop
        crc := crc # (pg_catalog.get_byte($1, i)::bigint << 16);
        for j in 1 .. 8 loop
            crc := crc << 1;
            if crc & 16777216 <> 0 then
                crc := crc # 25578747;
            end if;
        end loop;
    end loop;
    crc := crc & 16777215;
    return E'-----BEGIN PGP MESSAGE-----\n' || headers || E'\n'
        || pg_catalog.encode($1, 'base64') || E'\n='
        || pg_catalog.encode(pg_catalog.substring(pg_catalog.int4send(crc::integer), 2, 3), 'base64')
        || E'\n-----END PGP MESSAGE-----\n';
end
$$;

create function armor(bytea) returns text
language sql immutable strict parallel safe
begin atomic
    select armor($1, '{}'::text[], '{}'::text[]);
end;

create function dearmor(text) returns bytea
language plpgsql immutable strict parallel safe
as $$
declare
    lines text[] := pg_catalog.regexp_split_to_array(pg_catalog.replace($1, E'\r', ''), E'\n');
    state integer := 0;
    body text := '';
    line text;
begin
    foreach line in array lines loop
        if state = 0 and line like '-----BEGIN PGP %-----' then
            state := 1;
        elsif state = 1 and line = '' then
            state := 2;
        elsif state = 2 and (line like '=%' or line like '-----END PGP %') then
            return pg_catalog.decode(body, 'base64');
        elsif state = 2 then
            body := body || line;
        end if;
    end loop;
    raise exception 'Corrupt ascii-armor';
end
$$;

create function pgp_armor_headers(text, out key text, out value text) returns setof record
language plpgsql immutable strict parallel safe
as $$
declare
    lines text[] := pg_catalog.regexp_split_to_array(pg_catalog.replace($1, E'\r', ''), E'\n');
    started boolean := false;
    line text;
begin
    foreach line in array lines loop
        if not started then
            started := line like '-----BEGIN PGP %-----';
        elsif line = '' then
            return;
        elsif pg_catalog.strpos(line, ': ') > 0 then
            key := pg_catalog.split_part(line, ': ', 1);
            value := pg_catalog.substr(line, pg_catalog.strpos(line, ': ') + 2);
            return next;
        else
            raise exception 'Corrupt ascii-armor';
        end if;
    end loop;
    raise exception 'Corrupt ascii-armor';
end
$$;
