-- Stand-in for pg_backtrace 1.1 (extension pg_backtrace): schemasync's SQL, written from
-- the extension's documented interface. Loading the backtrace hooks is a no-op here.

\echo Use "CREATE EXTENSION pg_backtrace" to load this file. \quit

create function pg_backtrace_init() returns void
    language sql volatile as $$ select $$;
