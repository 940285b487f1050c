-- Stand-in for hypopg (1.4.1) in schemasync's shadow database: schemasync's own SQL, written
-- from the extension's documented interface. There is never a hypothetical or hidden index;
-- the functions that would make one fail when called.

create function hypopg(
    out indexname text, out indexrelid oid, out indrelid oid, out innatts integer,
    out indisunique boolean, out indkey int2vector, out indcollation oidvector,
    out indclass oidvector, out indoption oidvector, out indexprs pg_node_tree,
    out indpred pg_node_tree, out amid oid
) returns setof record
language sql volatile
as $$
    select null::text, null::oid, null::oid, null::integer, null::boolean, null::int2vector,
        null::oidvector, null::oidvector, null::oidvector, null::pg_node_tree, null::pg_node_tree,
        null::oid
    where false
$$;

create function hypopg_create_index(sql_order text, out indexrelid oid, out indexname text)
returns setof record
language plpgsql volatile strict
as $$
begin
    raise exception 'hypothetical indexes are not available in schemasync''s shadow database';
end
$$;

create function hypopg_drop_index(indexid oid) returns boolean
language sql volatile strict
as $$ select false $$;

create function hypopg_get_indexdef(indexid oid) returns text
language sql volatile strict
as $$ select null::text $$;

create function hypopg_relation_size(indexid oid) returns bigint
language sql volatile strict
as $$ select null::bigint $$;

create function hypopg_reset() returns void
language sql volatile
as $$ select $$;

create function hypopg_reset_index() returns void
language sql volatile
as $$ select $$;

create function hypopg_hide_index(indexid oid) returns boolean
language plpgsql volatile strict
as $$
begin
    raise exception 'hiding indexes is not available in schemasync''s shadow database';
end
$$;

create function hypopg_unhide_index(indexid oid) returns boolean
language sql volatile strict
as $$ select false $$;

create function hypopg_unhide_all_indexes() returns void
language sql volatile
as $$ select $$;

create function hypopg_hidden_indexes() returns table (indexid oid)
language sql volatile
as $$ select null::oid where false $$;

create view hypopg_list_indexes as
select h.indexrelid, h.indexname as index_name, n.nspname as schema_name,
    c.relname as table_name, am.amname as am_name
from hypopg() as h
    join pg_catalog.pg_class c on c.oid = h.indrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join pg_catalog.pg_am am on am.oid = h.amid;

create view hypopg_hidden_indexes as
select h.indexid as indexrelid, i.relname as index_name, n.nspname as schema_name,
    t.relname as table_name, am.amname as am_name, false as is_hypo
from hypopg_hidden_indexes() as h
    join pg_catalog.pg_index x on x.indexrelid = h.indexid
    join pg_catalog.pg_class i on i.oid = x.indexrelid
    join pg_catalog.pg_class t on t.oid = x.indrelid
    join pg_catalog.pg_namespace n on n.oid = t.relnamespace
    join pg_catalog.pg_am am on am.oid = i.relam;
