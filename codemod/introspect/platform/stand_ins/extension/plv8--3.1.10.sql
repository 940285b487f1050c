-- Stand-in for plv8 3.1 (extension plv8): schemasync's SQL, written from the extension's
-- documented interface. The language exists so that functions written in it can be
-- created; there is no JavaScript engine here, so their bodies never run.

\echo Use "CREATE EXTENSION plv8" to load this file. \quit

-- The call handler is PL/pgSQL's (the only handler the server ships besides C);
-- no validator is attached, so bodies are not parsed when a function is created.
create function plv8_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';

create function plv8_inline_handler(internal) returns void
    language c strict as '$libdir/plpgsql', 'plpgsql_inline_handler';

create function plv8_call_validator(oid) returns void
    language plpgsql strict as $$ begin end $$;

create trusted language plv8 handler plv8_call_handler;

comment on language plv8 is 'PL/JavaScript (v8) trusted procedural language';

create function plv8_version() returns text
    language sql stable as $$ select '3.1.10'::text $$;

create function plv8_info() returns json
    language sql stable
    as $$ select json_build_array(json_build_object('pid', pg_backend_pid(), 'user', current_user,
        'database', current_database(), 'contexts', json_build_array())) $$;

create function plv8_reset() returns void
    language sql volatile as $$ select $$;
