-- Stand-in for pgjwt (0.2.0) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface (HS256/HS384/HS512 JSON Web Tokens signed with
-- pgcrypto's hmac()). pgjwt itself is plain SQL, so this behaves like the real one.

-- base64url without padding (RFC 7515 appendix C)
create function @extschema@.url_encode(data bytea) returns text
language sql immutable
as $$
    select pg_catalog.rtrim(
        pg_catalog.translate(pg_catalog.replace(pg_catalog.encode(data, 'base64'), E'\n', ''), '+/', '-_'),
        '=')
$$;

create function @extschema@.url_decode(data text) returns bytea
language sql immutable
as $$
    select pg_catalog.decode(
        pg_catalog.rpad(
            pg_catalog.translate(data, '-_', '+/'),
            ((pg_catalog.length(data) + 3) / 4) * 4,
            '='),
        'base64')
$$;

create function @extschema@.algorithm_sign(signables text, secret text, algorithm text) returns text
language sql immutable
as $$
    select @extschema@.url_encode(@extschema:pgcrypto@.hmac(
        signables, secret,
        case algorithm
            when 'HS256' then 'sha256'
            when 'HS384' then 'sha384'
            when 'HS512' then 'sha512'
            else ''
        end))
$$;

create function @extschema@.sign(payload json, secret text, algorithm text default 'HS256') returns text
language sql immutable
as $$
    select signing.input || '.' || @extschema@.algorithm_sign(signing.input, secret, algorithm)
    from (
        select @extschema@.url_encode(pg_catalog.convert_to(
                   '{"alg":"' || algorithm || '","typ":"JWT"}', 'utf8'))
            || '.' || @extschema@.url_encode(pg_catalog.convert_to(payload::text, 'utf8')) as input
    ) as signing
$$;

create function @extschema@.try_cast_double(inp text) returns double precision
language plpgsql immutable
as $$
begin
    return inp::double precision;
exception
    when others then
        return null;
end
$$;

create function @extschema@.verify(token text, secret text, algorithm text default 'HS256')
returns table (header json, payload json, valid boolean)
language sql immutable
as $$
    select pg_catalog.convert_from(@extschema@.url_decode(parts[1]), 'utf8')::json,
        pg_catalog.convert_from(@extschema@.url_decode(parts[2]), 'utf8')::json,
        parts[3] = @extschema@.algorithm_sign(parts[1] || '.' || parts[2], secret, algorithm)
            and pg_catalog.tstzrange(
                pg_catalog.to_timestamp(@extschema@.try_cast_double(
                    pg_catalog.convert_from(@extschema@.url_decode(parts[2]), 'utf8')::json ->> 'nbf')),
                pg_catalog.to_timestamp(@extschema@.try_cast_double(
                    pg_catalog.convert_from(@extschema@.url_decode(parts[2]), 'utf8')::json ->> 'exp'))
            ) @> current_timestamp
    from pg_catalog.regexp_split_to_array(token, '\.') as parts
$$;
