"""Stand-ins for the spatial, search, testing, language and time-series extensions (group B):
the SQL that real Supabase migrations and `supabase/tests` write against postgis (and its
family), pgrouting, pgtap, plv8, timescaledb, pg_partman, rum, pgroonga, pg_tle and the
rest applies in the shadow database; key functions have the real extensions' signatures;
and a geography(Point, 4326) column reads back through schemasync's introspection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from codemod.introspect import platform
from codemod.introspect.live import read_schema

Conn = psycopg.Connection[tuple[Any, ...]]

GROUP_B = (
    "postgis", "postgis_raster", "postgis_topology", "postgis_sfcgal", "postgis_tiger_geocoder",
    "address_standardizer", "address_standardizer_data_us", "pgrouting", "pgroonga",
    "pgroonga_database", "rum", "pg_tle", "plv8", "plcoffee", "plls", "plpgsql_check", "pgtap",
    "timescaledb", "pg_partman", "orioledb", "pljava", "adminpack", "old_snapshot", "pg_backtrace",
)  # fmt: skip

#: where the real control file pins the schema
PINNED = {
    "postgis_topology": "topology",
    "postgis_tiger_geocoder": "tiger",
    "pg_tle": "pgtle",
    "pljava": "sqlj",
    "plv8": "pg_catalog",
    "plcoffee": "pg_catalog",
    "plls": "pg_catalog",
    "adminpack": "pg_catalog",
}


@pytest.fixture
def db(platform_db: str) -> Iterator[Conn]:
    with psycopg.connect(platform_db, autocommit=True) as conn:
        conn.execute("set search_path = public, extensions")
        yield conn


def run(conn: Conn, sql: str) -> None:
    """A script of any number of statements, as a migration file is sent."""
    conn.execute(sql.encode())


def value(conn: Conn, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


def signatures(conn: Conn, schema: str, name: str) -> set[tuple[str, str]]:
    """(arguments with names and defaults, result) of each function `schema.name`, with
    the schema's qualification taken out of the type names."""
    rows = conn.execute(
        "select pg_get_function_arguments(p.oid), pg_get_function_result(p.oid) "
        "from pg_proc p where p.pronamespace = %s::regnamespace and p.proname = %s",
        (schema, name),
    ).fetchall()
    prefix = f"{schema}."
    return {(str(a).replace(prefix, ""), str(r).replace(prefix, "")) for a, r in rows}


def test_every_extension_of_group_b_has_a_stand_in_with_its_version() -> None:
    versions = {
        "postgis": "3.3.7",
        "pgrouting": "3.4.1",
        "pgtap": "1.2.0",
        "plv8": "3.1.10",
        "timescaledb": "2.16.1",
        "pg_partman": "5.1.0",
        "rum": "1.3",
        "pg_tle": "1.4.0",
    }
    for extension in GROUP_B:
        assert platform.has_stand_in(extension), extension
        control = (platform.STAND_INS / "extension" / f"{extension}.control").read_text()
        assert "module_pathname" not in control
        if extension in PINNED:
            assert f"schema = {PINNED[extension]}" in control
        if extension in versions:
            assert f"default_version = '{versions[extension]}'" in control
    # Only PostGIS changes what schemasync reads; the others only how the database acts.
    assert "format_type" in " ".join(platform.caveats("postgis")[0])
    assert "timescaledb.compress" in " ".join(platform.caveats("timescaledb")[1])
    assert [name for name in platform.stand_ins() if platform.caveats(name)[0]] == ["postgis"]
    assert platform.caveats("pg_backtrace") == ([], [])


