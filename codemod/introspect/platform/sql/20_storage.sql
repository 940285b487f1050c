-- storage: what the storage service (supabase/storage, migrations/tenant/) leaves before
-- a project's first migration. Left out on purpose: the `protect_delete` triggers that
-- make a plain `delete from storage.objects` fail unless `storage.allow_delete_query` is
-- set (migration 55): older histories that delete from these tables stay appliable.

set search_path = storage, pg_catalog;

create type buckettype as enum ('STANDARD', 'ANALYTICS', 'VECTOR');

create table migrations (
    id integer primary key,
    name varchar(100) not null unique,
    hash varchar(40) not null,
    executed_at timestamp default current_timestamp
);

create table buckets (
    id text primary key,
    name text not null,
    owner uuid,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    public boolean default false,
    avif_autodetection boolean default false,
    file_size_limit bigint,
    allowed_mime_types text[],
    owner_id text,
    type buckettype not null default 'STANDARD',
    versioning_status text not null default 'DISABLED'
        constraint buckets_versioning_status_check
        check (versioning_status in ('DISABLED', 'ENABLED', 'SUSPENDED')),
    lifecycle_configuration jsonb,
    lifecycle_configuration_generation uuid
);
create unique index bname on buckets (name);
comment on column buckets.owner is 'Field is deprecated, use owner_id instead';

create table objects (
    id uuid primary key default gen_random_uuid(),
    bucket_id text constraint "objects_bucketId_fkey" references buckets (id),
    name text,
    owner uuid,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    last_accessed_at timestamptz default now(),
    metadata jsonb,
    path_tokens text[] generated always as (string_to_array(name, '/')) stored,
    version text,
    owner_id text,
    user_metadata jsonb,
    archived_at timestamptz,
    is_delete_marker boolean not null default false,
    is_versioned boolean not null default false
);
comment on column objects.owner is 'Field is deprecated, use owner_id instead';
create index idx_objects_bucket_id_name on objects (bucket_id, name collate "C");
create index name_prefix_search on objects (name text_pattern_ops);
create unique index idx_objects_current_version on objects (bucket_id, name collate "C")
    where archived_at is null;
create unique index objects_bucket_id_name_version_key
    on objects (bucket_id, name collate "C", version) nulls not distinct;

create table s3_multipart_uploads (
    id text primary key,
    in_progress_size bigint not null default 0,
    upload_signature text not null,
    bucket_id text not null references buckets (id),
    key text collate "C" not null,
    version text not null,
    owner_id text,
    created_at timestamptz not null default now(),
    user_metadata jsonb,
    metadata jsonb
);

create table s3_multipart_uploads_parts (
    id uuid primary key default gen_random_uuid(),
    upload_id text not null references s3_multipart_uploads (id) on delete cascade,
    size bigint not null default 0,
    part_number integer not null,
    bucket_id text not null references buckets (id),
    key text collate "C" not null,
    etag text not null,
    owner_id text,
    version text not null,
    created_at timestamptz not null default now()
);

create table buckets_analytics (
    name text not null,
    type buckettype not null default 'ANALYTICS',
    format text not null default 'ICEBERG',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    id uuid primary key default gen_random_uuid(),
    deleted_at timestamptz
);
create unique index buckets_analytics_unique_name_idx on buckets_analytics (name)
    where deleted_at is null;

