-- Stand-in for old_snapshot 1.0 (extension old_snapshot): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION old_snapshot" to load this file. \quit




set check_function_bodies = off;
create function pg_old_snapshot_time_mapping(OUT array_offset integer, OUT end_timestamp timestamp with time zone, OUT newest_xmin xid) returns SETOF record
    language plpgsql volatile strict as $$ begin return; end $$;
reset check_function_bodies;



