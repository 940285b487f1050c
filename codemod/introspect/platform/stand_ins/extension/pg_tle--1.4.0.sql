-- Stand-in for pg_tle 1.4 (extension pg_tle): schemasync's SQL, written from pg_tle's
-- documented interface. The real pg_tle makes CREATE EXTENSION find extensions that
-- live in its functions; here install_extension() writes them as control and script
-- files into a folder on this server's extension_control_path instead.

\echo Use "CREATE EXTENSION pg_tle" to load this file. \quit

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'pgtle_admin') then
        create role pgtle_admin nologin;
    end if;
end $$;
grant usage, create on schema @extschema@ to pgtle_admin;

create type @extschema@.pg_tle_features as enum ('passcheck', 'clientauth');
create type @extschema@.password_types as enum ('PASSWORD_TYPE_PLAINTEXT', 'PASSWORD_TYPE_MD5', 'PASSWORD_TYPE_SCRAM_SHA_256');
create type @extschema@.clientauth_port_subset as (noblock boolean, remote_host text, remote_hostname text,
    remote_hostname_resolv integer, remote_hostname_errcode integer, database_name text, user_name text,
    application_name text, raw_database_name text, raw_user_name text);

create table @extschema@.feature_info (
    feature @extschema@.pg_tle_features,
    schema_name text,
    proname text,
    obj_identity text not null,
    primary key (feature, schema_name, proname)
);
select pg_catalog.pg_extension_config_dump('@extschema@.feature_info', '');
grant select on @extschema@.feature_info to public;