def test_postgis_columns_indexes_and_functions_as_migrations_write_them(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists postgis with schema extensions;
        create table public.places (
            id bigint generated always as identity primary key,
            name text not null,
            location extensions.geography(Point, 4326),
            geom geometry(Point,4326),
            area geometry(MultiPolygon, 4326),
            lat double precision,
            lng double precision,
            pt geography(Point, 4326)
                generated always as (st_setsrid(st_makepoint(lng, lat), 4326)::geography) stored
        );
        create index places_location_idx on public.places using gist (location);
        create index on public.places using gist (geom);
        create index on public.places using spgist (geom);
        create index on public.places using brin (geom);
        create index on public.places (geom);
        create or replace function public.nearby(at_lat float8, at_lng float8, radius_m float8)
        returns setof public.places language sql stable set search_path = '' as $$
            select * from public.places p
            where extensions.st_dwithin(p.location,
                extensions.st_point(at_lng, at_lat)::extensions.geography, radius_m)
            order by p.location operator(extensions.<->)
                extensions.st_point(at_lng, at_lat)::extensions.geography
        $$;
        create view public.places_geojson as
            select id, st_asgeojson(geom)::jsonb as feature, st_x(geom) as x, st_y(geom) as y
            from public.places;
        insert into public.places (name, location, geom, lat, lng) values
            ('empire', st_setsrid(st_makepoint(-73.9857, 40.7484), 4326)::geography,
             st_setsrid(st_makepoint(-73.9857, 40.7484), 4326), 40.7484, -73.9857),
            ('big ben', 'SRID=4326;POINT(-0.1246 51.5007)',
             st_geomfromtext('POINT(-0.1246 51.5007)', 4326), 51.5007, -0.1246);
        """,
    )
    assert (
        value(
            db,
            "select format_type(atttypid, atttypmod) from pg_attribute "
            "where attrelid = 'public.places'::regclass and attname = 'location'",
        )
        == "geography"
    )
    assert value(db, "select st_astext(pt) from public.places where name = 'empire'") == (
        "POINT(-73.9857 40.7484)"
    )
    assert value(db, "select count(*) from public.nearby(40.75, -73.99, 2000)") == 1
    london = value(
        db,
        "select st_distance(a.location, b.location) from public.places a, "
        "public.places b where a.name = 'empire' and b.name = 'big ben'",
    )
    assert 5_550_000 < london < 5_600_000  # about 5,570 km
    assert value(db, "select feature from public.places_geojson where x < -70") == {
        "type": "Point",
        "coordinates": [-73.9857, 40.7484],
    }
    square = "st_geomfromtext('POLYGON((0 0,10 0,10 10,0 10,0 0))', 4326)"
    assert value(db, f"select st_contains({square}, st_setsrid(st_point(5, 5), 4326))") is True
    assert value(db, f"select st_within(st_setsrid(st_point(15, 5), 4326), {square})") is False
    assert value(db, f"select st_intersects({square}, 'SRID=4326;LINESTRING(-1 5,11 5)')") is True
    assert value(db, f"select {square} && st_makeenvelope(9, 9, 20, 20, 4326)") is True
    assert value(db, f"select st_area({square})") == 100
    assert value(db, "select st_srid(st_buffer(st_setsrid(st_point(1, 2), 4326), 1))") == 4326
    mercator = value(db, "select st_x(st_transform(st_setsrid(st_point(180, 0), 4326), 3857))")
    assert mercator == pytest.approx(20037508.342789244)
    assert value(db, "select st_asewkt(st_geogfromtext('POINT(1 2)')::geometry)") == (
        "SRID=4326;POINT(1 2)"
    )
    # hex EWKB, as pg_dump and PostGIS itself write values, reads back
    hexewkb = "0101000020E6100000000000000000F03F0000000000000040"
    assert value(db, "select st_ashexewkb(st_setsrid(st_point(1, 2), 4326))") == hexewkb
    assert value(db, f"select st_y('{hexewkb}'::geometry)") == 2
    with pytest.raises(psycopg.errors.FeatureNotSupported, match="not available"):
        db.execute("select st_simplify(geom, 1) from public.places")
    with pytest.raises(psycopg.errors.RaiseException, match="Invalid geometry type modifier"):
        db.execute("create table public.bad (g geometry(Pointy, 4326))")


GEOG_DWITHIN = (
    "geog1 geography, geog2 geography, tolerance double precision, "
    "use_spheroid boolean DEFAULT true"
)


def test_postgis_signatures_match_the_real_ones(db: Conn) -> None:
    db.execute("create extension postgis with schema extensions")
    assert signatures(db, "extensions", "st_dwithin") == {
        ("geom1 geometry, geom2 geometry, double precision", "boolean"),
        (GEOG_DWITHIN, "boolean"),
        ("text, text, double precision", "boolean"),
    }
    assert (
        "geom geometry, maxdecimaldigits integer DEFAULT 9, options integer DEFAULT 8",
        "text",
    ) in signatures(db, "extensions", "st_asgeojson")
    assert signatures(db, "extensions", "st_setsrid") == {
        ("geom geometry, srid integer", "geometry"),
        ("geog geography, srid integer", "geography"),
    }
    assert ("double precision, double precision", "geometry") in signatures(
        db, "extensions", "st_makepoint"
    )
    assert (
        "geom geometry, radius double precision, options text DEFAULT ''::text",
        "geometry",
    ) in (signatures(db, "extensions", "st_buffer"))
    casts = db.execute(
        "select castsource::regtype::text, casttarget::regtype::text, castcontext from pg_cast "
        "where (castsource, casttarget) in (('extensions.geometry'::regtype, "
        "'extensions.geography'::regtype), ('extensions.geography'::regtype, "
        "'extensions.geometry'::regtype))"
    ).fetchall()
    assert sorted((c for _s, _t, c in casts)) == ["e", "i"]
    opclasses = {
        row[0]
        for row in db.execute(
            "select opcname from pg_opclass where opcnamespace = 'extensions'::regnamespace"
        )
    }
    assert {"gist_geometry_ops_2d", "gist_geography_ops", "btree_geometry_ops"} <= opclasses


def test_a_geography_column_reads_back_through_introspection(platform_db: str) -> None:
    with psycopg.connect(platform_db, autocommit=True) as conn:
        run(
            conn,
            "create extension postgis with schema extensions;"
            "create table public.stores (id bigint primary key,"
            " location extensions.geography(Point, 4326) not null,"
            " outline extensions.geometry(Polygon, 4326));",
        )
    schema = read_schema(platform_db, ["public"])
    (stores,) = [t for t in schema.tables if t.name == "stores"]
    columns = {c.name: c for c in stores.columns}
    assert columns["location"].type.name == "geography"
    assert columns["location"].type.sql.rsplit(".", 1)[-1] == "geography"  # no "(…)"
    assert columns["location"].type.schema == "extensions"
    assert not columns["location"].nullable
    assert columns["outline"].type.name == "geometry"


def test_the_postgis_family_and_pgrouting_create_and_keep_signatures(db: Conn) -> None:
    run(
        db,
        """
        create extension postgis with schema extensions;
        create extension postgis_raster with schema extensions;
        create extension postgis_sfcgal with schema extensions;
        create extension postgis_topology;
        create extension fuzzystrmatch with schema extensions;
        create extension postgis_tiger_geocoder;
        create extension address_standardizer with schema extensions;
        create extension address_standardizer_data_us with schema extensions;
        create extension pgrouting with schema extensions;
        create table public.tiles (id int primary key, rast extensions.raster);
        create table public.roads (id bigint primary key, source bigint, target bigint,
            cost float8, geom extensions.geometry(LineString, 4326));
        """,
    )
    st_value = (
        "rast raster, band integer, pt geometry, exclude_nodata_value boolean DEFAULT true, "
        "resample text DEFAULT 'nearest'::text"
    )
    assert (st_value, "double precision") in signatures(db, "extensions", "st_value")
    assert (
        "atopology character varying, srid integer, prec double precision, hasz boolean",
        "integer",
    ) in signatures(db, "topology", "createtopology")
    assert value(db, "select count(*) from topology.topology") == 0
    geocode = (
        "input character varying, max_results integer DEFAULT 10, restrict_geom geometry "
        "DEFAULT NULL::geometry, OUT addy norm_addy, OUT geomout geometry, OUT rating integer"
    )
    assert (geocode, "SETOF record") in {
        (a.replace("extensions.", ""), r) for a, r in signatures(db, "tiger", "geocode")
    }
    assert ("lextab text, gaztab text, rultab text, address text", "stdaddr") in signatures(
        db, "extensions", "standardize_address"
    )
    dijkstra = (
        "text, anyarray, anyarray, directed boolean DEFAULT true, OUT seq integer, "
        "OUT path_seq integer, OUT start_vid bigint, OUT end_vid bigint, OUT node bigint, "
        "OUT edge bigint, OUT cost double precision, OUT agg_cost double precision"
    )
    assert (dijkstra, "SETOF record") in signatures(db, "extensions", "pgr_dijkstra")
    assert ("geometry", "double precision") in signatures(db, "extensions", "st_3darea")
    with pytest.raises(psycopg.errors.FeatureNotSupported):
        db.execute("select * from pgr_dijkstra('select id, source, target, cost from roads', 1, 2)")


def test_pgtap_runs_the_tests_supabase_projects_write(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists pgtap with schema extensions;
        create table public.profiles (id uuid primary key, username text not null,
            created_at timestamptz default now());
        alter table public.profiles enable row level security;
        create policy "Profiles are public" on public.profiles for select using (true);
        create policy "Users insert" on public.profiles for insert to authenticated
            with check (true);
        """,
    )
    db.execute("begin")
    lines = [
        value(db, "select plan(12)"),
        value(db, "select has_table('profiles')"),
        value(db, "select has_column('public', 'profiles', 'username', 'has username')"),
        value(db, "select col_type_is('profiles', 'created_at', 'timestamp with time zone')"),
        value(db, "select col_not_null('profiles', 'username')"),
        value(db, "select col_is_pk('profiles', 'id')"),
        value(
            db,
            "select policies_are('public', 'profiles', "
            "array['Profiles are public', 'Users insert'])",
        ),
        value(db, "select results_eq('select 1 union all select 2', 'values (1), (2)', 'rows')"),
        value(
            db,
            "select throws_ok('insert into public.profiles (id) values (gen_random_uuid())', "
            "'23502')",
        ),
        value(db, "select lives_ok('select 1')"),
        value(db, "select is(1 + 1, 2, 'adds')"),
        value(db, "select ok(false, 'meant to fail')"),
        value(
            db,
            "select policy_roles_are('public', 'profiles', 'Users insert', "
            "array['authenticated'], 'roles')",
        ),
    ]
    finish = [row[0] for row in db.execute("select * from finish()")]
    db.execute("rollback")
    assert lines[0] == "1..12"
    assert all(line.startswith("ok ") for line in lines[1:11]), lines
    assert lines[11].startswith("not ok 11 - meant to fail")
    assert lines[12] == "ok 12 - roles"
    assert finish == ["# Looks like you failed 1 test of 12"]
    assert signatures(db, "extensions", "finish") == {
        ("exception_on_failure boolean DEFAULT NULL::boolean", "SETOF text")
    }
    assert ("text, character, text, text", "text") in signatures(db, "extensions", "throws_ok")
    assert ("name, name, name[], text", "text") in signatures(db, "extensions", "policies_are")
    assert (
        value(
            db,
            "select count(*) from pg_proc p join pg_depend d on d.objid = p.oid "
            "join pg_extension e on e.oid = d.refobjid where e.extname = 'pgtap'",
        )
        > 1000
    )


