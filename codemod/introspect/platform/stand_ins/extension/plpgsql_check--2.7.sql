-- Stand-in for plpgsql_check 2.7 (extension plpgsql_check): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION plpgsql_check" to load this file. \quit




set check_function_bodies = off;
create function @extschema@.__plpgsql_show_dependency_tb(funcoid regprocedure, relid regclass DEFAULT 0) returns TABLE(type text, oid oid, schema text, name text, params text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.__plpgsql_show_dependency_tb(name text, relid regclass DEFAULT 0) returns TABLE(type text, oid oid, schema text, name text, params text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_check_function_tb(funcoid regprocedure, relid regclass DEFAULT 0, fatal_errors boolean DEFAULT true, other_warnings boolean DEFAULT true, performance_warnings boolean DEFAULT false, extra_warnings boolean DEFAULT true, security_warnings boolean DEFAULT false, compatibility_warnings boolean DEFAULT false, oldtable name DEFAULT NULL::name, newtable name DEFAULT NULL::name, anyelememttype regtype DEFAULT 'integer'::regtype, anyenumtype regtype DEFAULT '-'::regtype, anyrangetype regtype DEFAULT 'int4range'::regtype, anycompatibletype regtype DEFAULT 'integer'::regtype, anycompatiblerangetype regtype DEFAULT 'int4range'::regtype, without_warnings boolean DEFAULT false, all_warnings boolean DEFAULT false, use_incomment_options boolean DEFAULT true, incomment_options_usage_warning boolean DEFAULT false) returns TABLE(functionid regproc, lineno integer, statement text, sqlstate text, message text, detail text, hint text, level text, "position" integer, query text, context text)
    language plpgsql volatile as $$ begin return; end $$;
create function @extschema@.plpgsql_check_function_tb(name text, relid regclass DEFAULT 0, fatal_errors boolean DEFAULT true, other_warnings boolean DEFAULT true, performance_warnings boolean DEFAULT false, extra_warnings boolean DEFAULT true, security_warnings boolean DEFAULT false, compatibility_warnings boolean DEFAULT false, oldtable name DEFAULT NULL::name, newtable name DEFAULT NULL::name, anyelememttype regtype DEFAULT 'integer'::regtype, anyenumtype regtype DEFAULT '-'::regtype, anyrangetype regtype DEFAULT 'int4range'::regtype, anycompatibletype regtype DEFAULT 'integer'::regtype, anycompatiblerangetype regtype DEFAULT 'int4range'::regtype, without_warnings boolean DEFAULT false, all_warnings boolean DEFAULT false, use_incomment_options boolean DEFAULT true, incomment_options_usage_warning boolean DEFAULT false) returns TABLE(functionid regproc, lineno integer, statement text, sqlstate text, message text, detail text, hint text, level text, "position" integer, query text, context text)
    language plpgsql volatile as $$ begin return; end $$;
create function @extschema@.plpgsql_check_function(funcoid regprocedure, relid regclass DEFAULT 0, format text DEFAULT 'text'::text, fatal_errors boolean DEFAULT true, other_warnings boolean DEFAULT true, performance_warnings boolean DEFAULT false, extra_warnings boolean DEFAULT true, security_warnings boolean DEFAULT false, compatibility_warnings boolean DEFAULT false, oldtable name DEFAULT NULL::name, newtable name DEFAULT NULL::name, anyelememttype regtype DEFAULT 'integer'::regtype, anyenumtype regtype DEFAULT '-'::regtype, anyrangetype regtype DEFAULT 'int4range'::regtype, anycompatibletype regtype DEFAULT 'integer'::regtype, anycompatiblerangetype regtype DEFAULT 'int4range'::regtype, without_warnings boolean DEFAULT false, all_warnings boolean DEFAULT false, use_incomment_options boolean DEFAULT true, incomment_options_usage_warning boolean DEFAULT false) returns SETOF text
    language plpgsql volatile as $$ begin return; end $$;
create function @extschema@.plpgsql_check_function(name text, relid regclass DEFAULT 0, format text DEFAULT 'text'::text, fatal_errors boolean DEFAULT true, other_warnings boolean DEFAULT true, performance_warnings boolean DEFAULT false, extra_warnings boolean DEFAULT true, security_warnings boolean DEFAULT false, compatibility_warnings boolean DEFAULT false, oldtable name DEFAULT NULL::name, newtable name DEFAULT NULL::name, anyelememttype regtype DEFAULT 'integer'::regtype, anyenumtype regtype DEFAULT '-'::regtype, anyrangetype regtype DEFAULT 'int4range'::regtype, anycompatibletype regtype DEFAULT 'integer'::regtype, anycompatiblerangetype regtype DEFAULT 'int4range'::regtype, without_warnings boolean DEFAULT false, all_warnings boolean DEFAULT false, use_incomment_options boolean DEFAULT true, incomment_options_usage_warning boolean DEFAULT false) returns SETOF text
    language plpgsql volatile as $$ begin return; end $$;
create function @extschema@.plpgsql_check_pragma(VARIADIC name text[]) returns integer
    language plpgsql volatile as $$ begin return null; end $$;
create function @extschema@.plpgsql_coverage_branches(funcoid regprocedure) returns double precision
    language plpgsql volatile as $$ begin return null; end $$;
create function @extschema@.plpgsql_coverage_branches(name text) returns double precision
    language plpgsql volatile as $$ begin return null; end $$;
create function @extschema@.plpgsql_coverage_statements(funcoid regprocedure) returns double precision
    language plpgsql volatile as $$ begin return null; end $$;
create function @extschema@.plpgsql_coverage_statements(name text) returns double precision
    language plpgsql volatile as $$ begin return null; end $$;
create function @extschema@.plpgsql_profiler_function_statements_tb(funcoid regprocedure) returns TABLE(stmtid integer, parent_stmtid integer, parent_note text, block_num integer, lineno integer, queryid bigint, exec_stmts bigint, exec_stmts_err bigint, total_time double precision, avg_time double precision, max_time double precision, processed_rows bigint, stmtname text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_function_statements_tb(name text) returns TABLE(stmtid integer, parent_stmtid integer, parent_note text, block_num integer, lineno integer, queryid bigint, exec_stmts bigint, exec_stmts_err bigint, total_time double precision, avg_time double precision, max_time double precision, processed_rows bigint, stmtname text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_function_tb(funcoid regprocedure) returns TABLE(lineno integer, stmt_lineno integer, queryids bigint[], cmds_on_row integer, exec_stmts bigint, exec_stmts_err bigint, total_time double precision, avg_time double precision, max_time double precision[], processed_rows bigint[], source text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_function_tb(name text) returns TABLE(lineno integer, stmt_lineno integer, queryids bigint[], cmds_on_row integer, exec_stmts bigint, exec_stmts_err bigint, total_time double precision, avg_time double precision, max_time double precision[], processed_rows bigint[], source text)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_functions_all() returns TABLE(funcoid regprocedure, exec_count bigint, exec_stmts_err bigint, total_time double precision, avg_time double precision, stddev_time double precision, min_time double precision, max_time double precision)
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_install_fake_queryid_hook() returns void
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_remove_fake_queryid_hook() returns void
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_reset_all() returns void
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_profiler_reset(funcoid regprocedure) returns void
    language plpgsql volatile strict as $$ begin return; end $$;
create function @extschema@.plpgsql_show_dependency_tb(fnname text, relid regclass DEFAULT 0) returns TABLE(type text, oid oid, schema text, name text, params text)
    language plpgsql volatile as $$ begin return; end $$;
create function @extschema@.plpgsql_show_dependency_tb(funcoid regprocedure, relid regclass DEFAULT 0) returns TABLE(type text, oid oid, schema text, name text, params text)
    language plpgsql volatile as $$ begin return; end $$;
reset check_function_bodies;



