-- Stand-in for pgmq (1.5.1) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface. Queues are real tables (pgmq.q_<name> and
-- pgmq.a_<name>, members of the extension as with pgmq), so sending and reading work.

create table pgmq.meta (
    queue_name character varying unique not null,
    is_partitioned boolean not null,
    is_unlogged boolean not null,
    created_at timestamptz not null default pg_catalog.now()
);

grant usage on schema pgmq to pg_monitor;
grant select on all tables in schema pgmq to pg_monitor;
grant select on all sequences in schema pgmq to pg_monitor;
alter default privileges in schema pgmq grant select on tables to pg_monitor;
alter default privileges in schema pgmq grant select on sequences to pg_monitor;

create type pgmq.message_record as (
    msg_id bigint,
    read_ct integer,
    enqueued_at timestamptz,
    vt timestamptz,
    message jsonb,
    headers jsonb
);

create type pgmq.queue_record as (
    queue_name character varying,
    is_partitioned boolean,
    is_unlogged boolean,
    created_at timestamptz
);

create type pgmq.metrics_result as (
    queue_name text,
    queue_length bigint,
    newest_msg_age_sec integer,
    oldest_msg_age_sec integer,
    total_messages bigint,
    scrape_time timestamptz,
    queue_visible_length bigint
);

-- helpers ----------------------------------------------------------------------------------

create function pgmq.format_table_name(queue_name text, prefix text) returns text
language plpgsql
as $$
begin
    if queue_name ~ '\$|;|--|''' then
        raise exception 'queue name contains invalid characters: $, ;, --, or \''';
    end if;
    return pg_catalog.lower(prefix || '_' || queue_name);
end
$$;

create function pgmq.validate_queue_name(queue_name text) returns void
language plpgsql
as $$
begin
    if pg_catalog.length(queue_name) >= 48 then
        raise exception 'queue name is too long, maximum length is 48 characters';
    end if;
end
$$;

create function pgmq._belongs_to_pgmq(table_name text) returns boolean
language sql
as $$
    select exists (
        select from pg_catalog.pg_depend d
            join pg_catalog.pg_extension e on e.oid = d.refobjid
            join pg_catalog.pg_class c on c.oid = d.objid
        where e.extname = 'pgmq' and d.deptype = 'e'
            and d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
            and c.relname = table_name
    )
$$;

create function pgmq._extension_exists(extension_name text) returns boolean
language sql
as $$ select exists (select from pg_catalog.pg_extension where extname = extension_name) $$;

create function pgmq._get_partition_col(partition_interval text) returns text
language plpgsql
as $$
begin
    perform partition_interval::integer;
    return 'msg_id';
exception
    when others then
        return 'enqueued_at';
end
$$;

create function pgmq._ensure_pg_partman_installed() returns void
language plpgsql
as $$
begin
    if not pgmq._extension_exists('pg_partman') then
        raise exception 'pg_partman is required for partitioned queues';
    end if;
end
$$;

create function pgmq._get_pg_partman_schema() returns text
language sql
as $$ select extnamespace::pg_catalog.regnamespace::text from pg_catalog.pg_extension where extname = 'pg_partman' $$;

create function pgmq._get_pg_partman_major_version() returns integer
language sql
as $$ select pg_catalog.split_part(extversion, '.', 1)::integer from pg_catalog.pg_extension where extname = 'pg_partman' $$;

-- queues -----------------------------------------------------------------------------------

create function pgmq.create_non_partitioned(queue_name text) returns void
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    a text := pgmq.format_table_name(queue_name, 'a');
begin
    perform pgmq.validate_queue_name(queue_name);
    execute pg_catalog.format(
        'create table if not exists pgmq.%I (
            msg_id bigint primary key generated always as identity,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb)', q);
    execute pg_catalog.format(
        'create table if not exists pgmq.%I (
            msg_id bigint primary key,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            archived_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb)', a);
    if not pgmq._belongs_to_pgmq(q) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', q);
        execute pg_catalog.format('alter extension pgmq add sequence pgmq.%I', q || '_msg_id_seq');
    end if;
    if not pgmq._belongs_to_pgmq(a) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', a);
    end if;
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (vt)', q || '_vt_idx', q);
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (archived_at)', 'archived_at_idx_' || queue_name, a);
    insert into pgmq.meta (queue_name, is_partitioned, is_unlogged)
    values (queue_name, false, false)
    on conflict do nothing;
