-- Stand-in for TimescaleDB 2.16 (extension timescaledb): schemasync's SQL, written from
-- TimescaleDB's documented API, so that migrations which create hypertables, policies
-- and time buckets apply in a shadow database. Hypertables stay ordinary tables (no
-- chunks); policies and jobs are not run.

\echo Use "CREATE EXTENSION timescaledb" to load this file. \quit

create schema _timescaledb_catalog;
create schema _timescaledb_internal;
create schema _timescaledb_functions;
create schema _timescaledb_config;
create schema _timescaledb_cache;
create schema _timescaledb_debug;
create schema timescaledb_information;
create schema timescaledb_experimental;
grant usage on schema _timescaledb_catalog, _timescaledb_internal, _timescaledb_functions, _timescaledb_config,
    _timescaledb_cache, _timescaledb_debug, timescaledb_information, timescaledb_experimental to public;

-- a dimension, as by_range() and by_hash() describe it (text underneath)
create type _timescaledb_internal.dimension_info;
create function _timescaledb_functions.dimension_info_in(cstring) returns _timescaledb_internal.dimension_info
    language internal immutable strict parallel safe as 'textin';
create function _timescaledb_functions.dimension_info_out(_timescaledb_internal.dimension_info) returns cstring
    language internal immutable strict parallel safe as 'textout';
create type _timescaledb_internal.dimension_info (
    input = _timescaledb_functions.dimension_info_in, output = _timescaledb_functions.dimension_info_out,
    internallength = variable);

create function _timescaledb_functions.calculate_chunk_interval(dimension_id integer, dimension_coord bigint, chunk_target_size bigint)
    returns bigint language sql stable as $$ select 604800000000::bigint $$;

-- the catalogue: what create_hypertable() and the policies record
create table _timescaledb_catalog.hypertable (
    id serial primary key,
    schema_name name not null,
    table_name name not null,
    associated_schema_name name not null,
    associated_table_prefix name not null,
    num_dimensions smallint not null,
    chunk_sizing_func_schema name not null,
    chunk_sizing_func_name name not null,
    chunk_target_size bigint not null default 0,
    compression_state smallint not null default 0,
    compressed_hypertable_id integer,
    status integer not null default 0,
    unique (schema_name, table_name)
);

create table _timescaledb_catalog.dimension (
    id serial primary key,
    hypertable_id integer not null references _timescaledb_catalog.hypertable (id) on delete cascade,
    column_name name not null,
    column_type regtype not null,
    aligned boolean not null,
    num_slices smallint,
    partitioning_func_schema name,
    partitioning_func name,
    interval_length bigint,
    compress_interval_length bigint,
    integer_now_func_schema name,
    integer_now_func name,
    unique (hypertable_id, column_name)
);

create table _timescaledb_config.bgw_job (
    id serial primary key,
    application_name name not null,
    schedule_interval interval not null,
    max_runtime interval not null,
    max_retries integer not null,
    retry_period interval not null,
    proc_schema name not null,
    proc_name name not null,
    owner regrole not null default current_role::regrole,
    scheduled boolean not null default true,
    fixed_schedule boolean not null default true,
    initial_start timestamptz,
    hypertable_id integer references _timescaledb_catalog.hypertable (id) on delete cascade,
    config jsonb,
    check_schema name,
    check_name name,
    timezone text
);

select pg_catalog.pg_extension_config_dump('_timescaledb_catalog.hypertable', '');
select pg_catalog.pg_extension_config_dump('_timescaledb_catalog.dimension', '');
select pg_catalog.pg_extension_config_dump('_timescaledb_config.bgw_job', '');

create view timescaledb_information.hypertables as
select h.schema_name::name as hypertable_schema, h.table_name::name as hypertable_name,
       pg_catalog.pg_get_userbyid(c.relowner)::name as owner, h.num_dimensions,
       0::bigint as num_chunks, h.compression_state = 1 as compression_enabled,
       null::name[] as tablespaces
from _timescaledb_catalog.hypertable h
join pg_catalog.pg_class c on c.relname = h.table_name and c.relnamespace = h.schema_name::regnamespace;

create view timescaledb_information.dimensions as
select h.schema_name as hypertable_schema, h.table_name as hypertable_name,
       row_number() over (partition by h.id order by d.id) as dimension_number,
       d.column_name, d.column_type,
       case when d.num_slices is null then 'Time' else 'Space' end as dimension_type,
       case when d.column_type in ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype)
            then make_interval(secs => d.interval_length / 1000000.0) end as time_interval,
       case when d.column_type not in ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype)
            then d.interval_length end as integer_interval,
       d.integer_now_func, d.num_slices as num_partitions
from _timescaledb_catalog.dimension d join _timescaledb_catalog.hypertable h on h.id = d.hypertable_id;

create view timescaledb_information.jobs as
select j.id as job_id, j.application_name, j.schedule_interval, j.max_runtime, j.max_retries, j.retry_period,
       j.proc_schema, j.proc_name, j.owner, j.scheduled, j.fixed_schedule, j.config,
       null::timestamptz as next_start, j.initial_start,
       h.schema_name as hypertable_schema, h.table_name as hypertable_name, j.check_schema, j.check_name
