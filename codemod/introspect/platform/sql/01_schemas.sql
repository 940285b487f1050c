-- The platform's schemas. vault comes with supabase_vault (02_extensions.sql); net,
-- cron, graphql, pgsodium and pgmq only with their extensions.

create schema extensions;
create schema auth authorization supabase_admin;
create schema storage authorization supabase_admin;
create schema realtime authorization supabase_admin;
create schema graphql_public authorization supabase_admin;
create schema pgbouncer authorization pgbouncer;
-- Where pg_graphql and pgsodium go. Projects made before these extensions were off by
-- default had them, and their `supabase db dump` baselines say `create extension ...
-- with schema graphql`, which needs the schema to exist.
create schema graphql authorization supabase_admin;
create schema pgsodium authorization supabase_admin;
-- Database webhooks; the Supabase CLI's local database has it from the start.
create schema supabase_functions authorization supabase_admin;

comment on schema public is 'standard public schema';