def test_procedural_language_stand_ins_take_functions(db: Conn) -> None:
    run(
        db,
        """
        create extension plv8;
        create extension plcoffee;
        create extension plls;
        create extension pljava;
        create function public.add_one(x integer) returns integer language plv8 immutable
            as $js$ return x + 1; $js$;
        create function public.greet(name text) returns text language plcoffee
            as $cs$ return "hi " + name $cs$;
        create function public.jtrim(s text) returns text language java as 'java.lang.String.trim';
        """,
    )
    assert value(db, "select plv8_version()") == "3.1.10"
    assert value(db, "select lanpltrusted from pg_language where lanname = 'plv8'") is True
    assert (
        value(
            db, "select extnamespace::regnamespace::text from pg_extension where extname = 'plv8'"
        )
        == "pg_catalog"
    )
    with pytest.raises(psycopg.errors.SyntaxError):  # no JavaScript engine: calls fail
        db.execute("select public.add_one(1)")


def test_timescaledb_hypertables_buckets_and_policies(db: Conn) -> None:
    run(
        db,
        """
        create extension if not exists timescaledb with schema extensions;
        create table public.conditions (time timestamptz not null, device text, temp float8);
        select create_hypertable('public.conditions', 'time',
            chunk_time_interval => interval '1 day');
        select create_hypertable('public.conditions', 'time', if_not_exists => true);
        create table public.metrics (ts timestamptz, device int, v float8);
        select create_hypertable('public.metrics', by_range('ts', interval '1 hour'));
        select add_retention_policy('public.conditions', interval '30 days');
        select add_compression_policy('public.conditions', interval '7 days');
        create view public.hourly as
            select time_bucket('1 hour', time) as bucket, device, avg(temp), last(temp, time)
            from public.conditions group by 1, 2;
        """,
    )
    assert value(db, "select count(*) from timescaledb_information.hypertables") == 2
    assert value(db, "select indexdef from pg_indexes where indexname = 'conditions_time_idx'") == (
        'CREATE INDEX conditions_time_idx ON public.conditions USING btree ("time" DESC)'
    )
    assert str(
        value(db, "select time_bucket('15 minutes', '2024-03-05 10:37:12+00'::timestamptz)")
    ) == ("2024-03-05 10:30:00+00:00")
    assert value(db, "select time_bucket(10, 37)") == 30
    assert (
        "relation regclass, time_column_name name, partitioning_column name DEFAULT NULL::name",
        "TABLE(hypertable_id integer, schema_name name, table_name name, created boolean)",
    ) in {
        (a.split(", number_partitions")[0], r)
        for a, r in signatures(db, "extensions", "create_hypertable")
    }
    assert ("bucket_width interval, ts timestamp with time zone", "timestamp with time zone") in (
        signatures(db, "extensions", "time_bucket")
    )
    retention = (
        'relation regclass, drop_after "any" DEFAULT NULL::unknown, if_not_exists boolean '
        "DEFAULT false"
    )
    assert (retention, "integer") in {
        (a.split(", schedule_interval")[0], r)
        for a, r in signatures(db, "extensions", "add_retention_policy")
    }
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        db.execute("alter table public.conditions set (timescaledb.compress)")


