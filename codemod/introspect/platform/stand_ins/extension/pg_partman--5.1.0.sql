-- Stand-in for pg_partman 5.1 (extension pg_partman): schemasync's SQL, written from
-- pg_partman's documented interface, so that migrations which register partitioned
-- tables apply in a shadow database. create_parent() records the table and creates its
-- default and first child partitions; maintenance runs no background worker.

\echo Use "CREATE EXTENSION pg_partman" to load this file. \quit

create table @extschema@.part_config (
    parent_table text not null primary key,
    control text not null,
    partition_interval text not null,
    partition_type text not null,
    premake integer not null default 4,
    automatic_maintenance text not null default 'on',
    template_table text,
    retention text,
    retention_schema text,
    retention_keep_index boolean not null default true,
    retention_keep_table boolean not null default true,
    epoch text not null default 'none',
    constraint_cols text[],
    optimize_constraint integer not null default 30,
    infinite_time_partitions boolean not null default false,
    datetime_string text,
    jobmon boolean not null default true,
    sub_partition_set_full boolean not null default false,
    undo_in_progress boolean not null default false,
    inherit_privileges boolean default false,
    constraint_valid boolean not null default true,
    ignore_default_data boolean not null default true,
    date_trunc_interval text,
    maintenance_order integer,
    retention_keep_publication boolean not null default false,
    maintenance_last_run timestamptz,
    async_partitioning_in_progress uuid,
    time_encoder text,
    time_decoder text,
    constraint positive_premake_check check (premake > 0)
);

create table @extschema@.part_config_sub (
    sub_parent text not null primary key references @extschema@.part_config (parent_table) on update cascade on delete cascade,
    sub_control text not null,
    sub_partition_interval text not null,
    sub_partition_type text not null,
    sub_premake integer not null default 4,
    sub_automatic_maintenance text not null default 'on',
    sub_template_table text,
    sub_retention text,
    sub_retention_schema text,
    sub_retention_keep_index boolean not null default true,
    sub_retention_keep_table boolean not null default true,
    sub_epoch text not null default 'none',
    sub_constraint_cols text[],
    sub_optimize_constraint integer not null default 30,
    sub_infinite_time_partitions boolean not null default false,
    sub_jobmon boolean not null default true,
    sub_inherit_privileges boolean default false,
    sub_constraint_valid boolean not null default true,
    sub_ignore_default_data boolean not null default true,
    sub_default_table boolean default true,
    sub_date_trunc_interval text,
    sub_maintenance_order integer,
    sub_retention_keep_publication boolean not null default false,
    sub_control_not_null boolean default true,
    sub_time_encoder text,
    sub_time_decoder text
);

select pg_catalog.pg_extension_config_dump('@extschema@.part_config', '');
select pg_catalog.pg_extension_config_dump('@extschema@.part_config_sub', '');

create view @extschema@.table_privs as
select u_grantor.rolname as grantor, grantee.rolname as grantee, nc.nspname as table_schema,
       c.relname as table_name, c.prtype as privilege_type
from (select oid, relname, relnamespace, relkind, relowner, (aclexplode(coalesce(relacl, acldefault('r', relowner)))).*
      from pg_catalog.pg_class) as c(oid, relname, relnamespace, relkind, relowner, grantor, grantee, prtype, grantable)
join pg_catalog.pg_namespace nc on nc.oid = c.relnamespace
join pg_catalog.pg_roles u_grantor on u_grantor.oid = c.grantor
join (select oid, rolname from pg_catalog.pg_roles union all select 0, 'PUBLIC') as grantee(oid, rolname)
  on grantee.oid = c.grantee
where c.relkind in ('r', 'v', 'p');

create type @extschema@.check_default_table as (default_table text, count bigint);