end
$$;

create function pgmq.create_unlogged(queue_name text) returns void
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    a text := pgmq.format_table_name(queue_name, 'a');
begin
    perform pgmq.validate_queue_name(queue_name);
    execute pg_catalog.format(
        'create unlogged table if not exists pgmq.%I (
            msg_id bigint primary key generated always as identity,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb)', q);
    execute pg_catalog.format(
        'create table if not exists pgmq.%I (
            msg_id bigint primary key,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            archived_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb)', a);
    if not pgmq._belongs_to_pgmq(q) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', q);
        execute pg_catalog.format('alter extension pgmq add sequence pgmq.%I', q || '_msg_id_seq');
    end if;
    if not pgmq._belongs_to_pgmq(a) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', a);
    end if;
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (vt)', q || '_vt_idx', q);
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (archived_at)', 'archived_at_idx_' || queue_name, a);
    insert into pgmq.meta (queue_name, is_partitioned, is_unlogged)
    values (queue_name, false, true)
    on conflict do nothing;
end
$$;

-- Partitioned queues are managed by pg_partman, as with pgmq.
create function pgmq.create_partitioned(
    queue_name text,
    partition_interval text default '10000',
    retention_interval text default '100000'
) returns void
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    a text := pgmq.format_table_name(queue_name, 'a');
    q_col text;
    a_col text;
    partman text;
    partition_type text;
begin
    perform pgmq.validate_queue_name(queue_name);
    perform pgmq._ensure_pg_partman_installed();
    partman := pgmq._get_pg_partman_schema();
    partition_type := case when pgmq._get_pg_partman_major_version() >= 5 then 'range' else 'native' end;
    q_col := pgmq._get_partition_col(partition_interval);
    a_col := case when q_col = 'enqueued_at' then 'archived_at' else q_col end;
    execute pg_catalog.format(
        'create table if not exists pgmq.%I (
            msg_id bigint generated always as identity,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb) partition by range (%I)', q, q_col);
    if not pgmq._belongs_to_pgmq(q) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', q);
        execute pg_catalog.format('alter extension pgmq add sequence pgmq.%I', q || '_msg_id_seq');
    end if;
    execute pg_catalog.format('select %I.create_parent(p_parent_table := %L, p_control := %L, p_interval := %L, p_type := %L)',
        partman, 'pgmq.' || q, q_col, partition_interval, partition_type);
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (%I)', q || '_part_idx', q, q_col);
    execute pg_catalog.format(
        'update %I.part_config set retention = %L, retention_keep_table = false,
            retention_keep_index = true, automatic_maintenance = %L where parent_table = %L',
        partman, retention_interval, 'on', 'pgmq.' || q);
    insert into pgmq.meta (queue_name, is_partitioned, is_unlogged)
    values (queue_name, true, false)
    on conflict do nothing;
    execute pg_catalog.format(
        'create table if not exists pgmq.%I (
            msg_id bigint not null,
            read_ct integer not null default 0,
            enqueued_at timestamptz not null default now(),
            archived_at timestamptz not null default now(),
            vt timestamptz not null,
            message jsonb,
            headers jsonb) partition by range (%I)', a, a_col);
    if not pgmq._belongs_to_pgmq(a) then
        execute pg_catalog.format('alter extension pgmq add table pgmq.%I', a);
    end if;
    execute pg_catalog.format('select %I.create_parent(p_parent_table := %L, p_control := %L, p_interval := %L, p_type := %L)',
        partman, 'pgmq.' || a, a_col, partition_interval, partition_type);
    execute pg_catalog.format(
        'update %I.part_config set retention = %L, retention_keep_table = false,
            retention_keep_index = true, automatic_maintenance = %L where parent_table = %L',
        partman, retention_interval, 'on', 'pgmq.' || a);
    execute pg_catalog.format('create index if not exists %I on pgmq.%I (archived_at)', 'archived_at_idx_' || queue_name, a);
