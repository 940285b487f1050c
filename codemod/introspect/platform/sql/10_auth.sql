-- auth: what the auth service (supabase/auth, migrations/) leaves before a project's
-- first migration. Tables, keys and functions as of the platform version; most plain
-- indexes are left out, the constraints that `on conflict` and foreign keys need stay.

set search_path = auth, pg_catalog;

create type aal_level as enum ('aal1', 'aal2', 'aal3');
create type code_challenge_method as enum ('s256', 'plain');
create type factor_status as enum ('unverified', 'verified');
create type factor_type as enum ('totp', 'webauthn', 'phone', 'recovery_code');
create type one_time_token_type as enum (
    'confirmation_token', 'reauthentication_token', 'recovery_token',
    'email_change_token_new', 'email_change_token_current', 'phone_change_token'
);
create type oauth_registration_type as enum ('dynamic', 'manual');
create type oauth_authorization_status as enum ('pending', 'approved', 'denied', 'expired');
create type oauth_response_type as enum ('code');
create type oauth_client_type as enum ('public', 'confidential');

create table instances (
    id uuid primary key,
    uuid uuid,
    raw_base_config text,
    created_at timestamptz,
    updated_at timestamptz
);

create table users (
    instance_id uuid,
    id uuid primary key,
    aud varchar(255),
    role varchar(255),
    email varchar(255),
    encrypted_password varchar(255),
    email_confirmed_at timestamptz,
    invited_at timestamptz,
    confirmation_token varchar(255),
    confirmation_sent_at timestamptz,
    recovery_token varchar(255),
    recovery_sent_at timestamptz,
    email_change_token_new varchar(255),
    email_change varchar(255),
    email_change_sent_at timestamptz,
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    is_super_admin boolean,
    created_at timestamptz,
    updated_at timestamptz,
    phone text unique default null::character varying,
    phone_confirmed_at timestamptz,
    phone_change text default ''::character varying,
    phone_change_token varchar(255) default ''::character varying,
    phone_change_sent_at timestamptz,
    confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
    email_change_token_current varchar(255) default ''::character varying,
    email_change_confirm_status smallint default 0
        constraint users_email_change_confirm_status_check
        check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2),
    banned_until timestamptz,
    reauthentication_token varchar(255) default ''::character varying,
    reauthentication_sent_at timestamptz,
    is_sso_user boolean not null default false,
    deleted_at timestamptz,
    is_anonymous boolean not null default false
);
comment on table users is 'Auth: Stores user login data within a secure schema.';
create unique index users_email_partial_key on users (email) where is_sso_user = false;
create index users_instance_id_idx on users (instance_id);

create table audit_log_entries (
    instance_id uuid,
    id uuid primary key,
    payload json,
    created_at timestamptz,
    ip_address varchar(64) not null default ''::character varying
);

create table schema_migrations (version varchar(255) primary key);

create table identities (
    provider_id text not null,
    user_id uuid not null references users (id) on delete cascade,
    identity_data jsonb not null,
    provider text not null,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    email text generated always as (lower(identity_data ->> 'email')) stored,
    id uuid primary key default gen_random_uuid(),
    constraint identities_provider_id_provider_unique unique (provider_id, provider)
);

create table oauth_clients (
    id uuid primary key,
    client_secret_hash text,
    registration_type oauth_registration_type not null,
    redirect_uris text not null,
    grant_types text not null,
    client_name text constraint oauth_clients_client_name_length check (char_length(client_name) <= 1024),
    client_uri text constraint oauth_clients_client_uri_length check (char_length(client_uri) <= 2048),
    logo_uri text constraint oauth_clients_logo_uri_length check (char_length(logo_uri) <= 2048),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    client_type oauth_client_type not null default 'confidential',
    token_endpoint_auth_method text not null check (
        token_endpoint_auth_method in ('client_secret_basic', 'client_secret_post', 'none')
    )
);

create table sessions (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz,
    updated_at timestamptz,
    factor_id uuid,
    aal aal_level,
    not_after timestamptz,
    refreshed_at timestamp,
    user_agent text,
    ip inet,
    tag text,
    oauth_client_id uuid references oauth_clients (id) on delete cascade,
    refresh_token_hmac_key text,
    refresh_token_counter bigint,
    scopes text constraint sessions_scopes_length check (char_length(scopes) <= 4096)
);

create table refresh_tokens (
    instance_id uuid,
    id bigserial primary key,
    token varchar(255) constraint refresh_tokens_token_unique unique,
    user_id varchar(255),
    revoked boolean,
    created_at timestamptz,
    updated_at timestamptz,
    parent varchar(255),
    session_id uuid references sessions (id) on delete cascade
);
comment on table refresh_tokens is
    'Auth: Store of tokens used to refresh JWT tokens once they expire.';

