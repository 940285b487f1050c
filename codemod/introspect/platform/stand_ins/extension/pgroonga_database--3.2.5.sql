-- Stand-in for pgroonga_database 3.2 (extension pgroonga_database): schemasync's SQL,
-- written from PGroonga's documented interface. There are no Groonga database files
-- here, so removing them is a no-op.

\echo Use "CREATE EXTENSION pgroonga_database" to load this file. \quit

create function @extschema@.pgroonga_database_remove() returns boolean
    language sql volatile strict as $$ select true $$;