def test_pg_partman_create_parent_makes_partitions(db: Conn) -> None:
    run(
        db,
        """
        create schema if not exists partman;
        create extension pg_partman with schema partman;
        create table public.events (id bigint generated always as identity,
            created_at timestamptz not null default now(), payload jsonb)
            partition by range (created_at);
        select partman.create_parent(p_parent_table => 'public.events', p_control => 'created_at',
            p_interval => '1 day');
        create table public.logs (id bigint not null, line text) partition by range (id);
        select partman.create_parent('public.logs', 'id', '1000', p_premake => 2);
        select partman.run_maintenance();
        call partman.run_maintenance_proc();
        insert into public.events (payload) values ('{}');
        """,
    )
    assert (
        value(
            db,
            "select partition_interval from partman.part_config "
            "where parent_table = 'public.events'",
        )
        == "1 day"
    )
    assert value(db, "select count(*) from partman.show_partitions('public.events')") == 9
    assert value(db, "select count(*) from pg_class where relname = 'events_default'") == 1
    assert value(db, "select count(*) from partman.show_partitions('public.logs')") == 3
    args = next(iter(signatures(db, "partman", "create_parent")))
    assert args[0].startswith(
        "p_parent_table text, p_control text, p_interval text, p_type text DEFAULT 'range'::text"
    )
    assert args[1] == "boolean"