-- ---------------------------------------------------------------------------
-- helpers (schemasync's own)
-- ---------------------------------------------------------------------------

create function @extschema@._partman_standin_split(p_table text, out schema_name text, out table_name text)
    language sql stable as $$
    select n.nspname::text, c.relname::text from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.oid = p_table::regclass
$$;

-- the suffix a child partition of a time-partitioned table gets
create function @extschema@._partman_standin_suffix(p_time timestamptz, p_interval interval) returns text
    language sql stable as $$
    select 'p' || to_char(p_time, case when p_interval < interval '1 day' then 'YYYYMMDD"_"HH24MISS' else 'YYYYMMDD' end)
$$;

create function @extschema@._partman_standin_align(p_time timestamptz, p_interval interval) returns timestamptz
    language sql stable as $$
    select case
        when p_interval >= interval '1 year' then date_trunc('year', p_time)
        when p_interval >= interval '1 month' then date_trunc('month', p_time)
        when p_interval >= interval '1 week' and extract(day from p_interval) % 7 = 0 then date_trunc('week', p_time)
        when p_interval >= interval '1 day' then date_trunc('day', p_time)
        when p_interval >= interval '1 hour' then date_trunc('hour', p_time)
        else date_trunc('minute', p_time) end
$$;

-- ---------------------------------------------------------------------------
-- setting up
-- ---------------------------------------------------------------------------

create function @extschema@.create_parent(p_parent_table text, p_control text, p_interval text,
        p_type text DEFAULT 'range'::text, p_epoch text DEFAULT 'none'::text, p_premake integer DEFAULT 4,
        p_start_partition text DEFAULT NULL::text, p_default_table boolean DEFAULT true,
        p_automatic_maintenance text DEFAULT 'on'::text, p_constraint_cols text[] DEFAULT NULL::text[],
        p_template_table text DEFAULT NULL::text, p_jobmon boolean DEFAULT true,
        p_date_trunc_interval text DEFAULT NULL::text, p_control_not_null boolean DEFAULT true,
        p_time_encoder text DEFAULT NULL::text, p_time_decoder text DEFAULT NULL::text)
    returns boolean
    language plpgsql volatile as $$
declare
    parent regclass := p_parent_table::regclass;
    sch text;
    tab text;
    control_type regtype;
    strategy "char";
    step interval;
    start_time timestamptz;
    id_step bigint;
    start_id bigint;
begin
    select * into sch, tab from @extschema@._partman_standin_split(p_parent_table);
    select pt.partstrat into strategy from pg_catalog.pg_partitioned_table pt where pt.partrelid = parent;
    if strategy is null then
        raise exception 'pg_partman only supports partitioning of natively partitioned tables: % is not partitioned', p_parent_table;
    end if;
    if p_type not in ('range', 'list') then
        raise exception '% is not a valid partitioning type for pg_partman', p_type;
    end if;
    select a.atttypid::regtype into control_type from pg_catalog.pg_attribute a
     where a.attrelid = parent and a.attname = p_control and not a.attisdropped;
    if control_type is null then
        raise exception 'Control column given (%) for parent table (%) does not exist', p_control, p_parent_table;
    end if;
    if p_control_not_null then
        execute format('alter table %s alter column %I set not null', parent, p_control);
    end if;
    insert into @extschema@.part_config (parent_table, control, partition_interval, partition_type, premake,
            automatic_maintenance, template_table, epoch, constraint_cols, jobmon, date_trunc_interval,
            time_encoder, time_decoder, datetime_string)
        values (sch || '.' || tab, p_control, p_interval, p_type, p_premake, p_automatic_maintenance,
                p_template_table, p_epoch, p_constraint_cols, p_jobmon, p_date_trunc_interval, p_time_encoder,
                p_time_decoder, null);
    if p_default_table then
        execute format('create table %I.%I partition of %s default', sch, tab || '_default', parent);
    end if;
    if control_type in ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype) or p_epoch <> 'none' then
        step := p_interval::interval;
        start_time := coalesce(p_start_partition::timestamptz,
            @extschema@._partman_standin_align(now(), step) - step * p_premake);
        update @extschema@.part_config set datetime_string = case when step < interval '1 day' then 'YYYYMMDD_HH24MISS' else 'YYYYMMDD' end
         where parent_table = sch || '.' || tab;
        for i in 0..(case when p_start_partition is null then 2 * p_premake
                          else greatest(ceil(extract(epoch from now() - start_time) / extract(epoch from step))::integer, 0) + p_premake end) loop
            execute format('create table if not exists %I.%I partition of %s for values from (%L) to (%L)',
                sch, tab || '_' || @extschema@._partman_standin_suffix(start_time + step * i, step), parent,
                case when control_type = 'date'::regtype then (start_time + step * i)::date::text
                     when control_type = 'timestamp'::regtype then (start_time + step * i)::timestamp::text
                     else (start_time + step * i)::text end,
                case when control_type = 'date'::regtype then (start_time + step * (i + 1))::date::text
                     when control_type = 'timestamp'::regtype then (start_time + step * (i + 1))::timestamp::text
                     else (start_time + step * (i + 1))::text end);
        end loop;
    else
        id_step := p_interval::bigint;
        start_id := coalesce(p_start_partition::bigint, 0);
        for i in 0..p_premake loop
            execute format('create table if not exists %I.%I partition of %s for values from (%s) to (%s)',
                sch, tab || '_p' || (start_id + id_step * i), parent, start_id + id_step * i, start_id + id_step * (i + 1));
        end loop;
    end if;
    return true;
end $$;