from _timescaledb_config.bgw_job j left join _timescaledb_catalog.hypertable h on h.id = j.hypertable_id;

create view timescaledb_information.chunks as
select null::name as hypertable_schema, null::name as hypertable_name, null::name as chunk_schema,
       null::name as chunk_name, null::name as primary_dimension, null::regtype as primary_dimension_type,
       null::timestamptz as range_start, null::timestamptz as range_end, null::bigint as range_start_integer,
       null::bigint as range_end_integer, null::boolean as is_compressed, null::name as chunk_tablespace,
       null::timestamptz as chunk_creation_time
where false;

create view timescaledb_information.continuous_aggregates as
select null::name as hypertable_schema, null::name as hypertable_name, null::name as view_schema,
       null::name as view_name, null::name as view_owner, null::boolean as materialized_only,
       null::boolean as compression_enabled, null::name as materialization_hypertable_schema,
       null::name as materialization_hypertable_name, null::text as view_definition, null::boolean as finalized
where false;

create view timescaledb_information.compression_settings as
select null::name as hypertable_schema, null::name as hypertable_name, null::name as attname,
       null::smallint as segmentby_column_index, null::smallint as orderby_column_index,
       null::boolean as orderby_asc, null::boolean as orderby_nullsfirst
where false;

create view timescaledb_information.job_stats as
select null::name as hypertable_schema, null::name as hypertable_name, null::integer as job_id,
       null::timestamptz as last_run_started_at, null::timestamptz as last_successful_finish,
       null::text as last_run_status, null::text as job_status, null::interval as last_run_duration,
       null::timestamptz as next_start, null::bigint as total_runs, null::bigint as total_successes,
       null::bigint as total_failures
where false;

grant select on all tables in schema timescaledb_information to public;
grant select on all tables in schema _timescaledb_catalog, _timescaledb_config to public;

-- ---------------------------------------------------------------------------
-- hypertables
-- ---------------------------------------------------------------------------

-- microseconds of an interval, or the number itself for integer time columns
create function _timescaledb_functions.interval_to_internal(val anyelement, column_type regtype default 'timestamptz'::regtype)
    returns bigint
    language plpgsql immutable as $$
begin
    if val is null then
        return case when column_type in ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype)
            then 604800000000 else 100000 end;  -- 7 days, or 100000 units
    elsif pg_typeof(val) = 'interval'::regtype then
        return (extract(epoch from val::text::interval) * 1000000)::bigint;
    end if;
    return val::text::bigint;
end $$;

create function create_hypertable(relation regclass, time_column_name name, partitioning_column name DEFAULT NULL::name,
        number_partitions integer DEFAULT NULL::integer, associated_schema_name name DEFAULT NULL::name,
        associated_table_prefix name DEFAULT NULL::name, chunk_time_interval anyelement DEFAULT NULL::bigint,
        create_default_indexes boolean DEFAULT true, if_not_exists boolean DEFAULT false,
        partitioning_func regproc DEFAULT NULL::regproc, migrate_data boolean DEFAULT false,
        chunk_target_size text DEFAULT NULL::text,
        chunk_sizing_func regproc DEFAULT '_timescaledb_functions.calculate_chunk_interval'::regproc,
        time_partitioning_func regproc DEFAULT NULL::regproc)
    returns TABLE(hypertable_id integer, schema_name name, table_name name, created boolean)
    language plpgsql volatile as $$
declare
    sch name;
    tab name;
    col pg_attribute;
    hid integer;
begin
    select n.nspname, c.relname into sch, tab
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = relation;
    select a.* into col from pg_attribute a
     where a.attrelid = relation and a.attname = time_column_name and not a.attisdropped;
    if col.attname is null then
        raise exception 'column "%" does not exist', time_column_name using errcode = '42703';
    end if;
    select h.id into hid from _timescaledb_catalog.hypertable h where h.schema_name = sch and h.table_name = tab;
    if hid is not null then
        if if_not_exists then
            raise notice 'table "%" is already a hypertable, skipping', tab;
            return query select hid, sch, tab, false;
            return;
        end if;
        raise exception 'table "%" is already a hypertable', tab using errcode = 'TS110';
    end if;
    if col.atttypid not in ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype,
                            'smallint'::regtype, 'integer'::regtype, 'bigint'::regtype) then
        raise exception 'invalid type for dimension "%"', time_column_name
            using hint = 'Use an integer, timestamp, or date type.';
    end if;
    if not col.attnotnull then  -- the time column becomes NOT NULL, as in TimescaleDB
        execute format('alter table %s alter column %I set not null', relation, time_column_name);
    end if;
    insert into _timescaledb_catalog.hypertable (schema_name, table_name, associated_schema_name,
            associated_table_prefix, num_dimensions, chunk_sizing_func_schema, chunk_sizing_func_name)
        values (sch, tab, coalesce(associated_schema_name, '_timescaledb_internal'),
                coalesce(associated_table_prefix, '_hyper'),
                case when partitioning_column is null then 1 else 2 end, '_timescaledb_functions', 'calculate_chunk_interval')
        returning id into hid;
    insert into _timescaledb_catalog.dimension (hypertable_id, column_name, column_type, aligned, interval_length)
        values (hid, time_column_name, col.atttypid, true,
                _timescaledb_functions.interval_to_internal(chunk_time_interval, col.atttypid::regtype));
    if partitioning_column is not null then
        insert into _timescaledb_catalog.dimension (hypertable_id, column_name, column_type, aligned, num_slices)
            select hid, partitioning_column, a.atttypid, false, coalesce(number_partitions, 1)::smallint
            from pg_attribute a where a.attrelid = relation and a.attname = partitioning_column;
    end if;
    -- TimescaleDB's default index: the time column, descending
    if create_default_indexes and not exists (
            select from pg_index i where i.indrelid = relation and i.indkey[0] = col.attnum) then
        execute format('create index %I on %s (%I desc)', tab || '_' || time_column_name || '_idx', relation, time_column_name);
    end if;
    return query select hid, sch, tab, true;