def test_rum_and_pgroonga_indexes_build_and_their_operators_search(db: Conn) -> None:
    run(
        db,
        """
        create extension rum with schema extensions;
        create extension pgroonga with schema extensions;
        create extension pgroonga_database with schema extensions;
        create table public.docs (id int primary key, body text, tags text[], meta jsonb,
            tsv tsvector generated always as (to_tsvector('english', body)) stored);
        create index docs_tsv_rum on public.docs using rum (tsv rum_tsvector_ops);
        create index on public.docs using rum (id);
        create index docs_body_pgroonga on public.docs using pgroonga (body);
        create index on public.docs using pgroonga (tags);
        create index on public.docs using pgroonga (meta);
        insert into public.docs (id, body, tags, meta) values
            (1, 'PostgreSQL is a relational database', '{pg}', '{"k": "Groonga"}'),
            (2, 'Groonga is a fast full text search engine', '{fts}', '{}');
        """,
    )
    assert value(
        db,
        "select array_agg(id order by id) from public.docs "
        "where tsv @@ to_tsquery('english', 'database')",
    ) == [1]
    assert (
        value(
            db,
            "select id from public.docs where tsv @@ to_tsquery('search') "
            "order by tsv <=> to_tsquery('search') limit 1",
        )
        == 2
    )
    assert value(
        db,
        "select array_agg(id order by id) from public.docs where body &@~ 'postgresql OR groonga'",
    ) == [1, 2]
    assert value(db, "select array_agg(id) from public.docs where body &@~ 'fast -postgresql'") == [
        2
    ]
    assert value(db, "select array_agg(id) from public.docs where meta &@ 'groonga'") == [1]
    assert signatures(db, "extensions", "pgroonga_score") >= {
        ("tableoid oid, ctid tid", "double precision")
    }
    assert ("tsvector, tsquery", "real") in signatures(db, "extensions", "rum_ts_distance")
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="tokenizer"):
        db.execute(
            "create index on public.docs using pgroonga (body) with (tokenizer = 'TokenMecab')"
        )


