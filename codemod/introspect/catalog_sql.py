"""pg_catalog queries: one round trip per kind of object, never one per table.

Each query takes `%(schemas)s` (a list of schema names) and filters inside the SQL.
Objects that belong to an extension (pg_depend deptype 'e') are left out. Rows come
back in a deterministic order, each relation's rows together; `name` columns sort with
collation "C", which is the order Python's sorted() gives. information_schema is not used: it hides objects the
session does not own, and its type names lose what `format_type()` keeps.
"""

from __future__ import annotations

ENUMS = """
select
    n.nspname::text as schema,
    t.typname::text as name,
    coalesce(
        array_agg(e.enumlabel::text order by e.enumsortorder) filter (where e.oid is not null),
        '{}'
    ) as labels,
    pg_catalog.obj_description(t.oid, 'pg_type') as comment
from pg_catalog.pg_type t
join pg_catalog.pg_namespace n on n.oid = t.typnamespace
left join pg_catalog.pg_enum e on e.enumtypid = t.oid
where t.typtype = 'e'
    and n.nspname = any(%(schemas)s)
    and not exists (
        select from pg_catalog.pg_depend d
        where d.classid = 'pg_catalog.pg_type'::regclass and d.objid = t.oid and d.deptype = 'e'
    )
group by t.oid, n.nspname, t.typname
order by n.nspname, t.typname
"""

# The relations schemasync describes: ordinary, partitioned and foreign tables (not
# partitions, which share the parent's shape), views, materialized views and composite
# types (a standalone `create type ... as (...)` is a relation of kind 'c').
_RELATIONS = """
select c.oid, c.reltype, n.nspname, c.relname, c.relkind, c.relrowsecurity,
    -- A composite type's comment is the type's; a relation's, its pg_class row's.
    case when c.relkind = 'c' then 'pg_catalog.pg_type'::regclass
        else 'pg_catalog.pg_class'::regclass end::oid as described_class,
    case when c.relkind = 'c' then c.reltype else c.oid end as described_oid,
    -- Whether a view takes an INSERT or UPDATE (bits 1 << CMD_INSERT, 1 << CMD_UPDATE):
    -- when it is simple, or has rules or INSTEAD OF triggers.
    case when c.relkind = 'v'
        then pg_catalog.pg_relation_is_updatable(c.oid, false) else 0 end as updatable
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'f', 'v', 'm', 'c')
    and not c.relispartition
    and n.nspname = any(%(schemas)s)
    -- An extension's relations, and its composite types (their membership is recorded
    -- for the type, not its pg_class row).
    and not exists (
        select from pg_catalog.pg_depend d
        where d.deptype = 'e'
            and (d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid
                or d.classid = 'pg_catalog.pg_type'::regclass and d.objid = c.reltype)
    )
"""

# One row per relation, with what describes the relation itself.
RELATIONS = f"""
with rel as ({_RELATIONS})
select
    rel.oid as relation,
    rel.nspname::text as schema,
    rel.relname::text as table_name,
    rel.relkind::text as relkind,
    rel.updatable & 8 <> 0 as view_insertable,
    rel.updatable & 4 <> 0 as view_updatable,
    rel.relrowsecurity as row_security,
    td.description as table_comment
from rel
-- Joins rather than obj_description()/col_description(): one lookup per call costs
-- a third of the query on 40,000 columns.
left join pg_catalog.pg_description td
    on td.objoid = rel.described_oid and td.classoid = rel.described_class and td.objsubid = 0
order by rel.oid
"""

_COLUMNS = """
    select a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attndims,
        a.attnotnull, a.attidentity, a.attgenerated
    from rel
    join pg_catalog.pg_attribute a on a.attrelid = rel.oid
    where a.attnum > 0 and not a.attisdropped
"""

# One row per column, each relation's together and in order. A column names its type by
# (oid, typmod, declared dimensions), which COLUMN_TYPES describes once: a schema has few
# distinct types, and describing each for every one of 40,000 columns (format_type(),
# the walk below, six more text fields to send and parse) cost half the fetch.
COLUMNS = f"""
with rel as ({_RELATIONS}),
col as ({_COLUMNS})
select
    col.attrelid as relation,
    col.attname::text as column_name,
    col.atttypid as type_oid,
    col.atttypmod as type_modifier,
    col.attndims as declared_dims,
    not col.attnotnull as nullable,
    -- pg_attrdef holds a generated column's expression, not a default.
    case when col.attgenerated not in ('s', 'v')
        then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) end as column_default,
    case col.attidentity when 'a' then 'always' when 'd' then 'by default' end as identity,
    case when col.attgenerated in ('s', 'v')
        then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) end as generated,
    cd.description as column_comment
from col
left join pg_catalog.pg_attrdef ad on ad.adrelid = col.attrelid and ad.adnum = col.attnum
left join pg_catalog.pg_description cd
    on cd.objoid = col.attrelid and cd.classoid = 'pg_catalog.pg_class'::regclass
    and cd.objsubid = col.attnum
-- By oid, not by name: the rows only need each relation's columns together and in
-- order (Python sorts the tables).
order by col.attrelid, col.attnum
"""

