-- Stand-in for pg_cron (1.6) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface. cron.schedule() and friends maintain cron.job
-- as pg_cron does; no scheduler runs the jobs.

create schema cron;

create sequence cron.jobid_seq;
create sequence cron.runid_seq;
grant select on sequence cron.jobid_seq, cron.runid_seq to public;

create table cron.job (
    jobid bigint primary key default pg_catalog.nextval('cron.jobid_seq'),
    schedule text not null,
    command text not null,
    nodename text not null default 'localhost',
    nodeport integer not null default pg_catalog.inet_server_port(),
    database text not null default pg_catalog.current_database(),
    username text not null default current_user,
    active boolean not null default true,
    jobname text,
    constraint jobname_username_uniq unique (jobname, username)
);
grant select on cron.job to public;
alter table cron.job enable row level security;
create policy cron_job_policy on cron.job using (username = current_user);

create table cron.job_run_details (
    jobid bigint,
    runid bigint primary key default pg_catalog.nextval('cron.runid_seq'),
    job_pid integer,
    database text,
    username text,
    command text,
    status text,
    return_message text,
    start_time timestamptz,
    end_time timestamptz
);
grant select on cron.job_run_details to public;
alter table cron.job_run_details enable row level security;
create policy cron_job_run_details_policy on cron.job_run_details
    using (username = current_user);

select pg_catalog.pg_extension_config_dump('cron.job', '');
select pg_catalog.pg_extension_config_dump('cron.jobid_seq', '');
select pg_catalog.pg_extension_config_dump('cron.job_run_details', '');
select pg_catalog.pg_extension_config_dump('cron.runid_seq', '');

create function cron.job_cache_invalidate() returns trigger
language plpgsql
as $$
begin
    return null;
end
$$;
comment on function cron.job_cache_invalidate() is 'invalidate job cache';

create trigger cron_job_cache_invalidate
    after insert or update or delete or truncate on cron.job
    for each statement execute function cron.job_cache_invalidate();

create function cron.schedule_in_database(
    job_name text, schedule text, command text, database text, username text default null,
    active boolean default true
) returns bigint
language plpgsql
as $$
declare
    job_id bigint;
    owner text := coalesce(schedule_in_database.username, current_user);
begin
    if schedule is null or command is null or database is null then
        raise exception 'schedule, command and database must not be null';
    end if;
    -- what pg_cron accepts: five cron fields, an @-macro, or "N seconds"
    if not (schedule_in_database.schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|midnight|reboot)\s*$'
            or schedule_in_database.schedule ~* '^\s*([1-9]|[1-5][0-9])\s+seconds?\s*$'
            or schedule_in_database.schedule ~ '^\s*[0-9A-Za-z*/,$?#-]+(\s+[0-9A-Za-z*/,$?#-]+){4}\s*$') then
        raise exception 'invalid schedule: %', schedule_in_database.schedule;
    end if;
    insert into cron.job as j (schedule, command, nodename, nodeport, database, username, active, jobname)
    values (
        schedule_in_database.schedule, schedule_in_database.command, 'localhost',
        coalesce(pg_catalog.inet_server_port(), pg_catalog.current_setting('port')::integer),
        schedule_in_database.database, owner, coalesce(schedule_in_database.active, true), job_name
    )
    on conflict on constraint jobname_username_uniq do update
        set schedule = excluded.schedule,
            command = excluded.command,
            database = excluded.database,
            active = excluded.active
    returning j.jobid into job_id;
    return job_id;
end
$$;
comment on function cron.schedule_in_database(text, text, text, text, text, boolean)
    is 'schedule a pg_cron job';
revoke all on function cron.schedule_in_database(text, text, text, text, text, boolean) from public;

create function cron.schedule(job_name text, schedule text, command text) returns bigint
language sql
as $$ select cron.schedule_in_database(job_name, schedule, command, pg_catalog.current_database()) $$;
comment on function cron.schedule(text, text, text) is 'schedule a pg_cron job';

create function cron.schedule(schedule text, command text) returns bigint
language plpgsql strict
as $$
declare
    job_id bigint;
begin
    -- what pg_cron accepts: five cron fields, an @-macro, or "N seconds"
    if not (schedule.schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|midnight|reboot)\s*$'
            or schedule.schedule ~* '^\s*([1-9]|[1-5][0-9])\s+seconds?\s*$'
            or schedule.schedule ~ '^\s*[0-9A-Za-z*/,$?#-]+(\s+[0-9A-Za-z*/,$?#-]+){4}\s*$') then
        raise exception 'invalid schedule: %', schedule.schedule;
    end if;
    insert into cron.job (schedule, command, nodename, nodeport, database, username)
    values (
        schedule.schedule, schedule.command, 'localhost',
        coalesce(pg_catalog.inet_server_port(), pg_catalog.current_setting('port')::integer),
        pg_catalog.current_database(), current_user
    )
    returning jobid into job_id;
    return job_id;
end
$$;
comment on function cron.schedule(text, text) is 'schedule a pg_cron job';

create function cron.unschedule(job_id bigint) returns boolean
language plpgsql strict
as $$
begin
    delete from cron.job where jobid = job_id and username = current_user;
    if not found then
        raise exception 'could not find valid entry for job %', job_id;
    end if;
    return true;
end
$$;
comment on function cron.unschedule(bigint) is 'unschedule a pg_cron job';

create function cron.unschedule(job_name text) returns boolean
language plpgsql strict
as $$
begin
    delete from cron.job where jobname = job_name and username = current_user;
    if not found then
        raise exception 'could not find valid entry for job ''%''', job_name;
    end if;
    return true;
end
$$;
comment on function cron.unschedule(text) is 'unschedule a pg_cron job';

create function cron.alter_job(
    job_id bigint, schedule text default null, command text default null,
    database text default null, username text default null, active boolean default null
) returns void
language plpgsql
as $$
begin
    -- what pg_cron accepts: five cron fields, an @-macro, or "N seconds"
    if alter_job.schedule is not null and not (alter_job.schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|midnight|reboot)\s*$'
            or alter_job.schedule ~* '^\s*([1-9]|[1-5][0-9])\s+seconds?\s*$'
            or alter_job.schedule ~ '^\s*[0-9A-Za-z*/,$?#-]+(\s+[0-9A-Za-z*/,$?#-]+){4}\s*$') then
        raise exception 'invalid schedule: %', alter_job.schedule;
    end if;
    update cron.job j
    set schedule = coalesce(alter_job.schedule, j.schedule),
        command = coalesce(alter_job.command, j.command),
        database = coalesce(alter_job.database, j.database),
        username = coalesce(alter_job.username, j.username),
        active = coalesce(alter_job.active, j.active)
    where j.jobid = job_id;
    if not found then
        raise exception 'could not find valid entry for job %', job_id;
    end if;
end
$$;
comment on function cron.alter_job(bigint, text, text, text, text, boolean)
    is 'Alter the job identified by job_id. Any option left as NULL will not be modified.';
revoke all on function cron.alter_job(bigint, text, text, text, text, boolean) from public;

-- Supabase's supautils makes pg_catalog the extension's schema whatever `create extension`
-- asked for; record the same here (the objects above are in schema cron either way).
update pg_catalog.pg_extension set extnamespace = 'pg_catalog'::regnamespace
where extname = 'pg_cron';
delete from pg_catalog.pg_depend
where classid = 'pg_catalog.pg_extension'::regclass
    and objid = (select oid from pg_catalog.pg_extension where extname = 'pg_cron')
    and refclassid = 'pg_catalog.pg_namespace'::regclass;