def test_pg_tle_installs_an_extension_that_can_then_be_created(db: Conn) -> None:
    run(
        db,
        """
        create extension pg_tle;
        select pgtle.install_extension('hello_tle', '0.1', 'says hello',
            $sql$ create function hello() returns text language sql
                  as $f$ select 'hello'::text $f$; $sql$);
        """,
    )
    assert (
        value(
            db, "select default_version from pgtle.available_extensions() where name = 'hello_tle'"
        )
        == "0.1"
    )
    db.execute("create extension hello_tle")
    assert value(db, "select hello()") == "hello"
    assert (
        "name text, version text, description text, ext text, requires text[] DEFAULT NULL::text[]",
        "boolean",
    ) in signatures(db, "pgtle", "install_extension")


def test_the_remaining_stand_ins_create_what_migrations_use(db: Conn) -> None:
    run(
        db,
        """
        create extension orioledb;
        create table public.fast (id int primary key, v text) using orioledb;
        insert into public.fast values (1, 'x');
        create extension plpgsql_check with schema extensions;
        create function public.f() returns int language plpgsql as $$ begin return 1; end $$;
        create extension adminpack;
        create extension old_snapshot with schema extensions;
        create extension pg_backtrace with schema extensions;
        select pg_backtrace_init();
        """,
    )
    assert (
        value(
            db,
            "select amname from pg_class c join pg_am a on a.oid = c.relam "
            "where c.oid = 'public.fast'::regclass",
        )
        == "orioledb"
    )
    assert value(db, "select count(*) from plpgsql_check_function('public.f()')") == 0
    assert value(db, "select count(*) from pg_old_snapshot_time_mapping()") == 0
    assert ("text, text, boolean", "bigint") in signatures(db, "pg_catalog", "pg_file_write")
    with pytest.raises(psycopg.errors.FeatureNotSupported):
        db.execute("select pg_file_write('x', 'y', false)")
