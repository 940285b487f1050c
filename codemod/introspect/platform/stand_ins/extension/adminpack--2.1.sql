-- Stand-in for adminpack 2.1 (extension adminpack): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION adminpack" to load this file. \quit




set check_function_bodies = off;
create function @extschema@.pg_file_rename(text, text) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'pg_file_rename() is not available in schemasync''s stand-in for adminpack'; end $$;
create function @extschema@.pg_file_rename(text, text, text) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'pg_file_rename() is not available in schemasync''s stand-in for adminpack'; end $$;
create function @extschema@.pg_file_sync(text) returns void
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'pg_file_sync() is not available in schemasync''s stand-in for adminpack'; end $$;
create function @extschema@.pg_file_unlink(text) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'pg_file_unlink() is not available in schemasync''s stand-in for adminpack'; end $$;
create function @extschema@.pg_file_write(text, text, boolean) returns bigint
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'pg_file_write() is not available in schemasync''s stand-in for adminpack'; end $$;
create function @extschema@.pg_logdir_ls() returns SETOF record
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'pg_logdir_ls() is not available in schemasync''s stand-in for adminpack'; end $$;
reset check_function_bodies;



