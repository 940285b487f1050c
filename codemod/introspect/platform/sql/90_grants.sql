-- Grants and default privileges on public and extensions. Since 2026-10-30 every project
-- has the Data API's "default privileges for new entities" off: objects postgres makes
-- in public are not readable or writable by anon, authenticated and service_role until
-- a migration grants it.

grant usage on schema public to postgres, anon, authenticated, service_role;
grant usage on schema extensions to anon, authenticated, service_role;
grant all on schema extensions to dashboard_user;

alter default privileges for role postgres in schema public
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
    grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
    grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    revoke select, insert, update, delete on tables from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    revoke usage, select on sequences from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    revoke execute on functions from anon, authenticated, service_role;

alter default privileges for role supabase_admin in schema extensions
    grant all on tables to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions
    grant all on sequences to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions
    grant all on functions to postgres with grant option;
alter default privileges for role supabase_admin in schema graphql_public
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema graphql_public
    grant all on functions to postgres, anon, authenticated, service_role;

grant execute on function pg_catalog.pg_reload_conf() to postgres;

do $platform$
begin
    if to_regclass('vault.secrets') is not null then
        grant usage on schema vault to postgres with grant option;
        grant usage on schema vault to service_role;
        grant select, delete on vault.secrets, vault.decrypted_secrets to postgres
            with grant option;
        grant select, delete on vault.secrets, vault.decrypted_secrets to service_role;
    end if;
end
$platform$;