end $$;

create function by_range(column_name name, partition_interval anyelement DEFAULT NULL::bigint,
        partition_func regproc DEFAULT NULL::regproc)
    returns _timescaledb_internal.dimension_info
    language sql immutable
    as $$ select jsonb_build_object('type', 'range', 'column', column_name,
        'interval', partition_interval::text, 'func', partition_func::text)::text::_timescaledb_internal.dimension_info $$;

create function by_hash(column_name name, number_partitions integer, partition_func regproc DEFAULT NULL::regproc)
    returns _timescaledb_internal.dimension_info
    language sql immutable
    as $$ select jsonb_build_object('type', 'hash', 'column', column_name, 'partitions', number_partitions,
        'func', partition_func::text)::text::_timescaledb_internal.dimension_info $$;

create function create_hypertable(relation regclass, dimension _timescaledb_internal.dimension_info,
        create_default_indexes boolean DEFAULT true, if_not_exists boolean DEFAULT false, migrate_data boolean DEFAULT false)
    returns TABLE(hypertable_id integer, created boolean)
    language plpgsql volatile as $$
declare
    d jsonb := textin(_timescaledb_functions.dimension_info_out(dimension))::jsonb;
    r record;
begin
    if d ->> 'type' <> 'range' then
        raise exception 'the first dimension of a hypertable must be a range dimension';
    end if;
    if d ->> 'interval' is null or d ->> 'interval' ~ '^-?[0-9]+$' then
        select * into r from create_hypertable(relation, (d ->> 'column')::name,
            chunk_time_interval => (d ->> 'interval')::bigint,
            create_default_indexes => create_default_indexes, if_not_exists => if_not_exists, migrate_data => migrate_data);
    else
        select * into r from create_hypertable(relation, (d ->> 'column')::name,
            chunk_time_interval => (d ->> 'interval')::interval,
            create_default_indexes => create_default_indexes, if_not_exists => if_not_exists, migrate_data => migrate_data);
    end if;
    return query select r.hypertable_id, r.created;
end $$;

create function add_dimension(hypertable regclass, column_name name, number_partitions integer DEFAULT NULL::integer,
        chunk_time_interval anyelement DEFAULT NULL::bigint, partitioning_func regproc DEFAULT NULL::regproc,
        if_not_exists boolean DEFAULT false)
    returns TABLE(dimension_id integer, schema_name name, table_name name, column_name name, created boolean)
    language sql volatile as $$
    with h as (
        select x.id, x.schema_name, x.table_name from _timescaledb_catalog.hypertable x
        where format('%I.%I', x.schema_name, x.table_name)::regclass = $1),
    ins as (
        insert into _timescaledb_catalog.dimension (hypertable_id, column_name, column_type, aligned, num_slices, interval_length)
        select h.id, $2, a.atttypid, $3 is null, $3::smallint,
               case when $3 is null then _timescaledb_functions.interval_to_internal($4, a.atttypid::regtype) end
        from h, pg_attribute a where a.attrelid = $1 and a.attname = $2
        on conflict do nothing
        returning id),
    upd as (
        update _timescaledb_catalog.hypertable set num_dimensions = num_dimensions + 1
        where id = (select id from h) and exists (select from ins))
    select (select id from ins), h.schema_name, h.table_name, $2, exists (select from ins) from h
$$;

create function add_dimension(hypertable regclass, dimension _timescaledb_internal.dimension_info, if_not_exists boolean DEFAULT false)
    returns TABLE(dimension_id integer, created boolean)
    language plpgsql volatile as $$
declare
    d jsonb := textin(_timescaledb_functions.dimension_info_out(dimension))::jsonb;
    r record;
