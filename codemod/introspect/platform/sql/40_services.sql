-- The rest of what the platform sets up: database webhooks (supabase_functions, as the
-- Supabase CLI's local database has it), PgBouncer's auth function and the GraphQL
-- endpoint's placeholder (pg_graphql is off by default for projects made since
-- 2026-05-18).

create table supabase_functions.migrations (
    version text primary key,
    inserted_at timestamptz not null default now()
);
insert into supabase_functions.migrations (version)
values ('initial'), ('20210809183423_update_grants'), ('20240125163000_add_retry_to_http_request');

create table supabase_functions.hooks (
    id bigserial primary key,
    hook_table_id integer not null,
    hook_name text not null,
    created_at timestamptz not null default now(),
    request_id bigint
);
comment on table supabase_functions.hooks is
    'Supabase Functions Hooks: Audit trail for triggered hooks.';

-- A trigger: `execute function supabase_functions.http_request(url, method, headers,
-- params, timeout_ms)`. It calls pg_net when a row changes, so pg_net is needed then,
-- not when the trigger is created.
create function supabase_functions.http_request() returns trigger
language plpgsql security definer set search_path = supabase_functions as $$
declare
    request_id bigint;
    payload jsonb;
    url text := tg_argv[0]::text;
    method text := tg_argv[1]::text;
    headers jsonb default '{}'::jsonb;
    params jsonb default '{}'::jsonb;
    timeout_ms integer default 1000;
begin
    if url is null or url = 'null' then
        raise exception 'url argument is missing';
    end if;
    if method is null or method = 'null' then
        raise exception 'method argument is missing';
    end if;
    if tg_argv[2] is not null and tg_argv[2] <> 'null' then
        headers := tg_argv[2]::jsonb;
    end if;
    if tg_argv[3] is not null and tg_argv[3] <> 'null' then
        params := tg_argv[3]::jsonb;
    end if;
    if tg_argv[4] is not null and tg_argv[4] <> 'null' then
        timeout_ms := tg_argv[4]::integer;
    end if;
    case
        when method = 'GET' then
            select net.http_get(url, params, headers, timeout_ms) into request_id;
        when method = 'POST' then
            payload := jsonb_build_object(
                'old_record', old, 'record', new, 'type', tg_op,
                'table', tg_table_name, 'schema', tg_table_schema
            );
            select net.http_post(url, payload, params, headers, timeout_ms) into request_id;
        else
            raise exception 'method argument % is invalid', method;
    end case;
    insert into supabase_functions.hooks (hook_table_id, hook_name, request_id)
    values (tg_relid, tg_name, request_id);
    return new;
end
$$;

alter table supabase_functions.migrations owner to supabase_functions_admin;
alter table supabase_functions.hooks owner to supabase_functions_admin;
alter function supabase_functions.http_request() owner to supabase_functions_admin;
revoke all on function supabase_functions.http_request() from public;
grant all on schema supabase_functions to supabase_functions_admin;
grant usage on schema supabase_functions to postgres, anon, authenticated, service_role;
grant all on all tables in schema supabase_functions to postgres, anon, authenticated,
    service_role;
grant all on all sequences in schema supabase_functions to postgres, anon, authenticated,
    service_role;
grant execute on function supabase_functions.http_request() to postgres, anon, authenticated,
    service_role;

create function pgbouncer.get_auth(p_usename text)
returns table (username text, password text)
language plpgsql security definer set search_path to '' as $$
begin
    raise debug 'PgBouncer auth request: %', p_usename;
    return query
        select rolname::text,
            case when rolvaliduntil < now() then null else rolpassword end::text
        from pg_catalog.pg_authid
        where rolname = p_usename and rolcanlogin;
end
$$;
alter function pgbouncer.get_auth(text) owner to supabase_admin;
revoke execute on function pgbouncer.get_auth(text) from public;
grant execute on function pgbouncer.get_auth(text) to pgbouncer;

create function graphql_public.graphql(
    "operationName" text default null, query text default null, variables jsonb default null,
    extensions jsonb default null
) returns jsonb language plpgsql as $$
begin
    return jsonb_build_object(
        'errors', jsonb_build_array(jsonb_build_object(
            'message', 'pg_graphql extension is not enabled.'
        ))
    );
end
$$;
alter function graphql_public.graphql(text, text, jsonb, jsonb) owner to supabase_admin;
grant usage on schema graphql_public to postgres, anon, authenticated, service_role;
grant execute on function graphql_public.graphql(text, text, jsonb, jsonb)
    to postgres, anon, authenticated, service_role;
