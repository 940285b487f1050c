-- Stand-in for the uuid-ossp extension (1.1) in schemasync's shadow database: schemasync's
-- own SQL, written from the extension's documented interface, with the same functions and
-- signatures. v3/v4/v5 give the standard values; v1/v1mc use a random node id.

create function uuid_nil() returns uuid
language sql immutable strict parallel safe
as $$ select '00000000-0000-0000-0000-000000000000'::uuid $$;

create function uuid_ns_dns() returns uuid
language sql immutable strict parallel safe
as $$ select '6ba7b810-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

create function uuid_ns_url() returns uuid
language sql immutable strict parallel safe
as $$ select '6ba7b811-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

create function uuid_ns_oid() returns uuid
language sql immutable strict parallel safe
as $$ select '6ba7b812-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

create function uuid_ns_x500() returns uuid
language sql immutable strict parallel safe
as $$ select '6ba7b814-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

create function uuid_generate_v4() returns uuid
language sql volatile strict parallel safe
as $$ select pg_catalog.gen_random_uuid() $$;

-- RFC 4122 name-based, MD5.
create function uuid_generate_v3(namespace uuid, name text) returns uuid
language sql immutable strict parallel safe
as $$
    select pg_catalog.encode(
        pg_catalog.set_byte(
            pg_catalog.set_byte(h, 6, (pg_catalog.get_byte(h, 6) & 15) | 48),
            8, (pg_catalog.get_byte(h, 8) & 63) | 128
        ), 'hex')::uuid
    from (
        select pg_catalog.decode(
            pg_catalog.md5(pg_catalog.uuid_send(namespace) || pg_catalog.convert_to(name, 'UTF8')),
            'hex') as h
    ) as digest
$$;

-- RFC 4122 name-based, SHA-1 (computed here: the server has no SHA-1 of its own).
create function uuid_generate_v5(namespace uuid, name text) returns uuid
language plpgsql immutable strict parallel safe
as $$
declare
    msg bytea := pg_catalog.uuid_send(namespace) || pg_catalog.convert_to(name, 'UTF8');
    bits bigint := pg_catalog.length(msg)::bigint * 8;
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
    out bytea;
begin
    msg := msg || '\x80'::bytea;
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
    out := pg_catalog.substring(pg_catalog.int8send(h0), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h1), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h2), 5, 4)
        || pg_catalog.substring(pg_catalog.int8send(h3), 5, 4);
    out := pg_catalog.set_byte(out, 6, (pg_catalog.get_byte(out, 6) & 15) | 80);
    out := pg_catalog.set_byte(out, 8, (pg_catalog.get_byte(out, 8) & 63) | 128);
    return pg_catalog.encode(out, 'hex')::uuid;
end
$$;

-- Time-based: 100 ns intervals since 1582-10-15, a random clock sequence, and a random node
-- id with the multicast bit set (a host's MAC address is not available here).
create function uuid_generate_v1() returns uuid
language sql volatile strict parallel safe
as $$
    select (pg_catalog.lpad(pg_catalog.to_hex(ts & 4294967295), 8, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex((ts >> 32) & 65535), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(((ts >> 48) & 4095) | 4096), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(32768 | cs), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(node | 1099511627776), 12, '0'))::uuid
    from (
        select (pg_catalog.floor(extract(epoch from pg_catalog.clock_timestamp()) * 10000000)
                    + 122192928000000000)::bigint as ts,
               pg_catalog.floor(pg_catalog.random() * 16384)::bigint as cs,
               (pg_catalog.floor(pg_catalog.random() * 16777216)::bigint << 24)
                   | pg_catalog.floor(pg_catalog.random() * 16777216)::bigint as node
    ) as parts
$$;

create function uuid_generate_v1mc() returns uuid
language sql volatile strict parallel safe
as $$
    select (pg_catalog.lpad(pg_catalog.to_hex(ts & 4294967295), 8, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex((ts >> 32) & 65535), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(((ts >> 48) & 4095) | 4096), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(32768 | cs), 4, '0') || '-'
        || pg_catalog.lpad(pg_catalog.to_hex(node | 1099511627776), 12, '0'))::uuid
    from (
        select (pg_catalog.floor(extract(epoch from pg_catalog.clock_timestamp()) * 10000000)
                    + 122192928000000000)::bigint as ts,
               pg_catalog.floor(pg_catalog.random() * 16384)::bigint as cs,
               (pg_catalog.floor(pg_catalog.random() * 16777216)::bigint << 24)
                   | pg_catalog.floor(pg_catalog.random() * 16777216)::bigint as node
    ) as parts
$$;