create function @extschema@.create_sub_parent(p_top_parent text, p_control text, p_interval text,
        p_type text DEFAULT 'range'::text, p_default_table boolean DEFAULT true, p_declarative_check text DEFAULT NULL::text,
        p_constraint_cols text[] DEFAULT NULL::text[], p_premake integer DEFAULT 4, p_start_partition text DEFAULT NULL::text,
        p_epoch text DEFAULT 'none'::text, p_jobmon boolean DEFAULT true, p_date_trunc_interval text DEFAULT NULL::text,
        p_control_not_null boolean DEFAULT true, p_time_encoder text DEFAULT NULL::text, p_time_decoder text DEFAULT NULL::text)
    returns boolean
    language plpgsql volatile as $$
begin
    if p_declarative_check is distinct from 'yes' then
        raise exception 'Subpartitioning is a DESTRUCTIVE process. Set p_declarative_check to ''yes'' to proceed.';
    end if;
    insert into @extschema@.part_config_sub (sub_parent, sub_control, sub_partition_interval, sub_partition_type, sub_premake,
            sub_constraint_cols, sub_epoch, sub_jobmon, sub_default_table, sub_date_trunc_interval, sub_control_not_null,
            sub_time_encoder, sub_time_decoder)
        values (p_top_parent, p_control, p_interval, p_type, p_premake, p_constraint_cols, p_epoch, p_jobmon, p_default_table,
                p_date_trunc_interval, p_control_not_null, p_time_encoder, p_time_decoder);
    return true;
end $$;

-- ---------------------------------------------------------------------------
-- maintenance: there is no background worker here; these succeed and do nothing
-- ---------------------------------------------------------------------------

create function @extschema@.run_maintenance(p_parent_table text DEFAULT NULL::text, p_analyze boolean DEFAULT false,
        p_jobmon boolean DEFAULT true)
    returns void
    language sql volatile as $$
    update @extschema@.part_config set maintenance_last_run = now()
    where p_parent_table is null or parent_table = p_parent_table
$$;

create procedure @extschema@.run_maintenance_proc(IN p_wait integer DEFAULT 0, IN p_analyze boolean DEFAULT false,
        IN p_jobmon boolean DEFAULT true)
    language plpgsql as $$
begin
    perform @extschema@.run_maintenance(null, p_analyze, p_jobmon);
end $$;

create function @extschema@.show_partitions(p_parent_table text, p_order text DEFAULT 'ASC'::text,
        p_include_default boolean DEFAULT false)
    returns TABLE(partition_schemaname text, partition_tablename text)
    language plpgsql stable as $$
