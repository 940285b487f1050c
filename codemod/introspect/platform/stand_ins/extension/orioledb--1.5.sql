-- Stand-in for OrioleDB (extension orioledb): schemasync's SQL, written from OrioleDB's
-- documented interface. The orioledb table access method is the server's heap, so
-- CREATE TABLE ... USING orioledb works and keeps ordinary heap storage.

\echo Use "CREATE EXTENSION orioledb" to load this file. \quit

create function @extschema@.orioledb_tableam_handler(internal) returns table_am_handler
    language internal strict as 'heap_tableam_handler';
create access method orioledb type table handler @extschema@.orioledb_tableam_handler;

create function @extschema@.orioledb_version() returns text
    language sql immutable as $$ select '1.5 (schemasync stand-in)'::text $$;
create function @extschema@.orioledb_commit_hash() returns text
    language sql immutable as $$ select ''::text $$;
create function @extschema@.orioledb_has_retained_undo() returns boolean
    language sql volatile as $$ select false $$;
create function @extschema@.orioledb_tbl_structure(relid oid, options character varying DEFAULT ''::character varying,
        depth integer DEFAULT 0) returns text
    language plpgsql volatile strict as $$
begin
    raise exception feature_not_supported using message = 'orioledb_tbl_structure() is not available in schemasync''s stand-in for orioledb';
end $$;
create function @extschema@.orioledb_idx_structure(relid oid, tree_name text, options character varying DEFAULT ''::character varying,
        depth integer DEFAULT 0) returns text
    language plpgsql volatile strict as $$
begin
    raise exception feature_not_supported using message = 'orioledb_idx_structure() is not available in schemasync''s stand-in for orioledb';
end $$;