-- the folder this server reads extension files from (the stand-ins' folder)
create function @extschema@._pgtle_standin_dir() returns text
    language plpgsql stable as $$
declare
    entry text;
begin
    foreach entry in array string_to_array(current_setting('extension_control_path', true), ':') loop
        if entry <> '$system' and entry <> '' then
            return entry || '/extension';
        end if;
    end loop;
    raise exception 'pg_tle (schemasync stand-in): this server has no extension folder to install into';
end $$;

create function @extschema@._pgtle_standin_write(file text, content text) returns void
    language plpgsql volatile as $$
declare
    lo oid := pg_catalog.lo_from_bytea(0, convert_to(content, 'UTF8'));
begin
    perform pg_catalog.lo_export(lo, @extschema@._pgtle_standin_dir() || '/' || file);
    perform pg_catalog.lo_unlink(lo);
end $$;

create function @extschema@._pgtle_standin_control(name text, version text, description text, requires text[]) returns text
    language sql immutable as $$
    select format(E'comment = %L\ndefault_version = %L\nrelocatable = false\nsuperuser = false\ntrusted = true\n', description, version)
        || case when cardinality(requires) > 0 then format(E'requires = %L\n', array_to_string(requires, ', ')) else '' end
$$;

create function @extschema@.install_extension(name text, version text, description text, ext text, requires text[] DEFAULT NULL::text[])
    returns boolean
    language plpgsql volatile as $$
begin
    if name !~ '^[A-Za-z0-9_-]+$' or version !~ '^[A-Za-z0-9_.-]+$' then
        raise exception 'invalid extension name or version: "%" "%"', name, version;
    end if;
    if exists (select from pg_catalog.pg_proc p where p.pronamespace = '@extschema@'::regnamespace and p.proname = name || '.control') then
        raise exception 'extension "%" already installed', name using errcode = '42710';
    end if;
    execute format('create function @extschema@.%I() returns text language sql immutable as %L',
        name || '.control', format('select %L::text', @extschema@._pgtle_standin_control(name, version, description, requires)));
    execute format('create function @extschema@.%I() returns text language sql immutable as %L',
        name || '--' || version || '.sql', format('select %L::text', ext));
    perform @extschema@._pgtle_standin_write(name || '.control', @extschema@._pgtle_standin_control(name, version, description, requires));
    perform @extschema@._pgtle_standin_write(name || '--' || version || '.sql', ext);
    return true;
end $$;

create function @extschema@.install_extension(name text, version text, description text, ext text, requires text[],
        schema text)
    returns boolean
    language sql volatile
    as $$ select @extschema@.install_extension(name, version, description, ext, requires) $$;

create function @extschema@.install_extension_version_sql(name text, version text, ext text) returns boolean
    language plpgsql volatile strict as $$
begin
    execute format('create function @extschema@.%I() returns text language sql immutable as %L',
        name || '--' || version || '.sql', format('select %L::text', ext));
    perform @extschema@._pgtle_standin_write(name || '--' || version || '.sql', ext);
    return true;
end $$;

create function @extschema@.install_update_path(name text, fromvers text, tovers text, ext text) returns boolean
    language plpgsql volatile strict as $$
begin
    execute format('create function @extschema@.%I() returns text language sql immutable as %L',
        name || '--' || fromvers || '--' || tovers || '.sql', format('select %L::text', ext));
    perform @extschema@._pgtle_standin_write(name || '--' || fromvers || '--' || tovers || '.sql', ext);
    return true;
end $$;

create function @extschema@.set_default_version(name text, version text) returns boolean
    language plpgsql volatile strict as $$
declare
    control text;
begin
    execute format('select @extschema@.%I()', name || '.control') into control;
    control := regexp_replace(control, 'default_version = [^\n]*', format('default_version = %L', version));
    execute format('create or replace function @extschema@.%I() returns text language sql immutable as %L',
        name || '.control', format('select %L::text', control));
    perform @extschema@._pgtle_standin_write(name || '.control', control);
    return true;
end $$;

create function @extschema@.uninstall_extension(extname text) returns boolean
    language plpgsql volatile strict as $$
declare
    f record;
begin
    if exists (select from pg_catalog.pg_extension where pg_extension.extname = uninstall_extension.extname) then
        raise exception 'Extension % is in use. Drop it before uninstalling.', extname;
    end if;
    for f in select p.oid::regprocedure as fn from pg_catalog.pg_proc p
             where p.pronamespace = '@extschema@'::regnamespace
               and (p.proname = extname || '.control' or p.proname like extname || '--%.sql') loop
        execute format('drop function %s', f.fn);
    end loop;
    if not found then
        raise exception 'Extension % does not exist', extname using errcode = '42704';
    end if;
    -- the files stay (SQL cannot remove files); without a control function the name is free again
    perform @extschema@._pgtle_standin_write(extname || '.control', E'comment = ''uninstalled''\ndefault_version = ''0''\n');
    return true;
end $$;

create function @extschema@.uninstall_extension(extname text, version text) returns boolean
    language sql volatile strict as $$ select @extschema@.uninstall_extension(extname) $$;

create function @extschema@.uninstall_extension_if_exists(extname text) returns boolean
    language plpgsql volatile strict as $$
begin
    return @extschema@.uninstall_extension(extname);
exception when undefined_object then
    return false;
end $$;

create function @extschema@.uninstall_update_path(extname text, fromvers text, tovers text) returns boolean
    language plpgsql volatile strict as $$
begin
    execute format('drop function @extschema@.%I()', extname || '--' || fromvers || '--' || tovers || '.sql');
    return true;
end $$;

create function @extschema@.uninstall_update_path_if_exists(extname text, fromvers text, tovers text) returns boolean
    language plpgsql volatile strict as $$
begin
    return @extschema@.uninstall_update_path(extname, fromvers, tovers);
exception when undefined_function then
    return false;
end $$;

create function @extschema@.available_extensions(OUT name name, OUT default_version text, OUT comment text)
    returns SETOF record
    language plpgsql stable strict as $$
declare
    f name;
    control text;
begin
    for f in select p.proname from pg_catalog.pg_proc p
             where p.pronamespace = '@extschema@'::regnamespace and p.proname like '%.control' order by 1 loop
        execute format('select @extschema@.%I()', f) into control;
        name := split_part(f, '.control', 1);
        default_version := (regexp_match(control, 'default_version = ''([^'']*)'''))[1];
        comment := (regexp_match(control, 'comment = ''((?:[^'']|'''')*)'''))[1];
        return next;
    end loop;
end $$;

create function @extschema@.available_extension_versions(OUT name name, OUT version text, OUT superuser boolean,
        OUT trusted boolean, OUT relocatable boolean, OUT schema name, OUT requires name[], OUT comment text)
    returns SETOF record
    language sql stable strict as $$
    select a.name, split_part(split_part(p.proname, '--', 2), '.sql', 1), false, true, false, null::name,
           null::name[], a.comment
    from @extschema@.available_extensions() a
    join pg_catalog.pg_proc p on p.pronamespace = '@extschema@'::regnamespace
     and p.proname like a.name || '--%.sql' and p.proname not like a.name || '--%--%.sql'
$$;

create function @extschema@.extension_update_paths(name name, OUT source text, OUT target text, OUT path text)
    returns SETOF record
    language sql stable strict as $$
    select split_part(p.proname, '--', 2), split_part(split_part(p.proname, '--', 3), '.sql', 1),
           split_part(p.proname, '--', 2) || '--' || split_part(split_part(p.proname, '--', 3), '.sql', 1)
    from pg_catalog.pg_proc p
    where p.pronamespace = '@extschema@'::regnamespace and p.proname like name || '--%--%.sql'
$$;

create function @extschema@.register_feature(proc regproc, feature @extschema@.pg_tle_features) returns void
    language sql volatile as $$
    insert into @extschema@.feature_info (feature, schema_name, proname, obj_identity)
    select feature, p.pronamespace::regnamespace::text, p.proname::text, p.oid::regprocedure::text
    from pg_catalog.pg_proc p where p.oid = proc
$$;

create function @extschema@.register_feature_if_not_exists(proc regproc, feature @extschema@.pg_tle_features) returns boolean
    language plpgsql volatile as $$
begin
    perform @extschema@.register_feature(proc, feature);
    return true;
exception when unique_violation then
    return false;
end $$;

create function @extschema@.unregister_feature(proc regproc, feature @extschema@.pg_tle_features) returns void
    language plpgsql volatile as $$
begin
    delete from @extschema@.feature_info f
     where f.feature = unregister_feature.feature and f.obj_identity = proc::oid::regprocedure::text;
    if not found then
        raise exception 'Could not unregister "%": does not exist.', proc;
    end if;
end $$;

create function @extschema@.unregister_feature_if_exists(proc regproc, feature @extschema@.pg_tle_features) returns boolean
    language plpgsql volatile as $$
begin
    perform @extschema@.unregister_feature(proc, feature);
    return true;
exception when others then
    return false;
end $$;

create function @extschema@.pg_tle_feature_info_sql_drop() returns event_trigger
    language plpgsql as $$
begin
    delete from @extschema@.feature_info f
     using pg_catalog.pg_event_trigger_dropped_objects() d
     where d.object_type = 'function' and f.obj_identity = d.object_identity;
end $$;

create event trigger pg_tle_event_trigger_for_drop_function on sql_drop
    when tag in ('DROP FUNCTION') execute function @extschema@.pg_tle_feature_info_sql_drop();

create function @extschema@.create_shell_type(typenamespace regnamespace, typename name) returns void
    language plpgsql volatile strict security definer as $$
begin
    execute format('create type %I.%I', typenamespace, typename);
end $$;

create function @extschema@.create_shell_type_if_not_exists(typenamespace regnamespace, typename name) returns boolean
    language plpgsql volatile strict security definer as $$
begin
    perform @extschema@.create_shell_type(typenamespace, typename);
    return true;
exception when duplicate_object then
    return false;
end $$;

create function @extschema@.create_base_type(typenamespace regnamespace, typename name, infunc regprocedure,
        outfunc regprocedure, internallength integer, alignment text DEFAULT 'int4'::text, storage text DEFAULT 'plain'::text)
    returns void
    language plpgsql volatile strict security definer as $$
begin
    raise exception feature_not_supported
        using message = 'create_base_type() is not available in schemasync''s stand-in for pg_tle';
end $$;

create function @extschema@.create_base_type_if_not_exists(typenamespace regnamespace, typename name, infunc regprocedure,
        outfunc regprocedure, internallength integer, alignment text DEFAULT 'int4'::text, storage text DEFAULT 'plain'::text)
    returns boolean
    language sql volatile strict security definer
    as $$ select @extschema@.create_base_type(typenamespace, typename, infunc, outfunc, internallength, alignment, storage) is null $$;

create function @extschema@.create_operator_func(typenamespace regnamespace, typename name, opfunc regprocedure) returns void
    language plpgsql volatile strict security definer as $$
begin
    raise exception feature_not_supported
        using message = 'create_operator_func() is not available in schemasync''s stand-in for pg_tle';
end $$;

create function @extschema@.create_operator_func_if_not_exists(typenamespace regnamespace, typename name, opfunc regprocedure) returns boolean
    language sql volatile strict security definer
    as $$ select @extschema@.create_operator_func(typenamespace, typename, opfunc) is null $$;

grant execute on all functions in schema @extschema@ to pgtle_admin;