end
$$;

create function pgmq.create(queue_name text) returns void
language plpgsql
as $$
begin
    perform pgmq.create_non_partitioned(queue_name);
end
$$;

create function pgmq.convert_archive_partitioned(
    table_name text,
    partition_interval text default '10000',
    retention_interval text default '100000',
    leading_partition integer default 10
) returns void
language plpgsql
as $$
declare
    a text := pgmq.format_table_name(table_name, 'a');
    kind "char";
    partman text;
begin
    select c.relkind into kind
    from pg_catalog.pg_class c
    where c.relname = a and c.relnamespace = 'pgmq'::pg_catalog.regnamespace;
    if kind is null then
        raise notice 'Table %s does not exists', a;
        return;
    elsif kind = 'p' then
        raise notice 'Table %s is already partitioned', a;
        return;
    end if;
    perform pgmq._ensure_pg_partman_installed();
    partman := pgmq._get_pg_partman_schema();
    execute pg_catalog.format('alter table pgmq.%I rename to %I', a, a || '_old');
    execute pg_catalog.format('create table pgmq.%I (like pgmq.%I including all) partition by range (msg_id)', a, a || '_old');
    execute pg_catalog.format('alter index pgmq.%I rename to %I', 'archived_at_idx_' || table_name, 'archived_at_idx_' || table_name || '_old');
    execute pg_catalog.format('create index %I on pgmq.%I (archived_at)', 'archived_at_idx_' || table_name, a);
    execute pg_catalog.format('select %I.create_parent(p_parent_table := %L, p_control := %L, p_interval := %L, p_type := %L)',
        partman, 'pgmq.' || a, 'msg_id', partition_interval,
        case when pgmq._get_pg_partman_major_version() >= 5 then 'range' else 'native' end);
    execute pg_catalog.format(
        'update %I.part_config set retention = %L, retention_keep_table = false,
            retention_keep_index = false, infinite_time_partitions = true where parent_table = %L',
        partman, retention_interval, 'pgmq.' || a);
end
$$;

-- Also for queues whose tables were already detached from the extension.
create function pgmq.drop_queue(queue_name text) returns boolean
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    a text := pgmq.format_table_name(queue_name, 'a');
    partitioned boolean;
begin
    select m.is_partitioned into partitioned from pgmq.meta m where m.queue_name = drop_queue.queue_name;
    if pgmq._belongs_to_pgmq(q) then
        execute pg_catalog.format('alter extension pgmq drop table pgmq.%I', q);
    end if;
    if pgmq._belongs_to_pgmq(q || '_msg_id_seq') then
        execute pg_catalog.format('alter extension pgmq drop sequence pgmq.%I', q || '_msg_id_seq');
    end if;
    if pgmq._belongs_to_pgmq(a) then
        execute pg_catalog.format('alter extension pgmq drop table pgmq.%I', a);
    end if;
    execute pg_catalog.format('drop table if exists pgmq.%I', q);
    execute pg_catalog.format('drop table if exists pgmq.%I', a);
    delete from pgmq.meta m where m.queue_name = drop_queue.queue_name;
    if partitioned then
        execute pg_catalog.format('delete from %I.part_config where parent_table in (%L, %L)',
            pgmq._get_pg_partman_schema(), 'pgmq.' || q, 'pgmq.' || a);
    end if;
    return true;
end
$$;

create function pgmq.drop_queue(queue_name text, partitioned boolean) returns boolean
language plpgsql
as $$
begin
    raise warning 'drop_queue(queue_name, partitioned) is deprecated and will be removed in PGMQ v2.0. Use drop_queue(queue_name) instead.';
    return pgmq.drop_queue(queue_name);
end
$$;

create function pgmq.purge_queue(queue_name text) returns bigint
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    purged bigint;
begin
    execute pg_catalog.format('select count(*) from pgmq.%I', q) into purged;
    execute pg_catalog.format('truncate table pgmq.%I', q);
    return purged;
