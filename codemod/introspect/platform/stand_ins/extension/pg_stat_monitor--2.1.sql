-- Stand-in for pg_stat_monitor (2.1) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. The module that gathers statistics is
-- not loaded, so the pg_stat_monitor view is always empty.

create function pg_stat_monitor_reset() returns void
language sql volatile parallel safe
as $$ select $$;

create function pg_stat_monitor_version() returns text
language sql volatile parallel safe
as $$ select '2.1.0'::text $$;

create function get_histogram_timings() returns text
language sql volatile parallel safe
as $$ select ''::text $$;

create function range() returns text[]
language sql volatile
as $$ select '{}'::text[] $$;

create function get_cmd_type(cmd_type integer) returns text
language sql volatile parallel safe
as $$
    select case cmd_type
        when 0 then '' when 1 then 'SELECT' when 2 then 'UPDATE' when 3 then 'INSERT'
        when 4 then 'DELETE' when 5 then 'MERGE' when 6 then 'UTILITY' when 7 then 'NOTHING'
    end
$$;

create function decode_error_level(elevel integer) returns text
language sql volatile parallel safe
as $$
    select case elevel
        when 0 then '' when 10 then 'DEBUG5' when 11 then 'DEBUG4' when 12 then 'DEBUG3'
        when 13 then 'DEBUG2' when 14 then 'DEBUG1' when 15 then 'LOG'
        when 16 then 'LOG_SERVER_ONLY' when 17 then 'INFO' when 18 then 'NOTICE'
        when 19 then 'WARNING' when 20 then 'WARNING_CLIENT_ONLY' when 21 then 'ERROR'
        when 22 then 'FATAL' when 23 then 'PANIC'
    end
$$;

create function histogram(_bucket integer, _quryid bigint) returns setof record
language plpgsql volatile
as $$
begin
    return;
end
$$;

create function pg_stat_monitor_internal(
    showtext boolean,
    out bucket int8,
    out userid oid,
    out username text,
    out dbid oid,
    out datname text,
    out client_ip int8,
    out queryid int8,
    out planid int8,
    out query text,
    out query_plan text,
    out pgsm_query_id int8,
    out top_queryid int8,
    out top_query text,
    out application_name text,
    out relations text,
    out cmd_type integer,
    out elevel integer,
    out sqlcode text,
    out message text,
    out bucket_start_time timestamptz,
    out calls int8,
    out total_exec_time float8,
    out min_exec_time float8,
    out max_exec_time float8,
    out mean_exec_time float8,
    out stddev_exec_time float8,
    out rows int8,
    out plans int8,
    out total_plan_time float8,
    out min_plan_time float8,
    out max_plan_time float8,
    out mean_plan_time float8,
    out stddev_plan_time float8,
    out shared_blks_hit int8,
    out shared_blks_read int8,
    out shared_blks_dirtied int8,
    out shared_blks_written int8,
    out local_blks_hit int8,
    out local_blks_read int8,
    out local_blks_dirtied int8,
    out local_blks_written int8,
    out temp_blks_read int8,
    out temp_blks_written int8,
    out shared_blk_read_time float8,
    out shared_blk_write_time float8,
    out local_blk_read_time float8,
    out local_blk_write_time float8,
    out temp_blk_read_time float8,
    out temp_blk_write_time float8,
    out resp_calls text,
    out cpu_user_time float8,
    out cpu_sys_time float8,
    out wal_records int8,
    out wal_fpi int8,
    out wal_bytes numeric,
    out comments text,
    out jit_functions int8,
    out jit_generation_time float8,
    out jit_inlining_count int8,
    out jit_inlining_time float8,
    out jit_optimization_count int8,
    out jit_optimization_time float8,
    out jit_emission_count int8,
    out jit_emission_time float8,
    out jit_deform_count int8,
    out jit_deform_time float8,
    out stats_since timestamptz,
    out minmax_stats_since timestamptz,
    out toplevel boolean,
    out bucket_done boolean
) returns setof record
language sql volatile strict parallel safe
as $$
    select null::int8, null::oid, null::text, null::oid, null::text, null::int8, null::int8, null::int8, null::text, null::text, null::int8, null::int8, null::text, null::text, null::text, null::integer, null::integer, null::text, null::text, null::timestamptz, null::int8, null::float8, null::float8, null::float8, null::float8, null::float8, null::int8, null::int8, null::float8, null::float8, null::float8, null::float8, null::float8, null::int8, null::int8, null::int8, null::int8, null::int8, null::int8, null::int8, null::int8, null::int8, null::int8, null::float8, null::float8, null::float8, null::float8, null::float8, null::float8, null::text, null::float8, null::float8, null::int8, null::int8, null::numeric, null::text, null::int8, null::float8, null::int8, null::float8, null::int8, null::float8, null::int8, null::float8, null::int8, null::float8, null::timestamptz, null::timestamptz, null::boolean, null::boolean
    where false
$$;

create view pg_stat_monitor as
select bucket, bucket_start_time, userid, username, dbid, datname,
    '0.0.0.0'::inet + client_ip as client_ip, pgsm_query_id, queryid, toplevel, top_queryid, query,
    comments, planid, query_plan, top_query, application_name,
    pg_catalog.string_to_array(relations, ',') as relations, cmd_type,
    get_cmd_type(cmd_type) as cmd_type_text, elevel, sqlcode, message, calls, total_exec_time,
    min_exec_time, max_exec_time, mean_exec_time, stddev_exec_time, rows, shared_blks_hit,
    shared_blks_read, shared_blks_dirtied, shared_blks_written, local_blks_hit, local_blks_read,
    local_blks_dirtied, local_blks_written, temp_blks_read, temp_blks_written,
    shared_blk_read_time, shared_blk_write_time, local_blk_read_time, local_blk_write_time,
    temp_blk_read_time, temp_blk_write_time,
    pg_catalog.string_to_array(resp_calls, ',') as resp_calls, cpu_user_time, cpu_sys_time,
    wal_records, wal_fpi, wal_bytes, bucket_done, plans, total_plan_time, min_plan_time,
    max_plan_time, mean_plan_time, stddev_plan_time, jit_functions, jit_generation_time,
    jit_inlining_count, jit_inlining_time, jit_optimization_count, jit_optimization_time,
    jit_emission_count, jit_emission_time, jit_deform_count, jit_deform_time, stats_since,
    minmax_stats_since
from pg_stat_monitor_internal(true)
order by bucket_start_time;

create function pgsm_create_11_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_11_view() from public;

create function pgsm_create_13_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_13_view() from public;

create function pgsm_create_14_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_14_view() from public;

create function pgsm_create_15_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_15_view() from public;

create function pgsm_create_17_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_17_view() from public;

create function pgsm_create_view() returns integer
language sql volatile
as $$ select 0 $$;
revoke all on function pgsm_create_view() from public;

grant select on pg_stat_monitor to public;
revoke all on function pg_stat_monitor_reset() from public;