begin
    select * into r from add_dimension(hypertable, (d ->> 'column')::name, (d ->> 'partitions')::integer,
        if_not_exists => if_not_exists);
    return query select r.dimension_id, r.created;
end $$;

create function set_chunk_time_interval(hypertable regclass, chunk_time_interval anyelement, dimension_name name DEFAULT NULL::name)
    returns void
    language sql volatile as $$
    update _timescaledb_catalog.dimension d
       set interval_length = _timescaledb_functions.interval_to_internal(chunk_time_interval, d.column_type)
      from _timescaledb_catalog.hypertable h
     where h.id = d.hypertable_id and format('%I.%I', h.schema_name, h.table_name)::regclass = hypertable
       and d.num_slices is null and (dimension_name is null or d.column_name = dimension_name)
$$;

create function set_partitioning_interval(hypertable regclass, partition_interval anyelement, dimension_name name DEFAULT NULL::name)
    returns void
    language sql volatile as $$ select set_chunk_time_interval(hypertable, partition_interval, dimension_name) $$;

create function set_number_partitions(hypertable regclass, number_partitions integer, dimension_name name DEFAULT NULL::name)
    returns void
    language sql volatile as $$
    update _timescaledb_catalog.dimension d set num_slices = number_partitions
      from _timescaledb_catalog.hypertable h
     where h.id = d.hypertable_id and format('%I.%I', h.schema_name, h.table_name)::regclass = hypertable
       and d.num_slices is not null and (dimension_name is null or d.column_name = dimension_name)
$$;

create function set_integer_now_func(hypertable regclass, integer_now_func regproc, replace_if_exists boolean DEFAULT false)
    returns void
    language sql volatile as $$
    update _timescaledb_catalog.dimension d
       set integer_now_func_schema = p.pronamespace::regnamespace::name, integer_now_func = p.proname
      from _timescaledb_catalog.hypertable h, pg_proc p
     where p.oid = integer_now_func and h.id = d.hypertable_id
       and format('%I.%I', h.schema_name, h.table_name)::regclass = hypertable and d.num_slices is null
$$;

create function hypertable_size(hypertable regclass) returns bigint
    language sql stable strict as $$ select pg_total_relation_size(hypertable) $$;

create function hypertable_approximate_size(hypertable regclass) returns bigint
    language sql stable strict as $$ select pg_total_relation_size(hypertable) $$;

create function hypertable_detailed_size(hypertable regclass)
    returns TABLE(table_bytes bigint, index_bytes bigint, toast_bytes bigint, total_bytes bigint, node_name name)
    language sql stable strict as $$
    select pg_relation_size(hypertable), pg_indexes_size(hypertable),
           pg_total_relation_size(hypertable) - pg_relation_size(hypertable) - pg_indexes_size(hypertable),
           pg_total_relation_size(hypertable), null::name
$$;

create function hypertable_index_size(index_name regclass) returns bigint
    language sql stable strict as $$ select pg_relation_size(index_name) $$;

create function approximate_row_count(relation regclass) returns bigint
    language sql stable strict as $$ select greatest(reltuples, 0)::bigint from pg_class where oid = relation $$;

create function show_tablespaces(hypertable regclass) returns SETOF name
    language sql stable strict as $$ select null::name where false $$;

-- ---------------------------------------------------------------------------
-- time buckets
-- ---------------------------------------------------------------------------

create function _timescaledb_functions.bucket(bucket_width interval, ts timestamp, origin timestamp)
    returns timestamp
    language plpgsql immutable parallel safe as $$
declare
    months integer := extract(year from bucket_width)::integer * 12 + extract(month from bucket_width)::integer;
    n integer;
begin
    if months <> 0 then
        if bucket_width - make_interval(months => months) <> interval '0' then
            raise exception 'month intervals cannot have day or time component';
        end if;
        n := ((extract(year from ts) - extract(year from origin)) * 12 + extract(month from ts) - extract(month from origin))::integer;
        n := n - (case when ts < origin + make_interval(months => n) then 1 else 0 end);
        return origin + make_interval(months => months * floor(n::numeric / months)::integer);
    end if;
    return date_bin(bucket_width, ts, origin);
end $$;

create function time_bucket(bucket_width interval, ts timestamp with time zone) returns timestamp with time zone
    language sql immutable strict parallel safe
    as $$ select (_timescaledb_functions.bucket(bucket_width, ts at time zone 'UTC',
        case when extract(year from bucket_width) * 12 + extract(month from bucket_width) <> 0
             then '2000-01-01'::timestamp else '2000-01-03'::timestamp end)) at time zone 'UTC' $$;

create function time_bucket(bucket_width interval, ts timestamp with time zone, "offset" interval) returns timestamp with time zone
    language sql immutable strict parallel safe
    as $$ select time_bucket(bucket_width, ts - "offset") + "offset" $$;

create function time_bucket(bucket_width interval, ts timestamp with time zone, origin timestamp with time zone) returns timestamp with time zone
    language sql immutable strict parallel safe
    as $$ select (_timescaledb_functions.bucket(bucket_width, ts at time zone 'UTC', origin at time zone 'UTC')) at time zone 'UTC' $$;