create table mfa_factors (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    friendly_name text,
    factor_type factor_type not null,
    status factor_status not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    secret text,
    phone text,
    last_challenged_at timestamptz unique,
    web_authn_credential jsonb,
    web_authn_aaguid uuid,
    last_webauthn_challenge_data jsonb
);

create table mfa_challenges (
    id uuid primary key,
    factor_id uuid not null
        constraint mfa_challenges_auth_factor_id_fkey references mfa_factors (id) on delete cascade,
    created_at timestamptz not null,
    verified_at timestamptz,
    ip_address inet not null,
    otp_code text,
    web_authn_session_data jsonb
);

create table mfa_amr_claims (
    session_id uuid not null references sessions (id) on delete cascade,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    authentication_method text not null,
    id uuid not null constraint amr_id_pk primary key,
    constraint mfa_amr_claims_session_id_authentication_method_pkey
        unique (session_id, authentication_method)
);

create table sso_providers (
    id uuid primary key,
    resource_id text constraint "resource_id not empty"
        check (resource_id = null or char_length(resource_id) > 0),
    created_at timestamptz,
    updated_at timestamptz,
    disabled boolean
);

create table sso_domains (
    id uuid primary key,
    sso_provider_id uuid not null references sso_providers (id) on delete cascade,
    domain text not null constraint "domain not empty" check (char_length(domain) > 0),
    created_at timestamptz,
    updated_at timestamptz
);

create table saml_providers (
    id uuid primary key,
    sso_provider_id uuid not null references sso_providers (id) on delete cascade,
    entity_id text not null unique constraint "entity_id not empty" check (char_length(entity_id) > 0),
    metadata_xml text not null
        constraint "metadata_xml not empty" check (char_length(metadata_xml) > 0),
    metadata_url text
        constraint "metadata_url not empty" check (metadata_url = null or char_length(metadata_url) > 0),
    attribute_mapping jsonb,
    created_at timestamptz,
    updated_at timestamptz,
    name_id_format text
);

create table flow_state (
    id uuid primary key,
    user_id uuid,
    auth_code text,
    code_challenge_method code_challenge_method,
    code_challenge text,
    provider_type text not null,
    provider_access_token text,
    provider_refresh_token text,
    created_at timestamptz,
    updated_at timestamptz,
    authentication_method text not null,
    auth_code_issued_at timestamptz,
    invite_token text,
    referrer text,
    oauth_client_state_id uuid,
    linking_target_id uuid,
    email_optional boolean not null default false
);
comment on table flow_state is 'Stores metadata for all OAuth/SSO login flows';

create table saml_relay_states (
    id uuid primary key,
    sso_provider_id uuid not null references sso_providers (id) on delete cascade,
    request_id text not null constraint "request_id not empty" check (char_length(request_id) > 0),
    for_email text,
    redirect_to text,
    created_at timestamptz,
    updated_at timestamptz,
    flow_state_id uuid references flow_state (id) on delete cascade
);

create table one_time_tokens (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    token_type one_time_token_type not null,
    token_hash text not null check (char_length(token_hash) > 0),
    relates_to text not null,
    created_at timestamp not null default now(),
    updated_at timestamp not null default now(),
    expires_at timestamptz,
    unique (user_id, token_type)
);

create table oauth_authorizations (
    id uuid primary key,
    authorization_id text not null unique,
    client_id uuid not null references oauth_clients (id) on delete cascade,
    user_id uuid references users (id) on delete cascade,
    redirect_uri text not null,
    scope text not null,
    state text,
    resource text,
    code_challenge text,
    code_challenge_method code_challenge_method,
    response_type oauth_response_type not null default 'code',
    status oauth_authorization_status not null default 'pending',
    authorization_code text unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null default (now() + '00:03:00'::interval),
    approved_at timestamptz,
    nonce text,
    constraint oauth_authorizations_expires_at_future check (expires_at > created_at)
);

create table oauth_consents (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    client_id uuid not null references oauth_clients (id) on delete cascade,
    scopes text not null constraint oauth_consents_scopes_not_empty
        check (char_length(trim(scopes)) > 0),
    granted_at timestamptz not null default now(),
    revoked_at timestamptz,
    constraint oauth_consents_user_client_unique unique (user_id, client_id)
);

create table oauth_client_states (
    id uuid primary key,
    provider_type text not null,
    code_verifier text,
    created_at timestamptz not null
);

