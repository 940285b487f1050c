-- The extensions a new project starts with. uuid-ossp, pgcrypto and supabase_vault are
-- stand-ins where the server lacks them (../stand_ins); on a server without them
-- (PostgreSQL before 18 finds no stand-ins) the extension is left out.

do $platform$
declare
    wanted text[][] := array[
        ['uuid-ossp', 'extensions'],
        ['pgcrypto', 'extensions'],
        ['pg_stat_statements', 'extensions'],
        ['supabase_vault', 'vault']
    ];
    item text[];
begin
    foreach item slice 1 in array wanted loop
        if exists (select from pg_catalog.pg_available_extensions where name = item[1]) then
            execute format('create schema if not exists %I', item[2]);
            execute format('create extension %I with schema %I', item[1], item[2]);
        end if;
    end loop;
end
$platform$;