create function time_bucket(bucket_width interval, ts timestamp with time zone, timezone text, origin timestamp with time zone DEFAULT NULL::timestamp with time zone, "offset" interval DEFAULT NULL::interval) returns timestamp with time zone
    language sql immutable parallel safe
    as $$ select (_timescaledb_functions.bucket(bucket_width, (ts - coalesce("offset", interval '0')) at time zone timezone,
        coalesce(origin at time zone timezone, case when extract(year from bucket_width) * 12 + extract(month from bucket_width) <> 0
             then '2000-01-01'::timestamp else '2000-01-03'::timestamp end)) at time zone timezone) + coalesce("offset", interval '0') $$;

create function time_bucket(bucket_width interval, ts timestamp without time zone) returns timestamp without time zone
    language sql immutable strict parallel safe
    as $$ select _timescaledb_functions.bucket(bucket_width, ts,
        case when extract(year from bucket_width) * 12 + extract(month from bucket_width) <> 0
             then '2000-01-01'::timestamp else '2000-01-03'::timestamp end) $$;

create function time_bucket(bucket_width interval, ts timestamp without time zone, "offset" interval) returns timestamp without time zone
    language sql immutable strict parallel safe
    as $$ select time_bucket(bucket_width, ts - "offset") + "offset" $$;

create function time_bucket(bucket_width interval, ts timestamp without time zone, origin timestamp without time zone) returns timestamp without time zone
    language sql immutable strict parallel safe
    as $$ select _timescaledb_functions.bucket(bucket_width, ts, origin) $$;

create function time_bucket(bucket_width interval, ts date) returns date
    language sql immutable strict parallel safe
    as $$ select time_bucket(bucket_width, ts::timestamp)::date $$;

create function time_bucket(bucket_width interval, ts date, "offset" interval) returns date
    language sql immutable strict parallel safe
    as $$ select time_bucket(bucket_width, ts::timestamp, "offset")::date $$;

create function time_bucket(bucket_width interval, ts date, origin date) returns date
    language sql immutable strict parallel safe
    as $$ select _timescaledb_functions.bucket(bucket_width, ts::timestamp, origin::timestamp)::date $$;

create function time_bucket(bucket_width smallint, ts smallint) returns smallint
    language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::smallint $$;
create function time_bucket(bucket_width smallint, ts smallint, "offset" smallint) returns smallint
    language sql immutable strict parallel safe as $$ select (floor((ts - "offset")::numeric / bucket_width) * bucket_width + "offset")::smallint $$;
create function time_bucket(bucket_width integer, ts integer) returns integer
    language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::integer $$;
create function time_bucket(bucket_width integer, ts integer, "offset" integer) returns integer
    language sql immutable strict parallel safe as $$ select (floor((ts - "offset")::numeric / bucket_width) * bucket_width + "offset")::integer $$;
create function time_bucket(bucket_width bigint, ts bigint) returns bigint
    language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::bigint $$;
create function time_bucket(bucket_width bigint, ts bigint, "offset" bigint) returns bigint
    language sql immutable strict parallel safe as $$ select (floor((ts - "offset")::numeric / bucket_width) * bucket_width + "offset")::bigint $$;

-- gap filling is a planner feature of TimescaleDB: here these bucket, and fill nothing
create function time_bucket_gapfill(bucket_width interval, ts timestamp with time zone, start timestamp with time zone DEFAULT NULL::timestamp with time zone, finish timestamp with time zone DEFAULT NULL::timestamp with time zone) returns timestamp with time zone
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;
create function time_bucket_gapfill(bucket_width interval, ts timestamp with time zone, timezone text, start timestamp with time zone DEFAULT NULL::timestamp with time zone, finish timestamp with time zone DEFAULT NULL::timestamp with time zone) returns timestamp with time zone
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts, timezone) $$;
create function time_bucket_gapfill(bucket_width interval, ts timestamp without time zone, start timestamp without time zone DEFAULT NULL::timestamp without time zone, finish timestamp without time zone DEFAULT NULL::timestamp without time zone) returns timestamp without time zone
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;
create function time_bucket_gapfill(bucket_width interval, ts date, start date DEFAULT NULL::date, finish date DEFAULT NULL::date) returns date
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;
create function time_bucket_gapfill(bucket_width smallint, ts smallint, start smallint DEFAULT NULL::smallint, finish smallint DEFAULT NULL::smallint) returns smallint
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;
create function time_bucket_gapfill(bucket_width integer, ts integer, start integer DEFAULT NULL::integer, finish integer DEFAULT NULL::integer) returns integer
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;
create function time_bucket_gapfill(bucket_width bigint, ts bigint, start bigint DEFAULT NULL::bigint, finish bigint DEFAULT NULL::bigint) returns bigint
    language sql stable parallel safe as $$ select time_bucket(bucket_width, ts) $$;

