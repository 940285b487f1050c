-- Stand-in for pg_repack (1.5.2) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. The schema, views and functions exist;
-- the functions that would reorganise a table (used by the pg_repack client) fail when called.

create schema repack;


create function repack.conflicted_triggers(oid) returns setof name
language sql stable strict
as $$ select t.tgname from pg_catalog.pg_trigger t where t.tgrelid = $1 and t.tgname = 'repack_trigger' and false $$;

create function repack.create_index_type(oid, oid) returns void
language plpgsql volatile
as $$ begin raise exception 'repack.create_index_type() is not available in schemasync''s shadow database'; end $$;

create function repack.create_log_table(oid) returns void
language plpgsql volatile
as $$ begin raise exception 'repack.create_log_table() is not available in schemasync''s shadow database'; end $$;

create function repack.create_table(oid, name) returns void
language plpgsql volatile
as $$ begin raise exception 'repack.create_table() is not available in schemasync''s shadow database'; end $$;

create function repack.disable_autovacuum(regclass) returns void
language plpgsql volatile strict
as $$ begin raise exception 'repack.disable_autovacuum() is not available in schemasync''s shadow database'; end $$;

create function repack.get_alter_col_storage(oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_alter_col_storage() is not available in schemasync''s shadow database'; end $$;

create function repack.get_assign(oid, text) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_assign() is not available in schemasync''s shadow database'; end $$;

create function repack.get_columns_for_create_as(oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_columns_for_create_as() is not available in schemasync''s shadow database'; end $$;

create function repack.get_compare_pkey(oid, text) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_compare_pkey() is not available in schemasync''s shadow database'; end $$;

create function repack.get_create_index_type(oid, name) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_create_index_type() is not available in schemasync''s shadow database'; end $$;

create function repack.get_create_trigger(relid oid, pkid oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_create_trigger() is not available in schemasync''s shadow database'; end $$;

create function repack.get_drop_columns(oid, text) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_drop_columns() is not available in schemasync''s shadow database'; end $$;

create function repack.get_enable_trigger(relid oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_enable_trigger() is not available in schemasync''s shadow database'; end $$;

create function repack.get_index_columns(oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_index_columns() is not available in schemasync''s shadow database'; end $$;

create function repack.get_order_by(oid, oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_order_by() is not available in schemasync''s shadow database'; end $$;

create function repack.get_storage_param(oid) returns text
language plpgsql stable strict
as $$ begin raise exception 'repack.get_storage_param() is not available in schemasync''s shadow database'; end $$;

create function repack.get_table_and_inheritors(regclass) returns regclass[]
language sql stable strict
as $$ select array(select c.oid::pg_catalog.regclass from pg_catalog.pg_class c where c.oid = $1 union all select i.inhrelid::pg_catalog.regclass from pg_catalog.pg_inherits i where i.inhparent = $1) $$;

create function repack.oid2text(oid) returns text
language sql stable strict
as $$ select $1::pg_catalog.regclass::text $$;

-- cstring arguments rule out SQL and PL/pgSQL: a built-in that only ever raises an error
-- ("cannot accept a value of type any") stands in.
create function repack.repack_apply(sql_peek cstring, sql_insert cstring, sql_delete cstring, sql_update cstring, sql_pop cstring, count integer) returns integer
language internal volatile
as 'any_in';

create function repack.repack_drop(oid, integer) returns void
language plpgsql volatile strict
as $$ begin raise exception 'repack.repack_drop() is not available in schemasync''s shadow database'; end $$;

create function repack.repack_index_swap(oid) returns void
language plpgsql stable strict
as $$ begin raise exception 'repack.repack_index_swap() is not available in schemasync''s shadow database'; end $$;

create function repack.repack_indexdef(oid, oid, name, boolean) returns text
language plpgsql stable
as $$ begin raise exception 'repack.repack_indexdef() is not available in schemasync''s shadow database'; end $$;

create function repack.repack_swap(oid) returns void
language plpgsql volatile strict
as $$ begin raise exception 'repack.repack_swap() is not available in schemasync''s shadow database'; end $$;

create function repack.repack_trigger() returns trigger
language plpgsql volatile strict security definer
as $$ begin raise exception 'repack.repack_trigger() is not available in schemasync''s shadow database'; end $$;

create function repack.version() returns text
language sql immutable strict
as $$ select 'pg_repack 1.5.2'::text $$;

create function repack.version_sql() returns text
language sql immutable strict
as $$ select 'pg_repack 1.5.2'::text $$;

-- Candidate keys: each table's primary key, or else its first usable unique index.
create view repack.primary_keys as
select indrelid, (pg_catalog.array_agg(indexrelid order by indisprimary desc, indnatts, indexrelid))[1] as indexrelid
from pg_catalog.pg_index
where indisunique and indisvalid and indimmediate and indpred is null and indexprs is null
group by indrelid;

create view repack.tables as
select pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) as relname,
    c.oid as relid,
    c.reltoastrelid,
    case when c.reltoastrelid = 0 then 0::oid
        else (select indexrelid from pg_catalog.pg_index where indrelid = c.reltoastrelid limit 1)
    end as reltoastidxid,
    n.nspname as schemaname,
    pk.indexrelid as pkid,
    (select indexrelid from pg_catalog.pg_index where indrelid = c.oid and indisclustered limit 1) as ckid,
    null::text as create_pktype,
    null::text as create_log,
    null::text as create_trigger,
    null::text as enable_trigger,
    null::text as create_table,
    coalesce(t.spcname, 'pg_default') as tablespace_orig,
    null::text as copy_data,
    null::text as alter_col_storage,
    null::text as drop_columns,
    null::text as delete_log,
    pg_catalog.format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', c.oid::pg_catalog.regclass) as lock_table,
    null::text as ckey,
    null::text as sql_peek,
    null::text as sql_insert,
    null::text as sql_delete,
    null::text as sql_update,
    null::text as sql_pop
from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    left join repack.primary_keys pk on pk.indrelid = c.oid
    left join pg_catalog.pg_tablespace t on t.oid = c.reltablespace
where c.relkind in ('r', 'p')
    and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname !~ '^pg_toast';
