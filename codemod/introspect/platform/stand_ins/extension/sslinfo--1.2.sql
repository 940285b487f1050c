-- Stand-in for sslinfo (1.2) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface and answered from pg_stat_ssl for the current
-- connection (the shadow database is reached over a local socket, so without SSL).

create function ssl_is_used() returns boolean
language sql volatile strict
as $$ select coalesce((select ssl from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid()), false) $$;

create function ssl_version() returns text
language sql volatile strict
as $$ select version from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid() and ssl $$;

create function ssl_cipher() returns text
language sql volatile strict
as $$ select cipher from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid() and ssl $$;

create function ssl_client_cert_present() returns boolean
language sql volatile strict
as $$
    select coalesce((select client_dn is not null from pg_catalog.pg_stat_ssl
                     where pid = pg_catalog.pg_backend_pid() and ssl), false)
$$;

create function ssl_client_serial() returns numeric
language sql volatile strict
as $$ select client_serial from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid() and ssl $$;

create function ssl_client_dn() returns text
language sql volatile strict
as $$ select client_dn from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid() and ssl $$;

create function ssl_issuer_dn() returns text
language sql volatile strict
as $$ select issuer_dn from pg_catalog.pg_stat_ssl where pid = pg_catalog.pg_backend_pid() and ssl $$;

create function ssl_client_dn_field(text) returns text
language sql volatile strict
as $$ select null::text $$;

create function ssl_issuer_field(text) returns text
language sql volatile strict
as $$ select null::text $$;

create function ssl_extension_info(out name text, out value text, out critical boolean)
returns setof record
language sql volatile strict
as $$ select null::text, null::text, null::boolean where false $$;