create function locf(value anyelement, prev anyelement DEFAULT NULL, treat_null_as_missing boolean DEFAULT false) returns anyelement
    language sql stable parallel safe as $$ select coalesce(value, prev) $$;

create function interpolate(value smallint, prev record DEFAULT NULL::record, next record DEFAULT NULL::record) returns smallint
    language plpgsql stable parallel safe as $$ begin return value; end $$;
create function interpolate(value integer, prev record DEFAULT NULL::record, next record DEFAULT NULL::record) returns integer
    language plpgsql stable parallel safe as $$ begin return value; end $$;
create function interpolate(value bigint, prev record DEFAULT NULL::record, next record DEFAULT NULL::record) returns bigint
    language plpgsql stable parallel safe as $$ begin return value; end $$;
create function interpolate(value real, prev record DEFAULT NULL::record, next record DEFAULT NULL::record) returns real
    language plpgsql stable parallel safe as $$ begin return value; end $$;
create function interpolate(value double precision, prev record DEFAULT NULL::record, next record DEFAULT NULL::record) returns double precision
    language plpgsql stable parallel safe as $$ begin return value; end $$;

-- first() and last(): the value at the least / greatest time. (TimescaleDB declares the
-- time argument "any"; SQL cannot, so it is anycompatible here.)
create function _timescaledb_functions.first_sfunc(state text[], value anyelement, t anycompatible) returns text[]
    language plpgsql immutable parallel safe as $$
declare
    best t%type;
begin
    if t is null then return state; end if;
    if state is not null then
        best := state[2];
        if best <= t then return state; end if;
    end if;
    return array[value::text, t::text];
end $$;

create function _timescaledb_functions.last_sfunc(state text[], value anyelement, t anycompatible) returns text[]
    language plpgsql immutable parallel safe as $$
declare
    best t%type;
begin
    if t is null then return state; end if;
    if state is not null then
        best := state[2];
        if best > t then return state; end if;
    end if;
    return array[value::text, t::text];
end $$;

create function _timescaledb_functions.first_last_final(state text[], value anyelement, t anycompatible) returns anyelement
    language plpgsql immutable parallel safe as $$
declare
    result value%type;
begin
    result := state[1];
    return result;
end $$;

create aggregate first(anyelement, anycompatible) (
    sfunc = _timescaledb_functions.first_sfunc, stype = text[],
    finalfunc = _timescaledb_functions.first_last_final, finalfunc_extra, parallel = safe);
create aggregate last(anyelement, anycompatible) (
    sfunc = _timescaledb_functions.last_sfunc, stype = text[],
    finalfunc = _timescaledb_functions.first_last_final, finalfunc_extra, parallel = safe);

-- ---------------------------------------------------------------------------
-- policies and jobs. TimescaleDB declares the offsets "any", which only built-in code
-- can accept: the ones below are the server's NULL counter, so they succeed and record
-- nothing (the integer they return is no job id).
-- ---------------------------------------------------------------------------

create function add_retention_policy(relation regclass, drop_after "any" DEFAULT NULL, if_not_exists boolean DEFAULT false,
        schedule_interval interval DEFAULT NULL::interval, initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone,
        timezone text DEFAULT NULL::text, drop_created_before interval DEFAULT NULL::interval)
    returns integer language internal volatile as 'pg_num_nulls';
create function add_compression_policy(hypertable regclass, compress_after "any" DEFAULT NULL, if_not_exists boolean DEFAULT false,
        schedule_interval interval DEFAULT NULL::interval, initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone,
        timezone text DEFAULT NULL::text, compress_created_before interval DEFAULT NULL::interval)
    returns integer language internal volatile as 'pg_num_nulls';
create function add_continuous_aggregate_policy(continuous_aggregate regclass, start_offset "any", end_offset "any",
        schedule_interval interval, if_not_exists boolean DEFAULT false,
        initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone, timezone text DEFAULT NULL::text)
    returns integer language internal volatile as 'pg_num_nulls';
create function drop_chunks(relation regclass, older_than "any" DEFAULT NULL, newer_than "any" DEFAULT NULL,
        "verbose" boolean DEFAULT false, created_before "any" DEFAULT NULL, created_after "any" DEFAULT NULL)
    returns SETOF text language internal volatile as 'pg_column_compression';
create function show_chunks(relation regclass, older_than "any" DEFAULT NULL, newer_than "any" DEFAULT NULL,
        created_before "any" DEFAULT NULL, created_after "any" DEFAULT NULL)
    returns SETOF regclass language internal stable as 'pg_column_compression';
create procedure refresh_continuous_aggregate(IN continuous_aggregate regclass, IN window_start "any", IN window_end "any")
    language internal as 'pg_num_nulls';
create function timescaledb_experimental.add_policies(relation regclass, if_not_exists boolean DEFAULT false,
        refresh_start_offset "any" DEFAULT NULL, refresh_end_offset "any" DEFAULT NULL,
        compress_after "any" DEFAULT NULL, drop_after "any" DEFAULT NULL)
    returns boolean language internal volatile as 'pg_column_compression';