# Each distinct column type of COLUMNS, described. `walk` follows it through domains
# (to typbasetype) and array types (to typelem) until it reaches the element type,
# counting array levels and remembering the outermost domain. An array type is one with
# an element and variable length, as format_type() decides; fixed-length types such as
# point also have a typelem.
COLUMN_TYPES = f"""
with recursive rel as ({_RELATIONS}),
col as (select distinct atttypid, atttypmod, attndims from ({_COLUMNS}) c),
walk (start_oid, type_oid, array_levels, domain_dims, domain_oid, depth) as (
    select distinct col.atttypid, col.atttypid, 0, 0, 0::oid, 0
    from col
    union all
    select
        w.start_oid,
        case when t.typtype = 'd' then t.typbasetype else t.typelem end,
        w.array_levels + case when t.typtype = 'd' then 0 else 1 end,
        greatest(w.domain_dims, t.typndims),
        case when w.domain_oid = 0 and t.typtype = 'd' then t.oid else w.domain_oid end,
        w.depth + 1
    from walk w
    join pg_catalog.pg_type t on t.oid = w.type_oid
    where t.typtype = 'd' or (t.typelem <> 0 and t.typlen = -1)
),
resolved as (
    select distinct on (start_oid) *
    from walk
    order by start_oid, depth desc
)
select
    col.atttypid as type_oid,
    col.atttypmod as type_modifier,
    col.attndims as declared_dims,
    pg_catalog.format_type(col.atttypid, col.atttypmod) as type_sql,
    et.typname::text as type_name,
    et.typtype::text as type_kind,
    etn.nspname::text as type_schema,
    -- attndims is 0 for some array columns (views, CREATE TABLE AS, domains).
    case when r.array_levels > 0
        then greatest(col.attndims, r.domain_dims, r.array_levels) else 0 end as array_dims,
    dtn.nspname::text as domain_schema,
    dt.typname::text as domain_name
from col
left join resolved r on r.start_oid = col.atttypid
left join pg_catalog.pg_type et on et.oid = r.type_oid
left join pg_catalog.pg_namespace etn on etn.oid = et.typnamespace
left join pg_catalog.pg_type dt on dt.oid = r.domain_oid
left join pg_catalog.pg_namespace dtn on dtn.oid = dt.typnamespace
order by col.atttypid, col.atttypmod, col.attndims
"""


def _key_names(keys: str, relation: str) -> str:
    """Each constraint's names of the columns `keys` (attnums of `relation`), in order."""
    return f"""
    select con.oid, array_agg(a.attname::text order by k.position) as names
    from con
    cross join unnest(con.{keys}) with ordinality k(attnum, position)
    join pg_catalog.pg_attribute a on a.attrelid = con.{relation} and a.attnum = k.attnum
    group by con.oid
"""


# Primary key, foreign key, unique and check constraints. Left out: NOT NULL rows
# (contype 'n', PostgreSQL 18+; nullability comes from attnotnull), exclusion and
# trigger constraints, and the copies PostgreSQL adds for a foreign key that references
# a partitioned table (conparentid <> 0). Key columns keep their key order.
CONSTRAINTS = f"""
with rel as ({_RELATIONS}),
con as (
    select con.oid, con.conrelid, con.confrelid, con.conkey, con.confkey, con.conname,
        con.contype, con.confdeltype, con.confupdtype, rel.nspname, rel.relname
    from rel
    join pg_catalog.pg_constraint con on con.conrelid = rel.oid
    where con.contype in ('p', 'f', 'u', 'c') and con.conparentid = 0
),
-- Column names in key order, for every constraint in one join each: a subquery per
-- constraint costs most of the query on 4,000 of them.
key_names as ({_key_names("conkey", "conrelid")}),
target_names as ({_key_names("confkey", "confrelid")})
select
    con.conrelid as relation,
    con.conname::text as name,
    con.contype::text as kind,
    coalesce(kn.names, '{{}}') as columns,
    tn.nspname::text as target_schema,
    tc.relname::text as target_table,
    coalesce(tgt.names, '{{}}') as target_columns,
    con.confdeltype::text as on_delete,
    con.confupdtype::text as on_update,
    case when con.contype = 'c' then pg_catalog.pg_get_constraintdef(con.oid) end as definition
from con
left join key_names kn on kn.oid = con.oid
left join target_names tgt on tgt.oid = con.oid
left join pg_catalog.pg_class tc on tc.oid = con.confrelid
left join pg_catalog.pg_namespace tn on tn.oid = tc.relnamespace
order by con.nspname, con.relname, con.conname
"""


#: Every query, by name, in the order the model builder takes their rows: what one read
#: of the catalogs runs (codemod.introspect.live, codemod.introspect.management_api), and
#: the order codemod.introspect.schema_builder reads them in.
QUERIES = {
    "enums": ENUMS,
    "relations": RELATIONS,
    "columns": COLUMNS,
    "column_types": COLUMN_TYPES,
    "constraints": CONSTRAINTS,
}
