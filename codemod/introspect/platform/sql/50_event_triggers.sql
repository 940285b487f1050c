-- The platform's event triggers that shape what migrations see: access to pg_cron,
-- pg_net and pg_graphql once a migration creates them, and the GraphQL placeholder
-- when pg_graphql is dropped. PostgREST's schema-reload watchers (pgrst_ddl_watch,
-- pgrst_drop_watch) only notify a server that is not here, and are left out.

create function extensions.grant_pg_cron_access() returns event_trigger
language plpgsql as $$
begin
    if exists (
        select from pg_event_trigger_ddl_commands() c
        join pg_extension e on c.objid = e.oid and e.extname = 'pg_cron'
    ) then
        grant usage on schema cron to postgres with grant option;
        alter default privileges in schema cron grant all on tables to postgres with grant option;
        alter default privileges in schema cron grant all on functions to postgres
            with grant option;
        alter default privileges in schema cron grant all on sequences to postgres
            with grant option;
        grant all privileges on all tables in schema cron to postgres with grant option;
        revoke all on table cron.job from postgres;
        grant select on table cron.job to postgres with grant option;
    end if;
end
$$;
comment on function extensions.grant_pg_cron_access() is 'Grants access to pg_cron';

create function extensions.grant_pg_net_access() returns event_trigger
language plpgsql as $$
begin
    if exists (
        select from pg_event_trigger_ddl_commands() c
        join pg_extension e on c.objid = e.oid and e.extname = 'pg_net'
    ) then
        grant usage on schema net to supabase_functions_admin, postgres, anon, authenticated,
            service_role;
    end if;
end
$$;
comment on function extensions.grant_pg_net_access() is 'Grants access to pg_net';

create function extensions.grant_pg_graphql_access() returns event_trigger
language plpgsql as $$
begin
    if exists (
        select from pg_event_trigger_ddl_commands() c
        join pg_extension e on c.objid = e.oid and e.extname = 'pg_graphql'
    ) then
        create or replace function graphql_public.graphql(
            "operationName" text default null, query text default null,
            variables jsonb default null, extensions jsonb default null
        ) returns jsonb language sql as $body$
            select graphql.resolve(
                query := query, variables := coalesce(variables, '{}'),
                "operationName" := "operationName", extensions := extensions
            );
        $body$;
        grant usage on schema graphql to postgres, anon, authenticated, service_role;
        grant execute on function graphql.resolve to postgres, anon, authenticated,
            service_role;
    end if;
end
$$;
comment on function extensions.grant_pg_graphql_access() is 'Grants access to pg_graphql';

create function extensions.set_graphql_placeholder() returns event_trigger
language plpgsql as $$
begin
    if exists (
        select from pg_event_trigger_dropped_objects()
        where object_type = 'extension' and object_identity = 'pg_graphql'
    ) then
        create or replace function graphql_public.graphql(
            "operationName" text default null, query text default null,
            variables jsonb default null, extensions jsonb default null
        ) returns jsonb language plpgsql as $body$
        begin
            return jsonb_build_object('errors', jsonb_build_array(
                jsonb_build_object('message', 'pg_graphql extension is not enabled.')
            ));
        end
        $body$;
    end if;
end
$$;
comment on function extensions.set_graphql_placeholder() is
    'Reintroduces placeholder function for graphql_public.graphql';

create event trigger issue_pg_cron_access on ddl_command_end
    when tag in ('CREATE EXTENSION') execute function extensions.grant_pg_cron_access();
create event trigger issue_pg_net_access on ddl_command_end
    when tag in ('CREATE EXTENSION') execute function extensions.grant_pg_net_access();
create event trigger issue_pg_graphql_access on ddl_command_end
    when tag in ('CREATE EXTENSION') execute function extensions.grant_pg_graphql_access();
create event trigger issue_graphql_placeholder on sql_drop
    when tag in ('DROP EXTENSION') execute function extensions.set_graphql_placeholder();

alter function extensions.grant_pg_cron_access() owner to supabase_admin;
alter function extensions.grant_pg_net_access() owner to supabase_admin;
alter function extensions.grant_pg_graphql_access() owner to supabase_admin;
alter function extensions.set_graphql_placeholder() owner to supabase_admin;
alter event trigger issue_pg_cron_access owner to supabase_admin;
alter event trigger issue_pg_net_access owner to supabase_admin;
alter event trigger issue_pg_graphql_access owner to supabase_admin;
alter event trigger issue_graphql_placeholder owner to supabase_admin;
