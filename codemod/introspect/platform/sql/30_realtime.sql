-- realtime: what the realtime service (supabase/realtime, lib/realtime/tenants/repo/
-- migrations) leaves before a project's first migration, and the `supabase_realtime`
-- publication that migrations add their tables to. The service makes the daily
-- partitions of realtime.messages as it runs; a default partition stands in for them,
-- so that realtime.send() and inserts work here.

set search_path = realtime, pg_catalog;

create type action as enum ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ERROR');
create type equality_op as enum (
    'eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in',
    'like', 'ilike', 'is', 'match', 'imatch', 'isdistinct'
);
create type user_defined_filter as (
    column_name text, op equality_op, value text, negate boolean
);
create type wal_column as (
    name text, type_name text, type_oid oid, value jsonb, is_pkey boolean, is_selectable boolean
);
create type wal_rls as (
    wal jsonb, is_rls_enabled boolean, subscription_ids uuid[], errors text[]
);

create table schema_migrations (
    version bigint primary key,
    inserted_at timestamp(0) without time zone default now()
);

create table messages (
    topic text not null,
    extension text not null,
    payload jsonb,
    event text,
    private boolean default false,
    updated_at timestamp not null default now(),
    inserted_at timestamp not null default now(),
    id uuid not null default gen_random_uuid(),
    binary_payload bytea,
    skip_broadcast boolean not null default false,
    constraint messages_pkey primary key (id, inserted_at),
    constraint messages_payload_exclusive check (payload is null or binary_payload is null)
) partition by range (inserted_at);
create table messages_default partition of messages default;

-- Needed before realtime.subscription, whose claims_role is generated with it.
create function to_regrole(role_name text) returns regrole language sql immutable as $$
    select role_name::regrole
$$;

create table subscription (
    id bigint generated always as identity constraint pk_subscription primary key,
    subscription_id uuid not null,
    entity regclass not null,
    filters user_defined_filter[] not null default '{}',
    claims jsonb not null,
    claims_role regrole not null generated always as (to_regrole(claims ->> 'role')) stored,
    created_at timestamp not null default timezone('utc', now()),
    action_filter text default '*' constraint subscription_action_filter_check
        check (action_filter in ('*', 'INSERT', 'UPDATE', 'DELETE')),
    selected_columns text[]
);

create function topic() returns text language sql stable as $$
    select nullif(current_setting('realtime.topic', true), '')::text
$$;

create function send(payload jsonb, event text, topic text, private boolean default true)
returns void language plpgsql as $$
begin
    perform set_config('realtime.topic', topic, true);
    insert into realtime.messages (payload, event, topic, private, extension)
    values (payload, event, topic, private, 'broadcast');
exception when others then
    raise warning 'ErrorSendingBroadcastMessage: %', sqlerrm;
end
$$;

create function send_binary(payload bytea, event text, topic text, private boolean default true)
returns void language plpgsql as $$
begin
    perform set_config('realtime.topic', topic, true);
    insert into realtime.messages (binary_payload, event, topic, private, extension)
    values (payload, event, topic, private, 'broadcast');
exception when others then
    raise warning 'ErrorSendingBroadcastMessage: %', sqlerrm;
end
$$;

create function broadcast_changes(
    topic_name text, event_name text, operation text, table_name text, table_schema text,
    new record, old record, level text default 'ROW'
) returns void language plpgsql as $$
declare
    row_data jsonb;
begin
    if level = 'STATEMENT' then
        raise exception 'function can only be triggered for each row, not for each statement';
    end if;
    row_data := jsonb_build_object(
        'old_record', case when old is null then null else to_jsonb(old) end,
        'record', case when new is null then null else to_jsonb(new) end,
        'operation', operation, 'table', table_name, 'schema', table_schema
    );
    perform realtime.send(row_data, event_name, topic_name);
end
$$;

create function "cast"(val text, type_ regtype) returns jsonb language plpgsql immutable as $$
declare
    result jsonb;
begin
    execute format('select to_jsonb(%L::%s)', val, type_) into result;
    return result;
end
$$;

create function check_equality_op(op equality_op, type_ regtype, val_1 text, val_2 text)
returns boolean language plpgsql immutable as $$
declare
    result boolean;
begin
    execute format(
        'select %L::%s ' || case op
            when 'eq' then '=' when 'neq' then '!=' when 'lt' then '<' when 'lte' then '<='
            when 'gt' then '>' when 'gte' then '>=' else '=' end || ' %L::%s',
        val_1, type_, val_2, type_
    ) into result;
    return result;
end
$$;

create function check_equality_op(
    op equality_op, type_ regtype, val_1 text, val_2 text, negate boolean
) returns boolean language plpgsql stable as $$
begin
    return realtime.check_equality_op(op, type_, val_1, val_2) is distinct from negate;
end
$$;

create function build_prepared_statement_sql(
    prepared_statement_name text, entity regclass, columns wal_column[]
) returns text language sql as $$
    select 'prepare ' || prepared_statement_name || ' as select exists(select 1 from '
        || entity || ' limit 1)'
$$;

create function is_visible_through_filters(columns wal_column[], filters user_defined_filter[])
returns boolean language sql stable as $$
    select filters is null or cardinality(filters) = 0 or columns is not null
$$;

create function wal2json_escape_identifier(name text) returns text
language sql immutable strict as $$
    select regexp_replace(name, '([\\,. ])', '\\\1', 'g')
$$;

create function quote_wal2json(entity regclass) returns text language sql immutable strict as $$
    select realtime.wal2json_escape_identifier(n.nspname) || '.'
        || realtime.wal2json_escape_identifier(c.relname)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.oid = entity
$$;

create function apply_rls(wal jsonb, max_record_bytes integer default (1024 * 1024))
returns setof wal_rls language plpgsql as $$
begin
    return next (wal, false, '{}'::uuid[], '{}'::text[])::realtime.wal_rls;
end
$$;

create function list_changes(
    publication name, slot_name name, max_changes integer, max_record_bytes integer
) returns table (
    wal jsonb, is_rls_enabled boolean, subscription_ids uuid[], errors text[],
    slot_changes_count bigint
) language sql set log_min_messages to 'fatal' as $$
    select null::jsonb, null::boolean, null::uuid[], null::text[], null::bigint where false
$$;

create function subscription_check_filters() returns trigger language plpgsql as $$
begin
    return new;
end
$$;

create trigger tr_check_filters before insert or update on subscription
    for each row execute function subscription_check_filters();

alter table messages enable row level security;
grant usage on schema realtime to postgres with grant option;
grant usage on schema realtime to anon, authenticated, service_role;
grant all on schema realtime to supabase_realtime_admin;
grant all on all tables in schema realtime to postgres, dashboard_user, supabase_realtime_admin;
grant all on all sequences in schema realtime to postgres, dashboard_user,
    supabase_realtime_admin;
grant select, insert, update on messages to anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema realtime
    grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_admin in schema realtime
    grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_admin in schema realtime
    grant all on functions to postgres, dashboard_user;

-- Empty: projects add their tables (`alter publication supabase_realtime add table ...`).
create publication supabase_realtime;
alter publication supabase_realtime owner to postgres;

reset search_path;