end
$$;

create function pgmq.detach_archive(queue_name text) returns void
language plpgsql
as $$
begin
    execute pg_catalog.format('alter extension pgmq drop table pgmq.%I', pgmq.format_table_name(queue_name, 'a'));
end
$$;

create function pgmq.list_queues() returns setof pgmq.queue_record
language sql
as $$ select queue_name, is_partitioned, is_unlogged, created_at from pgmq.meta $$;

create function pgmq.metrics(queue_name text) returns pgmq.metrics_result
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
    result pgmq.metrics_result;
begin
    execute pg_catalog.format(
        'select %L::text, count(*),
            extract(epoch from (now() - max(enqueued_at)))::integer,
            extract(epoch from (now() - min(enqueued_at)))::integer,
            (select case when is_called then last_value else 0 end from pgmq.%I),
            now(),
            count(*) filter (where vt <= now())
         from pgmq.%I', queue_name, q || '_msg_id_seq', q)
    into result;
    return result;
end
$$;

create function pgmq.metrics_all() returns setof pgmq.metrics_result
language sql
as $$ select (pgmq.metrics(m.queue_name)).* from pgmq.meta m $$;

-- messages ---------------------------------------------------------------------------------

create function pgmq.send(queue_name text, msg jsonb, headers jsonb, delay timestamptz)
returns setof bigint
language plpgsql
as $$
begin
    return query execute pg_catalog.format(
        'insert into pgmq.%I (vt, message, headers) values ($1, $2, $3) returning msg_id',
        pgmq.format_table_name(queue_name, 'q'))
    using delay, msg, headers;
end
$$;

create function pgmq.send(queue_name text, msg jsonb) returns setof bigint
language sql
as $$ select * from pgmq.send(queue_name, msg, null::jsonb, pg_catalog.clock_timestamp()) $$;

create function pgmq.send(queue_name text, msg jsonb, headers jsonb) returns setof bigint
language sql
as $$ select * from pgmq.send(queue_name, msg, headers, pg_catalog.clock_timestamp()) $$;

create function pgmq.send(queue_name text, msg jsonb, delay integer) returns setof bigint
language sql
as $$
    select * from pgmq.send(queue_name, msg, null::jsonb,
        pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => delay))
$$;

create function pgmq.send(queue_name text, msg jsonb, delay timestamptz) returns setof bigint
language sql
as $$ select * from pgmq.send(queue_name, msg, null::jsonb, delay) $$;

create function pgmq.send(queue_name text, msg jsonb, headers jsonb, delay integer) returns setof bigint
language sql
as $$
    select * from pgmq.send(queue_name, msg, headers,
        pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => delay))
$$;

create function pgmq.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay timestamptz)
returns setof bigint
language plpgsql
as $$
begin
    return query execute pg_catalog.format(
        'insert into pgmq.%I (vt, message, headers)
         select $1, m.message, h.headers
         from unnest($2) with ordinality as m (message, n)
             left join unnest($3) with ordinality as h (headers, n) using (n)
         order by m.n
         returning msg_id',
        pgmq.format_table_name(queue_name, 'q'))
    using delay, msgs, headers;
end
$$;

create function pgmq.send_batch(queue_name text, msgs jsonb[]) returns setof bigint
language sql
as $$ select * from pgmq.send_batch(queue_name, msgs, null::jsonb[], pg_catalog.clock_timestamp()) $$;

create function pgmq.send_batch(queue_name text, msgs jsonb[], headers jsonb[]) returns setof bigint
language sql
as $$ select * from pgmq.send_batch(queue_name, msgs, headers, pg_catalog.clock_timestamp()) $$;

create function pgmq.send_batch(queue_name text, msgs jsonb[], delay integer) returns setof bigint
language sql
as $$
    select * from pgmq.send_batch(queue_name, msgs, null::jsonb[],
        pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => delay))
$$;

create function pgmq.send_batch(queue_name text, msgs jsonb[], delay timestamptz) returns setof bigint
language sql
as $$ select * from pgmq.send_batch(queue_name, msgs, null::jsonb[], delay) $$;

