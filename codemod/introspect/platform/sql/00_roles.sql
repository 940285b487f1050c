-- The roles of a Supabase project (supabase/postgres: migrations/db/init-scripts and
-- migrations). `postgres` is this cluster's superuser; on Supabase it is not, and
-- supabase_admin is (see the README's "Shadow database" section).

create role supabase_admin superuser createrole createdb replication bypassrls login;
create role anon nologin inherit;
create role authenticated nologin inherit;
create role service_role nologin inherit bypassrls;
create role authenticator login noinherit;
create role dashboard_user nologin createrole createdb replication;
create role pgbouncer login;
create role supabase_auth_admin login noinherit nocreaterole;
create role supabase_storage_admin login noinherit createrole;
create role supabase_functions_admin login noinherit createrole;
create role supabase_realtime_admin nologin noinherit;
create role supabase_replication_admin login replication;
create role supabase_etl_admin login replication bypassrls;
create role supabase_read_only_user login bypassrls;
create role supabase_privileged_role nologin inherit;
-- pgsodium's roles: older projects have them, and vault's grants name one.
create role pgsodium_keyiduser nologin noinherit;
create role pgsodium_keyholder nologin noinherit;
create role pgsodium_keymaker nologin noinherit;
create role pgtle_admin nologin noinherit;

grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role, authenticator to postgres with admin option;
grant authenticator to supabase_storage_admin;
grant pg_read_all_data, pg_monitor to supabase_read_only_user, supabase_etl_admin;
grant pg_monitor, pg_read_all_data, pg_signal_backend to postgres with admin option;
grant supabase_privileged_role to postgres, supabase_etl_admin;
grant supabase_functions_admin to postgres;
grant pgsodium_keyiduser to pgsodium_keyholder;
grant pgsodium_keyholder to pgsodium_keymaker;
grant pgtle_admin to postgres;

-- Migrations run as postgres: unqualified names also resolve in `extensions`.
alter role postgres set search_path = "$user", public, extensions;
alter role supabase_admin set search_path = "$user", public, auth, extensions;
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role supabase_auth_admin set search_path = auth;
alter role supabase_auth_admin set idle_in_transaction_session_timeout = 60000;
alter role supabase_storage_admin set search_path = storage;
alter role supabase_functions_admin set search_path = supabase_functions;
alter role supabase_read_only_user set default_transaction_read_only = on;

grant all on database postgres to dashboard_user;
grant create on database postgres to supabase_storage_admin, supabase_realtime_admin,
    supabase_auth_admin;