create table buckets_vectors (
    id text primary key,
    type buckettype not null default 'VECTOR',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table vector_indexes (
    id text primary key default gen_random_uuid(),
    name text collate "C" not null,
    bucket_id text not null references buckets_vectors (id),
    data_type text not null,
    dimension integer not null,
    distance_metric text not null,
    metadata_configuration jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create unique index vector_indexes_name_bucket_id_idx on vector_indexes (name, bucket_id);

-- The path helpers storage policies use: (storage.foldername(name))[1] = auth.uid()::text
create function foldername(name text) returns text[] language plpgsql immutable as $$
declare
    parts text[] := string_to_array(name, '/');
begin
    return parts[1:cardinality(parts) - 1];
end
$$;

create function filename(name text) returns text language plpgsql immutable as $$
declare
    parts text[] := string_to_array(name, '/');
begin
    return parts[cardinality(parts)];
end
$$;

create function extension(name text) returns text language plpgsql immutable as $$
declare
    last_part text := storage.filename(name);
begin
    return case when position('.' in last_part) > 0
        then reverse(split_part(reverse(last_part), '.', 1)) else '' end;
end
$$;

create function operation() returns text language plpgsql stable as $$
begin
    return current_setting('storage.operation', true);
end
$$;

create function allow_only_operation(expected_operation text) returns boolean
language sql stable as $$
    select coalesce(replace(storage.operation(), 'storage.', ''), '')
        = replace(expected_operation, 'storage.', '')
$$;

create function allow_any_operation(expected_operations text[]) returns boolean
language sql stable as $$
    select coalesce(replace(storage.operation(), 'storage.', ''), '')
        = any (select replace(e, 'storage.', '') from unnest(expected_operations) e)
$$;

create function get_size_by_bucket(
    noncurrent_versions text default 'include', delete_markers text default 'include'
) returns table (size bigint, bucket_id text) language plpgsql stable as $$
begin
    return query
        select sum((o.metadata ->> 'size')::bigint)::bigint, o.bucket_id
        from storage.objects o
        where (noncurrent_versions = 'include' or o.archived_at is null)
            and (delete_markers = 'include' or not o.is_delete_marker)
        group by o.bucket_id;
end
$$;

create function get_common_prefix(p_key text, p_prefix text, p_delimiter text) returns text
language sql immutable as $$
    select case when position(p_delimiter in substring(p_key from length(p_prefix) + 1)) > 0
        then left(p_key, length(p_prefix)
            + position(p_delimiter in substring(p_key from length(p_prefix) + 1)))
    end
$$;

create function search(
    prefix text, bucketname text, limits integer default 100, levels integer default 1,
    offsets integer default 0, search text default '', sortcolumn text default 'name',
    sortorder text default 'asc', noncurrent_versions text default 'exclude',
    delete_markers text default 'exclude'
) returns table (
    name text, id uuid, updated_at timestamptz, created_at timestamptz,
    last_accessed_at timestamptz, metadata jsonb, version text, archived_at timestamptz,
    is_delete_marker boolean, is_versioned boolean
) language plpgsql stable as $$
begin
    return query
        select o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata,
            o.version, o.archived_at, o.is_delete_marker, o.is_versioned
        from storage.objects o
        where o.bucket_id = bucketname and o.name ilike prefix || search || '%'
        order by o.name
        limit limits offset offsets;
end
$$;

create function search_v2(
    prefix text, bucket_name text, limits integer default 100, levels integer default 1,
    start_after text default '', sort_order text default 'asc', sort_column text default 'name',
    sort_column_after text default '', noncurrent_versions text default 'exclude',
    delete_markers text default 'exclude', start_after_archived_at timestamptz default null,
    start_after_version text default '', start_after_is_continuation boolean default false
) returns table (
    key text, name text, id uuid, updated_at timestamptz, created_at timestamptz,
    last_accessed_at timestamptz, metadata jsonb, version text, archived_at timestamptz,
    is_delete_marker boolean, is_versioned boolean
) language plpgsql stable as $$
begin
    return query
        select o.name, o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at,
            o.metadata, o.version, o.archived_at, o.is_delete_marker, o.is_versioned
        from storage.objects o
        where o.bucket_id = bucket_name and o.name like prefix || '%' and o.name > start_after
        order by o.name
        limit limits;
end
$$;

create function list_objects_with_delimiter(
    _bucket_id text, prefix_param text, delimiter_param text, max_keys integer default 100,
    start_after text default '', next_token text default '', sort_order text default 'asc',
    noncurrent_versions text default 'exclude', delete_markers text default 'exclude',
    next_token_archived_at timestamptz default null, next_token_version text default ''
) returns table (
    name text, id uuid, metadata jsonb, updated_at timestamptz, created_at timestamptz,
    last_accessed_at timestamptz, version text, archived_at timestamptz,
    is_delete_marker boolean, is_versioned boolean
) language plpgsql stable as $$
begin
    return query
        select o.name, o.id, o.metadata, o.updated_at, o.created_at, o.last_accessed_at,
            o.version, o.archived_at, o.is_delete_marker, o.is_versioned
        from storage.objects o
        where o.bucket_id = _bucket_id and o.name like prefix_param || '%'
            and o.name > start_after
        order by o.name
        limit max_keys;
end
$$;

create function list_multipart_uploads_with_delimiter(
    bucket_id text, prefix_param text, delimiter_param text, max_keys integer default 100,
    next_key_token text default '', next_upload_token text default '',
    raw_prefix_param text default null
) returns table (key text, id text, created_at timestamptz) language sql stable as $$
    select u.key, u.id, u.created_at
    from storage.s3_multipart_uploads u
    where u.bucket_id = $1 and u.key like prefix_param || '%'
    order by u.key, u.created_at
    limit max_keys
$$;

-- Rolls its own insert back: asks the policies whether the caller may insert.
create function can_insert_object(bucketid text, name text, owner uuid, metadata jsonb)
returns void language plpgsql as $$
begin
    insert into storage.objects (bucket_id, name, owner, metadata)
    values (bucketid, name, owner, metadata);
    raise sqlstate 'PT200' using message = 'ROLLBACK',
        detail = 'rollback successful insert';
end
$$;

create function update_updated_at_column() returns trigger language plpgsql as $$
begin
    new.updated_at = now();
    return new;
end
$$;

create function enforce_bucket_name_length() returns trigger language plpgsql as $$
begin
    if length(new.name) > 100 then
        raise exception 'bucket name "%" is too long (% characters). Max is 100.',
            new.name, length(new.name);
    end if;
    return new;
end
$$;

create trigger update_objects_updated_at before update on objects
    for each row execute function update_updated_at_column();
create trigger enforce_bucket_name_length_trigger before insert or update of name on buckets
    for each row execute function enforce_bucket_name_length();

do $platform$
declare
    t record;
begin
    for t in select c.relname from pg_class c
             where c.relnamespace = 'storage'::regnamespace and c.relkind = 'r' loop
        execute format('alter table storage.%I owner to supabase_storage_admin', t.relname);
        execute format('alter table storage.%I enable row level security', t.relname);
    end loop;
    for t in select p.oid::regprocedure as signature from pg_proc p
             where p.pronamespace = 'storage'::regnamespace loop
        execute format('alter function %s owner to supabase_storage_admin', t.signature);
    end loop;
end
$platform$;
alter type buckettype owner to supabase_storage_admin;

grant usage on schema storage to postgres with grant option;
grant usage on schema storage to anon, authenticated, service_role;
grant all on schema storage to supabase_storage_admin, dashboard_user;
grant all on buckets, objects to anon, authenticated, service_role;
grant all on buckets, objects to postgres with grant option;
grant all on s3_multipart_uploads, s3_multipart_uploads_parts to service_role;
grant select on s3_multipart_uploads, s3_multipart_uploads_parts to authenticated, anon;
grant all on buckets_analytics, buckets_vectors, vector_indexes to service_role;
grant select on buckets_analytics, buckets_vectors, vector_indexes to authenticated, anon;
alter default privileges for role supabase_storage_admin in schema storage
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_storage_admin in schema storage
    grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_storage_admin in schema storage
    grant all on functions to postgres, anon, authenticated, service_role;

reset search_path;
