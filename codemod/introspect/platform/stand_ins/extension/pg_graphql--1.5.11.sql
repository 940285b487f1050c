-- Stand-in for pg_graphql (1.5.11) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. The schema-version tracking works;
-- graphql.resolve() reports that no resolver is available.

create sequence graphql.seq_schema_version as integer cycle;

create function graphql.increment_schema_version() returns event_trigger
language plpgsql security definer
as $$
begin
    perform pg_catalog.nextval('graphql.seq_schema_version');
end
$$;

create function graphql.get_schema_version() returns integer
language sql security definer
as $$ select last_value from graphql.seq_schema_version $$;

create event trigger graphql_watch_ddl on ddl_command_end
    execute function graphql.increment_schema_version();
create event trigger graphql_watch_drop on sql_drop
    execute function graphql.increment_schema_version();

-- The JSON inside an `@graphql(...)` comment directive, or {}.
create function graphql.comment_directive(comment_ text) returns jsonb
language sql immutable
as $$
    select coalesce((pg_catalog.regexp_match(comment_, '@graphql\((.+)\)'))[1]::jsonb, '{}'::jsonb)
$$;

create function graphql.exception(message text) returns text
language plpgsql
as $$
begin
    raise exception using errcode = '22000', message = message;
end
$$;

create function graphql._internal_resolve(
    query text,
    variables jsonb default '{}',
    "operationName" text default null,
    extensions jsonb default null
) returns jsonb
language plpgsql
as $$
begin
    raise exception 'GraphQL queries are not resolved in schemasync''s shadow database';
end
$$;

create function graphql.resolve(
    query text,
    variables jsonb default '{}',
    "operationName" text default null,
    extensions jsonb default null
) returns jsonb
language plpgsql
as $$
declare
    message text;
begin
    return graphql._internal_resolve(
        query := query,
        variables := variables,
        "operationName" := "operationName",
        extensions := extensions);
exception
    when others then
        get stacked diagnostics message = message_text;
        return pg_catalog.jsonb_build_object(
            'data', null,
            'errors', pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object('message', message)));
end
$$;