create function pgmq.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay integer)
returns setof bigint
language sql
as $$
    select * from pgmq.send_batch(queue_name, msgs, headers,
        pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => delay))
$$;

create function pgmq.read(queue_name text, vt integer, qty integer, conditional jsonb default '{}')
returns setof pgmq.message_record
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
begin
    return query execute pg_catalog.format(
        'with ready as (
            select msg_id from pgmq.%I
            where vt <= clock_timestamp() and ($3 = ''{}''::jsonb or message @> $3)
            order by msg_id
            limit $1
            for update skip locked)
         update pgmq.%I m
         set vt = clock_timestamp() + $2, read_ct = m.read_ct + 1
         from ready
         where m.msg_id = ready.msg_id
         returning m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message, m.headers', q, q)
    using qty, pg_catalog.make_interval(secs => vt), coalesce(conditional, '{}'::jsonb);
end
$$;

create function pgmq.read_with_poll(
    queue_name text,
    vt integer,
    qty integer,
    max_poll_seconds integer default 5,
    poll_interval_ms integer default 100,
    conditional jsonb default '{}'
) returns setof pgmq.message_record
language plpgsql
as $$
declare
    stop_at timestamptz := pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => max_poll_seconds);
    got boolean;
    r pgmq.message_record;
begin
    loop
        got := false;
        for r in select * from pgmq.read(queue_name, vt, qty, conditional) loop
            got := true;
            return next r;
        end loop;
        if got or pg_catalog.clock_timestamp() >= stop_at then
            return;
        end if;
        perform pg_catalog.pg_sleep(poll_interval_ms::numeric / 1000);
    end loop;
end
$$;

create function pgmq.pop(queue_name text) returns setof pgmq.message_record
language plpgsql
as $$
declare
    q text := pgmq.format_table_name(queue_name, 'q');
begin
    return query execute pg_catalog.format(
        'with next as (
            select msg_id from pgmq.%I
            where vt <= clock_timestamp()
            order by msg_id
            limit 1
            for update skip locked)
         delete from pgmq.%I m using next
         where m.msg_id = next.msg_id
         returning m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message, m.headers', q, q);
end
$$;

create function pgmq.archive(queue_name text, msg_ids bigint[]) returns setof bigint
language plpgsql
as $$
begin
    return query execute pg_catalog.format(
        'with moved as (
            delete from pgmq.%I where msg_id = any($1)
            returning msg_id, vt, read_ct, enqueued_at, message, headers)
         insert into pgmq.%I (msg_id, vt, read_ct, enqueued_at, message, headers)
         select msg_id, vt, read_ct, enqueued_at, message, headers from moved
         returning msg_id',
        pgmq.format_table_name(queue_name, 'q'), pgmq.format_table_name(queue_name, 'a'))
    using msg_ids;
end
$$;

create function pgmq.archive(queue_name text, msg_id bigint) returns boolean
language sql
as $$ select exists (select from pgmq.archive(queue_name, array[msg_id])) $$;

create function pgmq.delete(queue_name text, msg_ids bigint[]) returns setof bigint
language plpgsql
as $$
begin
    return query execute pg_catalog.format(
        'delete from pgmq.%I where msg_id = any($1) returning msg_id',
        pgmq.format_table_name(queue_name, 'q'))
    using msg_ids;
end
$$;

create function pgmq.delete(queue_name text, msg_id bigint) returns boolean
language sql
as $$ select exists (select from pgmq.delete(queue_name, array[msg_id])) $$;

create function pgmq.set_vt(queue_name text, msg_id bigint, vt integer) returns setof pgmq.message_record
language plpgsql
as $$
begin
    return query execute pg_catalog.format(
        'update pgmq.%I set vt = clock_timestamp() + $1 where msg_id = $2
         returning msg_id, read_ct, enqueued_at, vt, message, headers',
        pgmq.format_table_name(queue_name, 'q'))
    using pg_catalog.make_interval(secs => vt), msg_id;
end
$$;