create table custom_oauth_providers (
    id uuid primary key default gen_random_uuid(),
    provider_type text not null check (provider_type in ('oauth2', 'oidc')),
    identifier text not null unique,
    name text not null,
    client_id text not null,
    client_secret text not null,
    acceptable_client_ids text[] not null default '{}',
    scopes text[] not null default '{}',
    pkce_enabled boolean not null default true,
    attribute_mapping jsonb not null default '{}',
    authorization_params jsonb not null default '{}',
    enabled boolean not null default true,
    email_optional boolean not null default false,
    issuer text,
    discovery_url text,
    skip_nonce_check boolean not null default false,
    cached_discovery jsonb,
    discovery_cached_at timestamptz,
    authorization_url text,
    token_url text,
    userinfo_url text,
    jwks_uri text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    custom_claims_allowlist text[] not null default '{}'
);

create table webauthn_credentials (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users (id) on delete cascade,
    credential_id bytea not null,
    public_key bytea not null,
    attestation_type text not null default '',
    aaguid uuid,
    sign_count bigint not null default 0,
    transports jsonb not null default '[]',
    backup_eligible boolean not null default false,
    backed_up boolean not null default false,
    friendly_name text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    last_used_at timestamptz
);
create unique index webauthn_credentials_credential_id_key on webauthn_credentials (credential_id);

create table webauthn_challenges (
    id uuid primary key default gen_random_uuid(),
    user_id uuid references users (id) on delete cascade,
    challenge_type text not null
        check (challenge_type in ('signup', 'registration', 'authentication')),
    session_data jsonb not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);

create table scim_users (
    id uuid primary key,
    sso_provider_id uuid not null references sso_providers (id) on delete cascade,
    user_id uuid references users (id) on delete set null,
    resource jsonb not null,
    user_name text not null generated always as (lower(resource ->> 'userName')) stored,
    external_id text generated always as (resource ->> 'externalId') stored,
    active boolean not null
        generated always as (coalesce((resource ->> 'active')::boolean, true)) stored,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create table scim_tokens (
    id uuid primary key,
    sso_provider_id uuid not null references sso_providers (id) on delete cascade,
    token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
    prefix text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz,
    revoked_at timestamptz,
    last_used_at timestamptz
);
create unique index scim_tokens_token_hash_key on scim_tokens (token_hash);

create table mfa_recovery_code_sets (
    id uuid primary key,
    user_id uuid not null unique references users (id) on delete cascade,
    mfa_factor_id uuid not null unique references mfa_factors (id) on delete cascade,
    failed_verification_count integer not null default 0 check (failed_verification_count >= 0),
    verification_locked_until timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table mfa_recovery_codes (
    id uuid primary key,
    mfa_recovery_code_set_id uuid not null
        references mfa_recovery_code_sets (id) on delete cascade,
    code_hash text not null,
    consumed_at timestamptz,
    created_at timestamptz not null default now()
);

-- The claims of the request's JWT, as PostgREST sets them.
create function jwt() returns jsonb language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
$$;

create function uid() returns uuid language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
    )::uuid
$$;
comment on function uid() is 'Deprecated. Use auth.jwt() -> ''sub'' instead.';

create function role() returns text language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
    )::text
$$;
comment on function role() is 'Deprecated. Use auth.jwt() -> ''role'' instead.';

create function email() returns text language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.email', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
    )::text
$$;
comment on function email() is 'Deprecated. Use auth.jwt() -> ''email'' instead.';

do $platform$
declare
    t record;
begin
    for t in select c.relname from pg_class c
             where c.relnamespace = 'auth'::regnamespace and c.relkind = 'r' loop
        execute format('alter table auth.%I owner to supabase_auth_admin', t.relname);
        execute format('alter table auth.%I enable row level security', t.relname);
    end loop;
end
$platform$;
alter function jwt() owner to supabase_auth_admin;
alter function uid() owner to supabase_auth_admin;
alter function role() owner to supabase_auth_admin;
alter function email() owner to supabase_auth_admin;
alter schema auth owner to supabase_admin;

grant usage on schema auth to anon, authenticated, service_role, postgres;
grant all on schema auth to supabase_auth_admin, dashboard_user;
grant all on all tables in schema auth to postgres, dashboard_user, supabase_auth_admin;
grant all on all sequences in schema auth to postgres, dashboard_user, supabase_auth_admin;
grant execute on all functions in schema auth to postgres, dashboard_user, anon, authenticated,
    service_role;
revoke all on auth.schema_migrations from postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
    grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
    grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
    grant all on functions to postgres, dashboard_user;

reset search_path;
