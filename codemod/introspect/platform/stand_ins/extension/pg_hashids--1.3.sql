-- Stand-in for pg_hashids (1.3) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface and the published Hashids algorithm, so ids encode
-- and decode as with the real extension.

create function id_encode(bigint[], text, integer, text) returns text
language plpgsql immutable strict
as $$
declare
    numbers alias for $1;
    salt alias for $2;
    alphabet alias for $4;
    alpha text[] := '{}';
    seps text[] := '{}';
    guards text[] := '{}';
    i integer;
    j integer;
    v integer;
    p integer;
    code integer;
    n integer;
    ch text;
    min_length integer := greatest($3, 0);
    values_hash bigint := 0;
    number bigint;
    lottery text;
    alpha_salt text;
    last text;
    encoded text;
    half integer;
    excess integer;
    k integer;
begin
    if pg_catalog.cardinality(numbers) = 0 then
        return '';
    end if;
    if exists (select from pg_catalog.unnest(numbers) as x where x < 0 or x is null) then
        raise exception 'hashids can only encode non-negative numbers';
    end if;
    -- the alphabet: unique characters, separators taken out, shuffled by the salt
    for i in 1 .. pg_catalog.length(alphabet) loop
        ch := pg_catalog.substr(alphabet, i, 1);
        if ch = any(seps) or ch = any(alpha) then
            continue;
        end if;
        if pg_catalog.strpos('cfhistuCFHISTU', ch) > 0 then
            seps := seps || ch;
        else
            alpha := alpha || ch;
        end if;
    end loop;
    if pg_catalog.cardinality(alpha) + pg_catalog.cardinality(seps) < 16 then
        raise exception 'alphabet must contain at least 16 unique characters';
    end if;
    seps := array(select s from pg_catalog.unnest(array['c','f','h','i','s','t','u','C','F','H','I','S','T','U']) as s where s = any(seps));
    -- reorder seps by salt (hashids' consistent shuffle)
    if pg_catalog.length(salt) > 0 then
        i := pg_catalog.cardinality(seps) - 1;
        v := 0;
        p := 0;
        while i > 0 loop
            v := v % pg_catalog.length(salt);
            code := pg_catalog.ascii(pg_catalog.substr(salt, v + 1, 1));
            p := p + code;
            j := (code + v + p) % i;
            ch := seps[i + 1];
            seps[i + 1] := seps[j + 1];
            seps[j + 1] := ch;
            i := i - 1;
            v := v + 1;
        end loop;
    end if;
    n := pg_catalog.ceil(pg_catalog.cardinality(alpha) / 3.5)::integer - pg_catalog.cardinality(seps);
    if pg_catalog.cardinality(seps) = 0 or pg_catalog.cardinality(alpha)::numeric / pg_catalog.cardinality(seps) > 3.5 then
        if n > 0 then
            seps := seps || alpha[1:n];
            alpha := alpha[n + 1:];
        end if;
    end if;
    -- reorder alpha by salt (hashids' consistent shuffle)
    if pg_catalog.length(salt) > 0 then
        i := pg_catalog.cardinality(alpha) - 1;
        v := 0;
        p := 0;
        while i > 0 loop
            v := v % pg_catalog.length(salt);
            code := pg_catalog.ascii(pg_catalog.substr(salt, v + 1, 1));
            p := p + code;
            j := (code + v + p) % i;
            ch := alpha[i + 1];
            alpha[i + 1] := alpha[j + 1];
            alpha[j + 1] := ch;
            i := i - 1;
            v := v + 1;
        end loop;
    end if;
    n := pg_catalog.ceil(pg_catalog.cardinality(alpha) / 12.0)::integer;
    if pg_catalog.cardinality(alpha) < 3 then
        guards := seps[1:n];
        seps := seps[n + 1:];
    else
        guards := alpha[1:n];
        alpha := alpha[n + 1:];
    end if;
    for k in 1 .. pg_catalog.cardinality(numbers) loop
        values_hash := values_hash + numbers[k] % (k - 1 + 100);
    end loop;
    lottery := alpha[values_hash % pg_catalog.cardinality(alpha) + 1];
    encoded := lottery;
    for k in 1 .. pg_catalog.cardinality(numbers) loop
        alpha_salt := pg_catalog.substr(lottery || salt || pg_catalog.array_to_string(alpha, ''), 1, pg_catalog.cardinality(alpha));
        -- reorder alpha by alpha_salt (hashids' consistent shuffle)
        if pg_catalog.length(alpha_salt) > 0 then
            i := pg_catalog.cardinality(alpha) - 1;
            v := 0;
            p := 0;
            while i > 0 loop
                v := v % pg_catalog.length(alpha_salt);
                code := pg_catalog.ascii(pg_catalog.substr(alpha_salt, v + 1, 1));
                p := p + code;
                j := (code + v + p) % i;
                ch := alpha[i + 1];
                alpha[i + 1] := alpha[j + 1];
                alpha[j + 1] := ch;
                i := i - 1;
                v := v + 1;
            end loop;
        end if;
        number := numbers[k];
        last := '';
        loop
            last := alpha[number % pg_catalog.cardinality(alpha) + 1] || last;
            number := number / pg_catalog.cardinality(alpha);
            exit when number = 0;
        end loop;
        encoded := encoded || last;
        if k < pg_catalog.cardinality(numbers) then
            number := numbers[k] % (pg_catalog.ascii(last) + k - 1);
            encoded := encoded || seps[number % pg_catalog.cardinality(seps) + 1];
        end if;
    end loop;
    if pg_catalog.length(encoded) < min_length then
        encoded := guards[(values_hash + pg_catalog.ascii(encoded)) % pg_catalog.cardinality(guards) + 1] || encoded;
        if pg_catalog.length(encoded) < min_length then
            encoded := encoded || guards[(values_hash + pg_catalog.ascii(pg_catalog.substr(encoded, 3, 1))) % pg_catalog.cardinality(guards) + 1];
        end if;
        half := pg_catalog.cardinality(alpha) / 2;
        while pg_catalog.length(encoded) < min_length loop
            alpha_salt := pg_catalog.array_to_string(alpha, '');
            -- reorder alpha by alpha_salt (hashids' consistent shuffle)
            if pg_catalog.length(alpha_salt) > 0 then
                i := pg_catalog.cardinality(alpha) - 1;
                v := 0;
                p := 0;
                while i > 0 loop
                    v := v % pg_catalog.length(alpha_salt);
                    code := pg_catalog.ascii(pg_catalog.substr(alpha_salt, v + 1, 1));
                    p := p + code;
                    j := (code + v + p) % i;
                    ch := alpha[i + 1];
                    alpha[i + 1] := alpha[j + 1];
                    alpha[j + 1] := ch;
                    i := i - 1;
                    v := v + 1;
                end loop;
            end if;
            encoded := pg_catalog.array_to_string(alpha[half + 1:], '') || encoded || pg_catalog.array_to_string(alpha[1:half], '');
            excess := pg_catalog.length(encoded) - min_length;
            if excess > 0 then
                encoded := pg_catalog.substr(encoded, excess / 2 + 1, min_length);
            end if;
        end loop;
    end if;
    return encoded;
end
$$;

create function id_decode(text, text, integer, text) returns bigint[]
language plpgsql immutable strict
as $$
declare
    hashid text := $1;
    salt alias for $2;
    alphabet alias for $4;
    alpha text[] := '{}';
    seps text[] := '{}';
    guards text[] := '{}';
    i integer;
    j integer;
    v integer;
    p integer;
    code integer;
    n integer;
    ch text;
    parts text[];
    lottery text;
    alpha_salt text;
    part text;
    number bigint;
    result bigint[] := '{}';
begin
    -- the alphabet: unique characters, separators taken out, shuffled by the salt
    for i in 1 .. pg_catalog.length(alphabet) loop
        ch := pg_catalog.substr(alphabet, i, 1);
        if ch = any(seps) or ch = any(alpha) then
            continue;
        end if;
        if pg_catalog.strpos('cfhistuCFHISTU', ch) > 0 then
            seps := seps || ch;
        else
            alpha := alpha || ch;
        end if;
    end loop;
    if pg_catalog.cardinality(alpha) + pg_catalog.cardinality(seps) < 16 then
        raise exception 'alphabet must contain at least 16 unique characters';
    end if;
    seps := array(select s from pg_catalog.unnest(array['c','f','h','i','s','t','u','C','F','H','I','S','T','U']) as s where s = any(seps));
    -- reorder seps by salt (hashids' consistent shuffle)
    if pg_catalog.length(salt) > 0 then
        i := pg_catalog.cardinality(seps) - 1;
        v := 0;
        p := 0;
        while i > 0 loop
            v := v % pg_catalog.length(salt);
            code := pg_catalog.ascii(pg_catalog.substr(salt, v + 1, 1));
            p := p + code;
            j := (code + v + p) % i;
            ch := seps[i + 1];
            seps[i + 1] := seps[j + 1];
            seps[j + 1] := ch;
            i := i - 1;
            v := v + 1;
        end loop;
    end if;
    n := pg_catalog.ceil(pg_catalog.cardinality(alpha) / 3.5)::integer - pg_catalog.cardinality(seps);
    if pg_catalog.cardinality(seps) = 0 or pg_catalog.cardinality(alpha)::numeric / pg_catalog.cardinality(seps) > 3.5 then
        if n > 0 then
            seps := seps || alpha[1:n];
            alpha := alpha[n + 1:];
        end if;
    end if;
    -- reorder alpha by salt (hashids' consistent shuffle)
    if pg_catalog.length(salt) > 0 then
        i := pg_catalog.cardinality(alpha) - 1;
        v := 0;
        p := 0;
        while i > 0 loop
            v := v % pg_catalog.length(salt);
            code := pg_catalog.ascii(pg_catalog.substr(salt, v + 1, 1));
            p := p + code;
            j := (code + v + p) % i;
            ch := alpha[i + 1];
            alpha[i + 1] := alpha[j + 1];
            alpha[j + 1] := ch;
            i := i - 1;
            v := v + 1;
        end loop;
    end if;
    n := pg_catalog.ceil(pg_catalog.cardinality(alpha) / 12.0)::integer;
    if pg_catalog.cardinality(alpha) < 3 then
        guards := seps[1:n];
        seps := seps[n + 1:];
    else
        guards := alpha[1:n];
        alpha := alpha[n + 1:];
    end if;
    parts := pg_catalog.regexp_split_to_array(hashid,
        '[' || pg_catalog.regexp_replace(pg_catalog.array_to_string(guards, ''), '([\\\]^-])', '\\\1', 'g') || ']');
    if pg_catalog.cardinality(guards) > 0 and pg_catalog.cardinality(parts) between 2 and 3 then
        hashid := parts[2];
    elsif pg_catalog.cardinality(guards) > 0 then
        hashid := parts[1];
    end if;
    if hashid is null or hashid = '' then
        return result;
    end if;
    lottery := pg_catalog.substr(hashid, 1, 1);
    hashid := pg_catalog.substr(hashid, 2);
    foreach part in array pg_catalog.regexp_split_to_array(hashid,
        '[' || pg_catalog.regexp_replace(pg_catalog.array_to_string(seps, ''), '([\\\]^-])', '\\\1', 'g') || ']') loop
        alpha_salt := pg_catalog.substr(lottery || salt || pg_catalog.array_to_string(alpha, ''), 1, pg_catalog.cardinality(alpha));
        -- reorder alpha by alpha_salt (hashids' consistent shuffle)
        if pg_catalog.length(alpha_salt) > 0 then
            i := pg_catalog.cardinality(alpha) - 1;
            v := 0;
            p := 0;
            while i > 0 loop
                v := v % pg_catalog.length(alpha_salt);
                code := pg_catalog.ascii(pg_catalog.substr(alpha_salt, v + 1, 1));
                p := p + code;
                j := (code + v + p) % i;
                ch := alpha[i + 1];
                alpha[i + 1] := alpha[j + 1];
                alpha[j + 1] := ch;
                i := i - 1;
                v := v + 1;
            end loop;
        end if;
        number := 0;
        for i in 1 .. pg_catalog.length(part) loop
            n := pg_catalog.array_position(alpha, pg_catalog.substr(part, i, 1));
            if n is null then
                return '{}';
            end if;
            number := number * pg_catalog.cardinality(alpha) + (n - 1);
        end loop;
        result := result || number;
    end loop;
    return result;
end
$$;

create function id_encode(bigint[], text, integer) returns text
language sql immutable strict
begin atomic
    select id_encode($1, $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_encode(bigint[], text) returns text
language sql immutable strict
begin atomic
    select id_encode($1, $2, 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_encode(bigint[]) returns text
language sql immutable strict
begin atomic
    select id_encode($1, '', 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_encode(bigint, text, integer, text) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], $2, $3, $4);
end;

create function id_encode(bigint, text, integer) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_encode(bigint, text) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], $2, 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_encode(bigint) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], '', 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_decode(text, text, integer) returns bigint[]
language sql immutable strict
begin atomic
    select id_decode($1, $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_decode(text, text) returns bigint[]
language sql immutable strict
begin atomic
    select id_decode($1, $2, 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_decode(text) returns bigint[]
language sql immutable strict
begin atomic
    select id_decode($1, '', 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function id_decode_once(text, text, integer, text) returns bigint
language sql immutable strict
begin atomic
    select (id_decode($1, $2, $3, $4))[1];
end;

create function id_decode_once(text, text, integer) returns bigint
language sql immutable strict
begin atomic
    select (id_decode($1, $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890'))[1];
end;

create function id_decode_once(text, text) returns bigint
language sql immutable strict
begin atomic
    select (id_decode($1, $2, 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890'))[1];
end;

create function id_decode_once(text) returns bigint
language sql immutable strict
begin atomic
    select (id_decode($1, '', 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890'))[1];
end;

-- the older names
create function hash_encode(bigint, text, integer) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function hash_encode(bigint, text) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], $2, 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function hash_encode(bigint) returns text
language sql immutable strict
begin atomic
    select id_encode(array[$1], '', 0, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890');
end;

create function hash_decode(text, text, integer) returns integer
language sql immutable strict
begin atomic
    select (id_decode($1, $2, $3, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890'))[1]::integer;
end;
