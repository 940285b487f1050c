-- Stand-in for pgaudit (17.0) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface. The event trigger functions do nothing (the
-- pgaudit module that would log is not loaded).

create function pgaudit_ddl_command_end() returns event_trigger
language plpgsql security definer
set search_path = pg_catalog, pg_temp
as $$
begin
end
$$;

create event trigger pgaudit_ddl_command_end on ddl_command_end
    execute function pgaudit_ddl_command_end();

create function pgaudit_sql_drop() returns event_trigger
language plpgsql security definer
set search_path = pg_catalog, pg_temp
as $$
begin
end
$$;

create event trigger pgaudit_sql_drop on sql_drop
    execute function pgaudit_sql_drop();