create function timescaledb_experimental.alter_policies(relation regclass, if_exists boolean DEFAULT false,
        refresh_start_offset "any" DEFAULT NULL, refresh_end_offset "any" DEFAULT NULL,
        compress_after "any" DEFAULT NULL, drop_after "any" DEFAULT NULL)
    returns boolean language internal volatile as 'pg_column_compression';

create function remove_retention_policy(relation regclass, if_exists boolean DEFAULT false) returns void
    language sql volatile as $$ select $$;
create function remove_compression_policy(hypertable regclass, if_exists boolean DEFAULT false) returns boolean
    language sql volatile as $$ select true $$;
create function remove_continuous_aggregate_policy(continuous_aggregate regclass, if_not_exists boolean DEFAULT false, if_exists boolean DEFAULT NULL::boolean) returns void
    language sql volatile as $$ select $$;
create function remove_reorder_policy(hypertable regclass, if_exists boolean DEFAULT false) returns void
    language sql volatile as $$ select $$;

create function add_reorder_policy(hypertable regclass, index_name name, if_not_exists boolean DEFAULT false,
        initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone, timezone text DEFAULT NULL::text)
    returns integer language plpgsql volatile as $$
begin
    insert into _timescaledb_config.bgw_job (application_name, schedule_interval, max_runtime, max_retries, retry_period,
            proc_schema, proc_name, hypertable_id, config, initial_start, timezone)
        select 'Reorder Policy', interval '4 days', interval '0', -1, interval '5 minutes', '_timescaledb_functions', 'policy_reorder',
               h.id, jsonb_build_object('hypertable_id', h.id, 'index_name', index_name), initial_start, timezone
        from _timescaledb_catalog.hypertable h where format('%I.%I', h.schema_name, h.table_name)::regclass = hypertable;
    return currval('_timescaledb_config.bgw_job_id_seq')::integer;
end $$;

create function add_job(proc regproc, schedule_interval interval, config jsonb DEFAULT NULL::jsonb,
        initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone, scheduled boolean DEFAULT true,
        check_config regproc DEFAULT NULL::regproc, fixed_schedule boolean DEFAULT true, timezone text DEFAULT NULL::text)
    returns integer language plpgsql volatile as $$
declare
    id integer;
begin
    insert into _timescaledb_config.bgw_job (application_name, schedule_interval, max_runtime, max_retries, retry_period,
            proc_schema, proc_name, scheduled, fixed_schedule, config, initial_start, check_schema, check_name, timezone)
        select 'User-Defined Action', schedule_interval, interval '0', -1, interval '5 minutes',
               p.pronamespace::regnamespace::name, p.proname, scheduled, fixed_schedule, config, initial_start,
               c.pronamespace::regnamespace::name, c.proname, timezone
        from pg_proc p left join pg_proc c on c.oid = check_config where p.oid = proc
        returning bgw_job.id into id;
    return id;
end $$;

create function alter_job(job_id integer, schedule_interval interval DEFAULT NULL::interval, max_runtime interval DEFAULT NULL::interval,
        max_retries integer DEFAULT NULL::integer, retry_period interval DEFAULT NULL::interval, scheduled boolean DEFAULT NULL::boolean,
        config jsonb DEFAULT NULL::jsonb, next_start timestamp with time zone DEFAULT NULL::timestamp with time zone,
        if_exists boolean DEFAULT false, check_config regproc DEFAULT NULL::regproc, fixed_schedule boolean DEFAULT NULL::boolean,
        initial_start timestamp with time zone DEFAULT NULL::timestamp with time zone, timezone text DEFAULT NULL::text)
    returns TABLE(job_id integer, schedule_interval interval, max_runtime interval, max_retries integer, retry_period interval,
        scheduled boolean, config jsonb, next_start timestamp with time zone, check_config text, fixed_schedule boolean,
        initial_start timestamp with time zone, timezone text)
    language plpgsql volatile as $$
#variable_conflict use_variable
begin
    update _timescaledb_config.bgw_job j set
        schedule_interval = coalesce(schedule_interval, j.schedule_interval), max_runtime = coalesce(max_runtime, j.max_runtime),
        max_retries = coalesce(max_retries, j.max_retries), retry_period = coalesce(retry_period, j.retry_period),
        scheduled = coalesce(scheduled, j.scheduled), config = coalesce(config, j.config),
        fixed_schedule = coalesce(fixed_schedule, j.fixed_schedule), initial_start = coalesce(initial_start, j.initial_start),
        timezone = coalesce(timezone, j.timezone)
    where j.id = job_id;
    if not found and not if_exists then
        raise exception 'job % not found', job_id;
    end if;
    return query select j.id, j.schedule_interval, j.max_runtime, j.max_retries, j.retry_period, j.scheduled, j.config,
        null::timestamptz, j.check_schema || '.' || j.check_name, j.fixed_schedule, j.initial_start, j.timezone
        from _timescaledb_config.bgw_job j where j.id = job_id;
end $$;

