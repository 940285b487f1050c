-- Stand-in for PL/Java 1.6 (extension pljava): schemasync's SQL, written from PL/Java's
-- documented interface. The languages exist so that functions written in Java can be
-- created; there is no JVM here, so they fail when called. Jars are recorded, not loaded.

\echo Use "CREATE EXTENSION pljava" to load this file. \quit

create function @extschema@.java_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';
create function @extschema@.javau_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';
create function @extschema@.java_validator(oid) returns void
    language plpgsql strict as $$ begin end $$;
create function @extschema@.javau_validator(oid) returns void
    language plpgsql strict as $$ begin end $$;

create trusted language java handler @extschema@.java_call_handler;
create language javau handler @extschema@.javau_call_handler;

create table @extschema@.jar_repository (
    jarid serial primary key,
    jarname character varying(100) not null unique,
    jarorigin character varying(500) not null,
    jarowner name not null,
    jarmanifest text,
    deploymentdesc integer
);
create table @extschema@.jar_entry (
    entryid serial primary key,
    entryname character varying(200) not null,
    jarid integer not null references @extschema@.jar_repository on delete cascade,
    entryimage bytea not null,
    unique (jarid, entryname)
);
create table @extschema@.jar_descriptor (
    jarid integer references @extschema@.jar_repository on delete cascade,
    ordinal smallint,
    primary key (jarid, ordinal),
    entryid integer not null references @extschema@.jar_entry on delete cascade
);
create table @extschema@.classpath_entry (
    schemaname character varying(30) not null,
    ordinal smallint not null,
    jarid integer not null references @extschema@.jar_repository on delete cascade,
    primary key (schemaname, ordinal)
);
create table @extschema@.typemap_entry (
    mapid serial primary key,
    javaname character varying(200) not null,
    sqlname name not null
);
grant usage on schema @extschema@ to public;
grant select on all tables in schema @extschema@ to public;

create function @extschema@.install_jar(urlstring character varying, jarname character varying, deploy boolean) returns void
    language sql volatile strict security definer
    as $$ insert into @extschema@.jar_repository (jarname, jarorigin, jarowner) values (jarname, urlstring, current_user) $$;
create function @extschema@.install_jar(image bytea, jarname character varying, deploy boolean) returns void
    language sql volatile strict security definer
    as $$ insert into @extschema@.jar_repository (jarname, jarorigin, jarowner) values (jarname, 'streamed byte image', current_user) $$;
create function @extschema@.replace_jar(urlstring character varying, jarname character varying, redeploy boolean) returns void
    language sql volatile strict security definer
    as $$ update @extschema@.jar_repository j set jarorigin = urlstring where j.jarname = replace_jar.jarname $$;
create function @extschema@.replace_jar(jarimage bytea, jarname character varying, redeploy boolean) returns void
    language sql volatile strict security definer
    as $$ update @extschema@.jar_repository j set jarorigin = 'streamed byte image' where j.jarname = replace_jar.jarname $$;
create function @extschema@.remove_jar(jarname character varying, undeploy boolean) returns void
    language sql volatile strict security definer
    as $$ delete from @extschema@.jar_repository j where j.jarname = remove_jar.jarname $$;
create function @extschema@.get_classpath(schemaname character varying) returns character varying
    language sql stable strict security definer
    as $$ select string_agg(r.jarname, ':' order by c.ordinal) from @extschema@.classpath_entry c
          join @extschema@.jar_repository r using (jarid) where c.schemaname = get_classpath.schemaname $$;
create function @extschema@.set_classpath(schemaname character varying, path character varying) returns void
    language sql volatile security definer as $$
    delete from @extschema@.classpath_entry c where c.schemaname = set_classpath.schemaname;
    insert into @extschema@.classpath_entry (schemaname, ordinal, jarid)
    select set_classpath.schemaname, n, r.jarid from unnest(string_to_array(path, ':')) with ordinality as u(j, n)
    join @extschema@.jar_repository r on r.jarname = u.j;
$$;
create function @extschema@.add_type_mapping(sqltypename character varying, javaclassname character varying) returns void
    language sql volatile strict security definer
    as $$ insert into @extschema@.typemap_entry (javaname, sqlname) values (javaclassname, sqltypename) $$;
create function @extschema@.drop_type_mapping(sqltypename character varying) returns void
    language sql volatile strict security definer
    as $$ delete from @extschema@.typemap_entry where sqlname = sqltypename $$;
create function @extschema@.alias_java_language(alias name, sandboxed boolean DEFAULT true, orreplace boolean DEFAULT false,
        comment text DEFAULT NULL::text) returns void
    language plpgsql volatile security definer as $$
begin
    execute format('create %s%slanguage %I handler @extschema@.%s',
        case when orreplace then 'or replace ' else '' end, case when sandboxed then 'trusted ' else '' end, alias,
        case when sandboxed then 'java_call_handler' else 'javau_call_handler' end);
end $$;
