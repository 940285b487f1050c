-- Stand-in for pg_net (0.20.0) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. net.http_get/post/delete queue the
-- request and return its id as pg_net does; no background worker sends it.

create schema if not exists net;

create domain net.http_method as text
    check (value ilike 'get' or value ilike 'post' or value ilike 'delete');

create unlogged table net.http_request_queue (
    id bigserial,
    method net.http_method not null,
    url text not null,
    headers jsonb,
    body bytea,
    timeout_milliseconds integer not null
);

create unlogged table net._http_response (
    id bigint,
    status_code integer,
    content_type text,
    headers jsonb,
    content text,
    timed_out boolean,
    error_msg text,
    created timestamptz not null default pg_catalog.now()
);
create index on net._http_response (created);

create type net.request_status as enum ('PENDING', 'SUCCESS', 'ERROR');

create type net.http_response as (
    status_code integer,
    headers jsonb,
    body text
);

create type net.http_response_result as (
    status net.request_status,
    message text,
    response net.http_response
);

create function net.check_worker_is_up() returns void
language plpgsql
as $$
begin
    if not exists (
        select from pg_catalog.pg_stat_activity where backend_type ilike '%pg_net%'
    ) then
        raise exception 'the pg_net background worker is not up'
            using detail = 'schemasync''s shadow database has no pg_net worker';
    end if;
end
$$;
comment on function net.check_worker_is_up() is
    'raises an exception if the pg_net background worker is not up, otherwise it doesn''t return anything';

-- Percent-encoding of everything but the unreserved characters (RFC 3986).
create function net._urlencode_string(string character varying) returns text
language sql immutable
as $$
    select coalesce(pg_catalog.string_agg(
        case
            when pg_catalog.get_byte(b.bytes, i) between 48 and 57
                or pg_catalog.get_byte(b.bytes, i) between 65 and 90
                or pg_catalog.get_byte(b.bytes, i) between 97 and 122
                or pg_catalog.get_byte(b.bytes, i) in (45, 46, 95, 126)
                then pg_catalog.chr(pg_catalog.get_byte(b.bytes, i))
            else '%' || pg_catalog.upper(pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(b.bytes, i)), 2, '0'))
        end, '' order by i), '')
    from (select pg_catalog.convert_to(string, 'UTF8') as bytes) as b,
        pg_catalog.generate_series(0, pg_catalog.length(b.bytes) - 1) as i
$$;

create function net._encode_url_with_params_array(url text, params_array text[]) returns text
language sql immutable
as $$
    select case
        when coalesce(pg_catalog.cardinality(params_array), 0) = 0 then url
        else url || case when pg_catalog.strpos(url, '?') > 0 then '&' else '?' end
            || pg_catalog.array_to_string(params_array, '&')
    end
$$;

create function net.worker_restart() returns boolean
language sql
as $$ select false $$;

create function net.wait_until_running() returns void
language sql
as $$ select $$;
comment on function net.wait_until_running() is 'waits until the worker is running';

create function net.wake() returns void
language sql
as $$ select $$;

create function net._await_response(request_id bigint) returns boolean
language plpgsql
as $$
begin
    if exists (select from net._http_response r where r.id = request_id) then
        return true;
    end if;
    raise exception 'request % will not complete: schemasync''s shadow database sends no requests', request_id;
end
$$;

create function net.http_get(
    url text,
    params jsonb default '{}'::jsonb,
    headers jsonb default '{}'::jsonb,
    timeout_milliseconds integer default 5000
) returns bigint
language plpgsql
as $$
declare
    request_id bigint;
begin
    insert into net.http_request_queue (method, url, headers, timeout_milliseconds)
    values (
        'GET',
        net._encode_url_with_params_array(url, array(
            select net._urlencode_string(p.key) || '=' || net._urlencode_string(p.value)
            from pg_catalog.jsonb_each_text(coalesce(params, '{}'::jsonb)) as p)),
        headers,
        timeout_milliseconds
    )
    returning id into request_id;
    return request_id;
end
$$;

create function net.http_post(
    url text,
    body jsonb default '{}'::jsonb,
    params jsonb default '{}'::jsonb,
    headers jsonb default '{"Content-Type": "application/json"}'::jsonb,
    timeout_milliseconds integer default 5000
) returns bigint
language plpgsql
as $$
declare
    request_id bigint;
    content_type text;
begin
    select h.value into content_type
    from pg_catalog.jsonb_each_text(coalesce(headers, '{}'::jsonb)) as h
    where pg_catalog.lower(h.key) = 'content-type'
    limit 1;
    if content_type is null then
        headers := coalesce(headers, '{}'::jsonb) || '{"Content-Type": "application/json"}'::jsonb;
    elsif content_type <> 'application/json' then
        raise exception 'Content-Type header must be "application/json"';
    end if;
    insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
    values (
        'POST',
        net._encode_url_with_params_array(url, array(
            select net._urlencode_string(p.key) || '=' || net._urlencode_string(p.value)
            from pg_catalog.jsonb_each_text(coalesce(params, '{}'::jsonb)) as p)),
        headers,
        pg_catalog.convert_to(body::text, 'UTF8'),
        timeout_milliseconds
    )
    returning id into request_id;
    return request_id;
end
$$;

create function net.http_delete(
    url text,
    params jsonb default '{}'::jsonb,
    headers jsonb default '{}'::jsonb,
    timeout_milliseconds integer default 5000,
    body jsonb default null
) returns bigint
language plpgsql
as $$
declare
    request_id bigint;
begin
    insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
    values (
        'DELETE',
        net._encode_url_with_params_array(url, array(
            select net._urlencode_string(p.key) || '=' || net._urlencode_string(p.value)
            from pg_catalog.jsonb_each_text(coalesce(params, '{}'::jsonb)) as p)),
        headers,
        pg_catalog.convert_to(body::text, 'UTF8'),
        timeout_milliseconds
    )
    returning id into request_id;
    return request_id;
end
$$;

create function net._http_collect_response(request_id bigint, async boolean default true)
returns net.http_response_result
language plpgsql
as $$
declare
    rec net._http_response;
begin
    if not async then
        perform net._await_response(request_id);
    end if;
    select * into rec from net._http_response r where r.id = request_id;
    if rec.id is null or rec.error_msg is not null then
        return ('ERROR', coalesce(rec.error_msg, 'request matching request_id not found'), null)::net.http_response_result;
    end if;
    return ('SUCCESS', 'ok', (rec.status_code, rec.headers, rec.content)::net.http_response)::net.http_response_result;
end
$$;

create function net.http_collect_response(request_id bigint, async boolean default true)
returns net.http_response_result
language plpgsql
as $$
begin
    raise notice 'The net.http_collect_response function is deprecated.';
    return net._http_collect_response(request_id, async);
end
$$;

grant usage on schema net to public;
grant all on all sequences in schema net to public;
grant all on all tables in schema net to public;