create function delete_job(job_id integer) returns void
    language sql volatile as $$ delete from _timescaledb_config.bgw_job where id = job_id $$;

create procedure run_job(IN job_id integer)
    language plpgsql as $$
begin
    raise exception feature_not_supported using message = 'run_job() is not available in schemasync''s stand-in for timescaledb';
end $$;

-- ---------------------------------------------------------------------------
-- compression, chunks, tablespaces, restore: they fail when called
-- ---------------------------------------------------------------------------

create function _timescaledb_functions.histogram_sfunc(state integer[], val double precision, min double precision, max double precision, nbuckets integer)
    returns integer[]
    language plpgsql immutable as $$
declare
    b integer;
begin
    state := coalesce(state, array_fill(0, array[nbuckets + 2]));
    b := case when val < min then 0 when val >= max then nbuckets + 1
              else floor((val - min) / (max - min) * nbuckets)::integer + 1 end;
    state[b + 1] := state[b + 1] + 1;
    return state;
end $$;

create aggregate histogram(double precision, double precision, double precision, integer) (
    sfunc = _timescaledb_functions.histogram_sfunc, stype = integer[]);

do $$
declare
    sig text;
begin
    foreach sig in array array[
        'compress_chunk(uncompressed_chunk regclass, if_not_compressed boolean DEFAULT true, recompress boolean DEFAULT false) returns regclass',
        'decompress_chunk(uncompressed_chunk regclass, if_compressed boolean DEFAULT true) returns regclass',
        'chunk_compression_stats(hypertable regclass) returns TABLE(chunk_schema name, chunk_name name, compression_status text, before_compression_table_bytes bigint, before_compression_index_bytes bigint, before_compression_toast_bytes bigint, before_compression_total_bytes bigint, after_compression_table_bytes bigint, after_compression_index_bytes bigint, after_compression_toast_bytes bigint, after_compression_total_bytes bigint, node_name name)',
        'hypertable_compression_stats(hypertable regclass) returns TABLE(total_chunks bigint, number_compressed_chunks bigint, before_compression_table_bytes bigint, before_compression_index_bytes bigint, before_compression_toast_bytes bigint, before_compression_total_bytes bigint, after_compression_table_bytes bigint, after_compression_index_bytes bigint, after_compression_toast_bytes bigint, after_compression_total_bytes bigint, node_name name)',
        'chunks_detailed_size(hypertable regclass) returns TABLE(chunk_schema name, chunk_name name, table_bytes bigint, index_bytes bigint, toast_bytes bigint, total_bytes bigint, node_name name)',
        'hypertable_approximate_detailed_size(relation regclass) returns TABLE(table_bytes bigint, index_bytes bigint, toast_bytes bigint, total_bytes bigint)',
        'move_chunk(chunk regclass, destination_tablespace name, index_destination_tablespace name DEFAULT NULL::name, reorder_index regclass DEFAULT NULL::regclass, "verbose" boolean DEFAULT false) returns void',
        'reorder_chunk(chunk regclass, index regclass DEFAULT NULL::regclass, "verbose" boolean DEFAULT false) returns void',
        'attach_tablespace(tablespace name, hypertable regclass, if_not_attached boolean DEFAULT false) returns void',
        'detach_tablespace(tablespace name, hypertable regclass DEFAULT NULL::regclass, if_attached boolean DEFAULT false) returns integer',
        'detach_tablespaces(hypertable regclass) returns integer',
        'set_adaptive_chunking(hypertable regclass, chunk_target_size text, INOUT chunk_sizing_func regproc DEFAULT ''_timescaledb_functions.calculate_chunk_interval''::regproc, OUT chunk_target_size bigint) returns record',
        'enable_chunk_skipping(hypertable regclass, column_name name, if_not_exists boolean DEFAULT false) returns TABLE(column_stats_id integer, enabled boolean)',
        'disable_chunk_skipping(hypertable regclass, column_name name, if_not_exists boolean DEFAULT false) returns TABLE(hypertable_id integer, column_name name, disabled boolean)',
        'timescaledb_pre_restore() returns boolean',
        'timescaledb_post_restore() returns boolean',
        'get_telemetry_report() returns jsonb'
    ] loop
        execute format('create function %s language plpgsql volatile as %L', sig,
            format('begin raise exception feature_not_supported using message = %L; end',
                   split_part(sig, '(', 1) || '() is not available in schemasync''s stand-in for timescaledb'));
    end loop;
end $$;

create procedure recompress_chunk(IN chunk regclass, IN if_not_compressed boolean DEFAULT true)
    language plpgsql as $$ begin raise exception feature_not_supported using message = 'recompress_chunk() is not available in schemasync''s stand-in for timescaledb'; end $$;

create procedure cagg_migrate(IN cagg regclass, IN override boolean DEFAULT false, IN drop_old boolean DEFAULT false)
    language plpgsql as $$ begin raise exception feature_not_supported using message = 'cagg_migrate() is not available in schemasync''s stand-in for timescaledb'; end $$;
