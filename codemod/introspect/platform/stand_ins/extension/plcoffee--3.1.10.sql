-- Stand-in for plcoffee 3.1 (extension plcoffee): schemasync's SQL, written from the extension's
-- documented interface. The language exists so that functions written in it can be
-- created; there is no JavaScript engine here, so their bodies never run.

\echo Use "CREATE EXTENSION plcoffee" to load this file. \quit

-- The call handler is PL/pgSQL's (the only handler the server ships besides C);
-- no validator is attached, so bodies are not parsed when a function is created.
create function plcoffee_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';

create function plcoffee_inline_handler(internal) returns void
    language c strict as '$libdir/plpgsql', 'plpgsql_inline_handler';

create function plcoffee_call_validator(oid) returns void
    language plpgsql strict as $$ begin end $$;

create trusted language plcoffee handler plcoffee_call_handler;

comment on language plcoffee is 'PL/CoffeeScript (v8) trusted procedural language';