begin
    if upper(p_order) not in ('ASC', 'DESC') then
        raise exception 'p_order parameter must be one of the following values: ASC, DESC';
    end if;
    return query
        select n.nspname::text, c.relname::text
        from pg_catalog.pg_inherits i
        join pg_catalog.pg_class c on c.oid = i.inhrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where i.inhparent = p_parent_table::regclass
          and (p_include_default or pg_catalog.pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT')
        order by case when upper(p_order) = 'ASC' then c.relname end asc,
                 case when upper(p_order) = 'DESC' then c.relname end desc;
end $$;

create function @extschema@.check_default(p_exact_count boolean DEFAULT true)
    returns SETOF @extschema@.check_default_table
    language plpgsql stable as $$
declare
    r record;
    n bigint;
begin
    for r in select c.oid::regclass::text as t from pg_catalog.pg_class c
             join pg_catalog.pg_inherits i on i.inhrelid = c.oid
             join @extschema@.part_config p on p.parent_table::regclass = i.inhparent
             where pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' loop
        execute format('select count(*) from %s', r.t) into n;
        if n > 0 then
            return next row(r.t, n)::@extschema@.check_default_table;
        end if;
    end loop;
end $$;

create function @extschema@.check_automatic_maintenance_value(p_automatic_maintenance text) returns boolean
    language sql immutable as $$ select p_automatic_maintenance in ('on', 'off') $$;

create function @extschema@.check_epoch_type(p_type text) returns boolean
    language sql immutable security definer as $$ select p_type in ('none', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds') $$;

create function @extschema@.check_partition_type(p_type text) returns boolean
    language sql immutable security definer as $$ select p_type in ('range', 'list') $$;

-- the rest of pg_partman's interface: it fails when called
do $$
declare
    sig text;
begin
    foreach sig in array array[
        'partition_data_time(p_parent_table text, p_batch_count integer DEFAULT 1, p_batch_interval interval DEFAULT NULL::interval, p_lock_wait numeric DEFAULT 0, p_order text DEFAULT ''ASC''::text, p_analyze boolean DEFAULT true, p_source_table text DEFAULT NULL::text, p_ignored_columns text[] DEFAULT NULL::text[]) returns bigint',
        'partition_data_id(p_parent_table text, p_batch_count integer DEFAULT 1, p_batch_interval bigint DEFAULT NULL::bigint, p_lock_wait numeric DEFAULT 0, p_order text DEFAULT ''ASC''::text, p_analyze boolean DEFAULT true, p_source_table text DEFAULT NULL::text, p_ignored_columns text[] DEFAULT NULL::text[]) returns bigint',
        'undo_partition(p_parent_table text, p_target_table text, p_loop_count integer DEFAULT 1, p_batch_interval text DEFAULT NULL::text, p_keep_table boolean DEFAULT true, p_lock_wait numeric DEFAULT 0, p_ignored_columns text[] DEFAULT NULL::text[], p_drop_cascade boolean DEFAULT false, OUT partitions_undone integer, OUT rows_undone bigint) returns record',
        'drop_partition_time(p_parent_table text, p_retention interval DEFAULT NULL::interval, p_keep_table boolean DEFAULT NULL::boolean, p_keep_index boolean DEFAULT NULL::boolean, p_retention_schema text DEFAULT NULL::text, p_reference_timestamp timestamp with time zone DEFAULT CURRENT_TIMESTAMP) returns integer',
        'drop_partition_id(p_parent_table text, p_retention bigint DEFAULT NULL::bigint, p_keep_table boolean DEFAULT NULL::boolean, p_keep_index boolean DEFAULT NULL::boolean, p_retention_schema text DEFAULT NULL::text) returns integer',
        'partition_gap_fill(p_parent_table text) returns integer',
        'reapply_privileges(p_parent_table text) returns void',
        'dump_partitioned_table_definition(p_parent_table text, p_ignore_template_table boolean DEFAULT false) returns text',
        'show_partition_name(p_parent_table text, p_value text, OUT partition_schema text, OUT partition_table text, OUT suffix_timestamp timestamp with time zone, OUT suffix_id bigint, OUT table_exists boolean) returns record',
        'show_partition_info(p_child_table text, p_partition_interval text DEFAULT NULL::text, p_parent_table text DEFAULT NULL::text, OUT child_start_time timestamp with time zone, OUT child_end_time timestamp with time zone, OUT child_start_id bigint, OUT child_end_id bigint, OUT suffix text) returns record',
        'create_partition_time(p_parent_table text, p_partition_times timestamp with time zone[], p_start_partition text DEFAULT NULL::text) returns boolean',
        'create_partition_id(p_parent_table text, p_partition_ids bigint[], p_start_partition text DEFAULT NULL::text) returns boolean',
        'apply_constraints(p_parent_table text, p_child_table text DEFAULT NULL::text, p_analyze boolean DEFAULT false, p_job_id bigint DEFAULT NULL::bigint) returns void',
        'drop_constraints(p_parent_table text, p_child_table text, p_debug boolean DEFAULT false) returns void',
        'inherit_template_properties(p_parent_table text, p_child_schema text, p_child_tablename text) returns boolean',
        'stop_sub_partition(p_parent_table text, p_jobmon boolean DEFAULT true) returns boolean'
    ] loop
        execute format('create function @extschema@.%s language plpgsql volatile as %L', sig,
            format('begin raise exception feature_not_supported using message = %L; end',
                   split_part(sig, '(', 1) || '() is not available in schemasync''s stand-in for pg_partman'));
    end loop;
    foreach sig in array array[
        'partition_data_proc(IN p_parent_table text, IN p_loop_count integer DEFAULT NULL::integer, IN p_interval text DEFAULT NULL::text, IN p_lock_wait integer DEFAULT 0, IN p_lock_wait_tries integer DEFAULT 10, IN p_wait integer DEFAULT 1, IN p_order text DEFAULT ''ASC''::text, IN p_source_table text DEFAULT NULL::text, IN p_ignored_columns text[] DEFAULT NULL::text[], IN p_quiet boolean DEFAULT false)',
        'undo_partition_proc(IN p_parent_table text, IN p_target_table text DEFAULT NULL::text, IN p_loop_count integer DEFAULT NULL::integer, IN p_interval text DEFAULT NULL::text, IN p_keep_table boolean DEFAULT true, IN p_lock_wait integer DEFAULT 0, IN p_lock_wait_tries integer DEFAULT 10, IN p_wait integer DEFAULT 1, IN p_ignored_columns text[] DEFAULT NULL::text[], IN p_drop_cascade boolean DEFAULT false, IN p_quiet boolean DEFAULT false)',
        'reapply_constraints_proc(IN p_parent_table text, IN p_drop_constraints boolean DEFAULT false, IN p_apply_constraints boolean DEFAULT false, IN p_wait integer DEFAULT 0, IN p_dryrun boolean DEFAULT false)'
    ] loop
        execute format('create procedure @extschema@.%s language plpgsql as %L', sig,
            format('begin raise exception feature_not_supported using message = %L; end',
                   split_part(sig, '(', 1) || '() is not available in schemasync''s stand-in for pg_partman'));
    end loop;
end $$;
