-- Stand-in for PostGIS 3.3 (extension postgis): schemasync's SQL, written from the
-- documented PostGIS interface, so that migrations using it apply in a shadow database.
-- Values are kept as text (WKT/EWKT, hex EWKB read); geometry is computed approximately
-- in SQL, without GEOS or PROJ. Functions marked "not available" fail when called.

\echo Use "CREATE EXTENSION postgis" to load this file. \quit

-- types ---------------------------------------------------------------------

create function @extschema@.geometry_typmod_in(cstring[]) returns integer
    language plpgsql immutable strict parallel safe as $$
declare
    mods text[] := $1::text[];
begin
    if array_length(mods, 1) > 2 then
        raise exception 'Invalid geometry type modifier';
    end if;
    if upper(btrim(mods[1])) !~ '^(GEOMETRY|POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION|CIRCULARSTRING|COMPOUNDCURVE|CURVEPOLYGON|MULTICURVE|MULTISURFACE|POLYHEDRALSURFACE|TRIANGLE|TIN)(ZM|Z|M)?$' then
        raise exception 'Invalid geometry type modifier: %', mods[1];
    end if;
    if array_length(mods, 1) = 2 and btrim(mods[2]) !~ '^-?[0-9]+$' then
        raise exception 'Invalid geometry type modifier: %', mods[2];
    end if;
    return -1;
end $$;

create function @extschema@.geography_typmod_in(cstring[]) returns integer
    language sql immutable strict parallel safe
    as $$ select @extschema@.geometry_typmod_in($1) $$;


create type @extschema@.geometry;
create function @extschema@.geometry_in(cstring) returns geometry
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.geometry_out(geometry) returns cstring
    language internal immutable strict parallel safe as 'textout';

create function @extschema@.geometry_recv(internal) returns geometry
    language internal immutable strict parallel safe as 'textrecv';

create function @extschema@.geometry_send(geometry) returns bytea
    language internal immutable strict parallel safe as 'textsend';

create function @extschema@.geometry_typmod_out(integer) returns cstring
    language internal immutable strict parallel safe as 'int4out';

create type @extschema@.geometry (
    input = @extschema@.geometry_in, output = @extschema@.geometry_out,
    receive = @extschema@.geometry_recv, send = @extschema@.geometry_send,
    typmod_in = @extschema@.geometry_typmod_in, typmod_out = @extschema@.geometry_typmod_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.geography;
create function @extschema@.geography_in(cstring, oid, integer) returns geography
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.geography_out(geography) returns cstring
    language internal immutable strict parallel safe as 'textout';

create function @extschema@.geography_recv(internal, oid, integer) returns geography
    language internal immutable strict parallel safe as 'textrecv';

create function @extschema@.geography_send(geography) returns bytea
    language internal immutable strict parallel safe as 'textsend';

create function @extschema@.geography_typmod_out(integer) returns cstring
    language internal immutable strict parallel safe as 'int4out';

create type @extschema@.geography (
    input = @extschema@.geography_in, output = @extschema@.geography_out,
    receive = @extschema@.geography_recv, send = @extschema@.geography_send,
    typmod_in = @extschema@.geography_typmod_in, typmod_out = @extschema@.geography_typmod_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.box2d;
create function @extschema@.box2d_in(cstring) returns box2d
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.box2d_out(box2d) returns cstring
    language internal immutable strict parallel safe as 'textout';

create type @extschema@.box2d (
    input = @extschema@.box2d_in, output = @extschema@.box2d_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.box3d;
create function @extschema@.box3d_in(cstring) returns box3d
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.box3d_out(box3d) returns cstring
    language internal immutable strict parallel safe as 'textout';

create type @extschema@.box3d (
    input = @extschema@.box3d_in, output = @extschema@.box3d_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.box2df;
create function @extschema@.box2df_in(cstring) returns box2df
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.box2df_out(box2df) returns cstring
    language internal immutable strict parallel safe as 'textout';

create type @extschema@.box2df (
    input = @extschema@.box2df_in, output = @extschema@.box2df_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.gidx;
create function @extschema@.gidx_in(cstring) returns gidx
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.gidx_out(gidx) returns cstring
    language internal immutable strict parallel safe as 'textout';

create type @extschema@.gidx (
    input = @extschema@.gidx_in, output = @extschema@.gidx_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.spheroid;
create function @extschema@.spheroid_in(cstring) returns spheroid
    language internal immutable strict parallel safe as 'textin';

create function @extschema@.spheroid_out(spheroid) returns cstring
    language internal immutable strict parallel safe as 'textout';

create type @extschema@.spheroid (
    input = @extschema@.spheroid_in, output = @extschema@.spheroid_out,
    internallength = variable, storage = main, alignment = double, category = 'U'
);

create type @extschema@.geometry_dump as (path integer[], geom @extschema@.geometry);
create type @extschema@.valid_detail as (valid boolean, reason character varying, location @extschema@.geometry);

-- functions that are not available (they fail when called) and support functions --

set check_function_bodies = off;

create function @extschema@._postgis_deprecate(oldname text, newname text, version text) returns void
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_postgis_deprecate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_index_extent(tbl regclass, col text) returns box2d
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_postgis_index_extent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_join_selectivity(regclass, text, regclass, text, text DEFAULT '2'::text) returns double precision
    language plpgsql volatile strict parallel safe as $$ begin raise exception feature_not_supported using message = '_postgis_join_selectivity() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_pgsql_version() returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_postgis_pgsql_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_scripts_pgsql_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_postgis_scripts_pgsql_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_selectivity(tbl regclass, att_name text, geom geometry, mode text DEFAULT '2'::text) returns double precision
    language plpgsql volatile strict parallel safe as $$ begin raise exception feature_not_supported using message = '_postgis_selectivity() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._postgis_stats(tbl regclass, att_name text, text DEFAULT '2'::text) returns text
    language plpgsql volatile strict parallel safe as $$ begin raise exception feature_not_supported using message = '_postgis_stats() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_3ddfullywithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_3ddfullywithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_3ddwithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_3ddwithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_3dintersects(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_3dintersects() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_asgml(integer, geometry, integer, integer, text, text) returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_asx3d(integer, geometry, integer, integer, text) returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_asx3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_bestsrid(geography) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_bestsrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_bestsrid(geography, geography) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_bestsrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_contains(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_contains() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_containsproperly(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_containsproperly() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_coveredby(geog1 geography, geog2 geography) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_coveredby() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_coveredby(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_coveredby() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_covers(geog1 geography, geog2 geography) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_covers() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_covers(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_covers() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_crosses(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_crosses() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_dfullywithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_dfullywithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_distancetree(geography, geography) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_distancetree() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_distancetree(geography, geography, double precision, boolean) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_distancetree() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_distanceuncached(geography, geography) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_distanceuncached() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_distanceuncached(geography, geography, boolean) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_distanceuncached() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_distanceuncached(geography, geography, double precision, boolean) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_distanceuncached() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_dwithin(geog1 geography, geog2 geography, tolerance double precision, use_spheroid boolean DEFAULT true) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_dwithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_dwithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_dwithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_dwithinuncached(geography, geography, double precision) returns boolean
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_st_dwithinuncached() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_dwithinuncached(geography, geography, double precision, boolean) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_dwithinuncached() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_equals(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_equals() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_expand(geography, double precision) returns geography
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_geomfromgml(text, integer) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_geomfromgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_intersects(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_intersects() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_linecrossingdirection(line1 geometry, line2 geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_linecrossingdirection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_longestline(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_longestline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_maxdistance(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_maxdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_orderingequals(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_orderingequals() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_overlaps(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_overlaps() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_pointoutside(geography) returns geography
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_pointoutside() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_sortablehash(geom geometry) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_sortablehash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_touches(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_touches() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_voronoi(g1 geometry, clip geometry DEFAULT NULL::geometry, tolerance double precision DEFAULT 0.0, return_polygons boolean DEFAULT true) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_voronoi() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@._st_within(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_within() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.addauth(text) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addauth() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.box3dtobox(box3d) returns box
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'box3dtobox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.box(box3d) returns box
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'box() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.box(geometry) returns box
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'box() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.checkauth(text, text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'checkauth() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.checkauth(text, text, text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'checkauth() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.checkauthtrigger() returns trigger
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'checkauthtrigger() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.contains_2d(box2df, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'contains_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.contains_2d(box2df, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'contains_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.contains_2d(geometry, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'contains_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.disablelongtransactions() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'disablelongtransactions() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.enablelongtransactions() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'enablelongtransactions() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.equals(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'equals() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geog_brin_inclusion_add_value(internal, internal, internal, internal) returns boolean
    language internal volatile strict as 'gist_box_penalty';

create function @extschema@.geography_analyze(internal) returns boolean
    language internal volatile strict as 'gist_box_penalty';

create function @extschema@.geography_cmp(geography, geography) returns integer
    language internal immutable strict parallel safe as 'byteacmp';

create function @extschema@.geography_eq(geography, geography) returns boolean
    language internal immutable strict parallel safe as 'byteaeq';

create function @extschema@.geography_ge(geography, geography) returns boolean
    language internal immutable strict parallel safe as 'byteage';

create function @extschema@.geography_gist_compress(internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_compress';

create function @extschema@.geography_gist_consistent(internal, geography, integer) returns boolean
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_consistent';

create function @extschema@.geography_gist_decompress(internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_var_decompress';

create function @extschema@.geography_gist_distance(internal, geography, integer) returns double precision
    language internal volatile strict as 'gist_box_penalty';

create function @extschema@.geography_gist_penalty(internal, internal, internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_penalty';

create function @extschema@.geography_gist_picksplit(internal, internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_picksplit';

create function @extschema@.geography_gist_same(box2d, box2d, internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_same';

create function @extschema@.geography_gist_union(bytea, internal) returns internal
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_union';

create function @extschema@.geography_gt(geography, geography) returns boolean
    language internal immutable strict parallel safe as 'byteagt';

create function @extschema@.geography_le(geography, geography) returns boolean
    language internal immutable strict parallel safe as 'byteale';

create function @extschema@.geography_lt(geography, geography) returns boolean
    language internal immutable strict parallel safe as 'bytealt';

create function @extschema@.geography_spgist_choose_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_choose';

create function @extschema@.geography_spgist_compress_nd(internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.geography_spgist_config_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_config';

create function @extschema@.geography_spgist_inner_consistent_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_inner_consistent';

create function @extschema@.geography_spgist_leaf_consistent_nd(internal, internal) returns boolean
    language internal immutable strict parallel safe as 'spg_text_leaf_consistent';

create function @extschema@.geography_spgist_picksplit_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_picksplit';

create function @extschema@.geom2d_brin_inclusion_add_value(internal, internal, internal, internal) returns boolean
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.geom3d_brin_inclusion_add_value(internal, internal, internal, internal) returns boolean
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.geom4d_brin_inclusion_add_value(internal, internal, internal, internal) returns boolean
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_analyze(internal) returns boolean
    language internal volatile strict as 'gist_box_penalty';

create function @extschema@.geometry_cmp(geom1 geometry, geom2 geometry) returns integer
    language internal immutable strict parallel safe as 'byteacmp';

create function @extschema@.geometry_contained_3d(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_contained_3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_contains_3d(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_contains_3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_contains_nd(geometry, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_contains_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_distance_centroid_nd(geometry, geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_distance_centroid_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_distance_cpa(geometry, geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_distance_cpa() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_eq(geom1 geometry, geom2 geometry) returns boolean
    language internal immutable strict parallel safe as 'byteaeq';

create function @extschema@.geometry_ge(geom1 geometry, geom2 geometry) returns boolean
    language internal immutable strict parallel safe as 'byteage';

create function @extschema@.geometry_gist_compress_2d(internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_compress';

create function @extschema@.geometry_gist_compress_nd(internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_compress';

create function @extschema@.geometry_gist_consistent_2d(internal, geometry, integer) returns boolean
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_consistent';

create function @extschema@.geometry_gist_consistent_nd(internal, geometry, integer) returns boolean
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_consistent';

create function @extschema@.geometry_gist_decompress_2d(internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_var_decompress';

create function @extschema@.geometry_gist_decompress_nd(internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_var_decompress';

create function @extschema@.geometry_gist_distance_2d(internal, geometry, integer) returns double precision
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_gist_distance_nd(internal, geometry, integer) returns double precision
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_gist_penalty_2d(internal, internal, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_penalty';

create function @extschema@.geometry_gist_penalty_nd(internal, internal, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_penalty';

create function @extschema@.geometry_gist_picksplit_2d(internal, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_picksplit';

create function @extschema@.geometry_gist_picksplit_nd(internal, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_picksplit';

create function @extschema@.geometry_gist_same_2d(geom1 geometry, geom2 geometry, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_same';

create function @extschema@.geometry_gist_same_nd(geometry, geometry, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_same';

create function @extschema@.geometry_gist_sortsupport_2d(internal) returns void
    language c volatile strict as '$libdir/btree_gist', 'gbt_bytea_sortsupport';

create function @extschema@.geometry_gist_union_2d(bytea, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_union';

create function @extschema@.geometry_gist_union_nd(bytea, internal) returns internal
    language c volatile strict parallel safe as '$libdir/btree_gist', 'gbt_bytea_union';

create function @extschema@.geometry_gt(geom1 geometry, geom2 geometry) returns boolean
    language internal immutable strict parallel safe as 'byteagt';

create function @extschema@.geometry_hash(geometry) returns integer
    language internal immutable strict parallel safe as 'hashvarlena';

create function @extschema@.geometry_le(geom1 geometry, geom2 geometry) returns boolean
    language internal immutable strict parallel safe as 'byteale';

create function @extschema@.geometry_lt(geom1 geometry, geom2 geometry) returns boolean
    language internal immutable strict parallel safe as 'bytealt';

create function @extschema@.geometry_same_3d(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_same_3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_same_nd(geometry, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_same_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry_sortsupport(internal) returns void
    language internal immutable strict parallel safe as 'bytea_sortsupport';

create function @extschema@.geometry_spgist_choose_2d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_choose';

create function @extschema@.geometry_spgist_choose_3d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_choose';

create function @extschema@.geometry_spgist_choose_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_choose';

create function @extschema@.geometry_spgist_compress_2d(internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_spgist_compress_3d(internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_spgist_compress_nd(internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.geometry_spgist_config_2d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_config';

create function @extschema@.geometry_spgist_config_3d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_config';

create function @extschema@.geometry_spgist_config_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_config';

create function @extschema@.geometry_spgist_inner_consistent_2d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_inner_consistent';

create function @extschema@.geometry_spgist_inner_consistent_3d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_inner_consistent';

create function @extschema@.geometry_spgist_inner_consistent_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_inner_consistent';

create function @extschema@.geometry_spgist_leaf_consistent_2d(internal, internal) returns boolean
    language internal immutable strict parallel safe as 'spg_text_leaf_consistent';

create function @extschema@.geometry_spgist_leaf_consistent_3d(internal, internal) returns boolean
    language internal immutable strict parallel safe as 'spg_text_leaf_consistent';

create function @extschema@.geometry_spgist_leaf_consistent_nd(internal, internal) returns boolean
    language internal immutable strict parallel safe as 'spg_text_leaf_consistent';

create function @extschema@.geometry_spgist_picksplit_2d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_picksplit';

create function @extschema@.geometry_spgist_picksplit_3d(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_picksplit';

create function @extschema@.geometry_spgist_picksplit_nd(internal, internal) returns void
    language internal immutable strict parallel safe as 'spg_text_picksplit';

create function @extschema@.geometry_within_nd(geometry, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_within_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry(path) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geometry(polygon) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geomfromewkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geomfromewkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.geomfromewkt(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geomfromewkt() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.get_proj4_from_srid(integer) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'get_proj4_from_srid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.gettransactionid() returns xid
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'gettransactionid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.gserialized_gist_joinsel_2d(internal, oid, internal, smallint) returns double precision
    language internal volatile strict parallel safe as 'areajoinsel';

create function @extschema@.gserialized_gist_joinsel_nd(internal, oid, internal, smallint) returns double precision
    language internal volatile strict parallel safe as 'areajoinsel';

create function @extschema@.gserialized_gist_sel_2d(internal, oid, internal, integer) returns double precision
    language internal volatile strict parallel safe as 'areasel';

create function @extschema@.gserialized_gist_sel_nd(internal, oid, internal, integer) returns double precision
    language internal volatile strict parallel safe as 'areasel';

create function @extschema@.is_contained_2d(box2df, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'is_contained_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.is_contained_2d(box2df, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'is_contained_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.is_contained_2d(geometry, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'is_contained_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.lockrow(text, text, text) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'lockrow() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.lockrow(text, text, text, text) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'lockrow() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.lockrow(text, text, text, text, timestamp without time zone) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'lockrow() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.lockrow(text, text, text, timestamp without time zone) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'lockrow() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.longtransactionsenabled() returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'longtransactionsenabled() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_2d(box2df, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_2d(box2df, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_2d(geometry, box2df) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_geog(geography, gidx) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'overlaps_geog() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_geog(gidx, geography) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'overlaps_geog() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_geog(gidx, gidx) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'overlaps_geog() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_nd(geometry, gidx) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_nd(gidx, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.overlaps_nd(gidx, gidx) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'overlaps_nd() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.path(geometry) returns path
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'path() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.pgis_asflatgeobuf_finalfn(internal) returns bytea
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asflatgeobuf_transfn(internal, anyelement) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asflatgeobuf_transfn(internal, anyelement, boolean) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asflatgeobuf_transfn(internal, anyelement, boolean, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asgeobuf_finalfn(internal) returns bytea
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asgeobuf_transfn(internal, anyelement) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asgeobuf_transfn(internal, anyelement, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_combinefn(internal, internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_deserialfn(bytea, internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_finalfn(internal) returns bytea
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_serialfn(internal) returns bytea
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_transfn(internal, anyelement) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_transfn(internal, anyelement, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_transfn(internal, anyelement, text, integer) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_transfn(internal, anyelement, text, integer, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_asmvt_transfn(internal, anyelement, text, integer, text, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_accum_transfn(internal, geometry) returns internal
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_accum_transfn(internal, geometry, double precision) returns internal
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_accum_transfn(internal, geometry, double precision, integer) returns internal
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_clusterintersecting_finalfn(internal) returns geometry[]
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_clusterwithin_finalfn(internal) returns geometry[]
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_collect_finalfn(internal) returns geometry
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_makeline_finalfn(internal) returns geometry
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_polygonize_finalfn(internal) returns geometry
    language internal volatile strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_combinefn(internal, internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_deserialfn(bytea, internal) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_finalfn(internal) returns geometry
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_serialfn(internal) returns bytea
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_transfn(internal, geometry) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.pgis_geometry_union_parallel_transfn(internal, geometry, double precision) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';

create function @extschema@.point(geometry) returns point
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'point() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.polygon(geometry) returns polygon
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'polygon() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_addbbox(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_addbbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_cache_bbox() returns trigger
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'postgis_cache_bbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_constraint_dims(geomschema text, geomtable text, geomcolumn text) returns integer
    language plpgsql stable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_constraint_dims() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_constraint_srid(geomschema text, geomtable text, geomcolumn text) returns integer
    language plpgsql stable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_constraint_srid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_constraint_type(geomschema text, geomtable text, geomcolumn text) returns character varying
    language plpgsql stable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_constraint_type() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_dropbbox(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_dropbbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_extensions_upgrade() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'postgis_extensions_upgrade() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_geos_noop(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_geos_noop() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_geos_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_geos_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_getbbox(geometry) returns box2d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_getbbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_hasbbox(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_hasbbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_index_supportfn(internal) returns internal
    language internal volatile strict as 'gist_box_penalty';

create function @extschema@.postgis_lib_build_date() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_lib_build_date() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_lib_revision() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_lib_revision() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_libjson_version() returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_libjson_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_liblwgeom_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_liblwgeom_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_libprotobuf_version() returns text
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'postgis_libprotobuf_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_libxml_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_libxml_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_noop(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_noop() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_proj_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_proj_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_scripts_build_date() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_scripts_build_date() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_svn_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_svn_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_transform_geometry(geom geometry, text, text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_transform_geometry() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_type_name(geomname character varying, coord_dimension integer, use_new_name boolean DEFAULT true) returns character varying
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_type_name() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.postgis_wagyu_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_wagyu_version() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dclosestpoint(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dclosestpoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3ddfullywithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3ddfullywithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3ddistance(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3ddistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3ddwithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3ddwithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dintersects(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dintersects() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dlength(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dlength() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dlineinterpolatepoint(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dlineinterpolatepoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dlongestline(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dlongestline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dmakebox(geom1 geometry, geom2 geometry) returns box3d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dmakebox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dmaxdistance(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dmaxdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dperimeter(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dperimeter() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_3dshortestline(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dshortestline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_addmeasure(geometry, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addmeasure() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_addpoint(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addpoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_addpoint(geom1 geometry, geom2 geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addpoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_affine(geometry, double precision, double precision, double precision, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_affine() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_affine(geometry, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_affine() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_angle(line1 geometry, line2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_angle() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_angle(pt1 geometry, pt2 geometry, pt3 geometry, pt4 geometry DEFAULT '0101000000000000000000F87F000000000000F87F'::geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_angle() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_area2d(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_area2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asencodedpolyline(geom geometry, nprecision integer DEFAULT 5) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asencodedpolyline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asgml(geog geography, maxdecimaldigits integer DEFAULT 15, options integer DEFAULT 0, nprefix text DEFAULT 'gml'::text, id text DEFAULT ''::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asgml(geom geometry, maxdecimaldigits integer DEFAULT 15, options integer DEFAULT 0) returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asgml(text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asgml(version integer, geog geography, maxdecimaldigits integer DEFAULT 15, options integer DEFAULT 0, nprefix text DEFAULT 'gml'::text, id text DEFAULT ''::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asgml(version integer, geom geometry, maxdecimaldigits integer DEFAULT 15, options integer DEFAULT 0, nprefix text DEFAULT NULL::text, id text DEFAULT NULL::text) returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_askml(geog geography, maxdecimaldigits integer DEFAULT 15, nprefix text DEFAULT ''::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_askml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_askml(geom geometry, maxdecimaldigits integer DEFAULT 15, nprefix text DEFAULT ''::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_askml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_askml(text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_askml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_aslatlontext(geom geometry, tmpl text DEFAULT ''::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aslatlontext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asmarc21(geom geometry, format text DEFAULT 'hdddmmss'::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asmarc21() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asmvtgeom(geom geometry, bounds box2d, extent integer DEFAULT 4096, buffer integer DEFAULT 256, clip_geom boolean DEFAULT true) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asmvtgeom() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_assvg(geog geography, rel integer DEFAULT 0, maxdecimaldigits integer DEFAULT 15) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_assvg() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_assvg(geom geometry, rel integer DEFAULT 0, maxdecimaldigits integer DEFAULT 15) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_assvg() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_assvg(text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_assvg() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_astwkb(geom geometry, prec integer DEFAULT NULL::integer, prec_z integer DEFAULT NULL::integer, prec_m integer DEFAULT NULL::integer, with_sizes boolean DEFAULT NULL::boolean, with_boxes boolean DEFAULT NULL::boolean) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_astwkb(geom geometry[], ids bigint[], prec integer DEFAULT NULL::integer, prec_z integer DEFAULT NULL::integer, prec_m integer DEFAULT NULL::integer, with_sizes boolean DEFAULT NULL::boolean, with_boxes boolean DEFAULT NULL::boolean) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_asx3d(geom geometry, maxdecimaldigits integer DEFAULT 15, options integer DEFAULT 0) returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asx3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_azimuth(geog1 geography, geog2 geography) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_azimuth() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_azimuth(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_azimuth() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_bdmpolyfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bdmpolyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_bdpolyfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bdpolyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_boundary(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_boundary() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_boundingdiagonal(geom geometry, fits boolean DEFAULT false) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_boundingdiagonal() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_box2dfromgeohash(text, integer DEFAULT NULL::integer) returns box2d
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_box2dfromgeohash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_buildarea(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_buildarea() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_chaikinsmoothing(geometry, integer DEFAULT 1, boolean DEFAULT false) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_chaikinsmoothing() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_cleangeometry(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_cleangeometry() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_clipbybox2d(geom geometry, box box2d) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clipbybox2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_closestpoint(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_closestpoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_closestpointofapproach(geometry, geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_closestpointofapproach() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_clusterintersecting(geometry[]) returns geometry[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clusterintersecting() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_clusterwithin(geometry[], double precision) returns geometry[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clusterwithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_collectionextract(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_collectionextract() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_collectionextract(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_collectionextract() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_collectionhomogenize(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_collectionhomogenize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_combinebbox(box3d, box3d) returns box3d
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_combinebbox() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_concavehull(param_geom geometry, param_pctconvex double precision, param_allow_holes boolean DEFAULT false) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_concavehull() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_containsproperly(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_containsproperly() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_convexhull(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_convexhull() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_coveredby(text, text) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_coveredby() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_covers(text, text) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_covers() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_cpawithin(geometry, geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_cpawithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_crosses(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_crosses() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_curvetoline(geom geometry, tol double precision DEFAULT 32, toltype integer DEFAULT 0, flags integer DEFAULT 0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_curvetoline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_delaunaytriangles(g1 geometry, tolerance double precision DEFAULT 0.0, flags integer DEFAULT 0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_delaunaytriangles() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dfullywithin(geom1 geometry, geom2 geometry, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dfullywithin() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_difference(geom1 geometry, geom2 geometry, gridsize double precision DEFAULT '-1.0'::numeric) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_difference() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dimension(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dimension() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_distancecpa(geometry, geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_distancecpa() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_distancesphere(geom1 geometry, geom2 geometry, radius double precision) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'st_distancesphere() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_distancespheroid(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_distancespheroid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_distancespheroid(geom1 geometry, geom2 geometry, spheroid) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_distancespheroid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dump(geometry) returns SETOF geometry_dump
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dump() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dumppoints(geometry) returns SETOF geometry_dump
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumppoints() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dumprings(geometry) returns SETOF geometry_dump
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumprings() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_dumpsegments(geometry) returns SETOF geometry_dump
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumpsegments() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_estimatedextent(text, text) returns box2d
    language plpgsql stable strict security definer as $$ begin raise exception feature_not_supported using message = 'st_estimatedextent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_estimatedextent(text, text, text) returns box2d
    language plpgsql stable strict security definer as $$ begin raise exception feature_not_supported using message = 'st_estimatedextent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_estimatedextent(text, text, text, boolean) returns box2d
    language plpgsql stable strict security definer as $$ begin raise exception feature_not_supported using message = 'st_estimatedextent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_expand(box box2d, dx double precision, dy double precision) returns box2d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_expand(box box3d, dx double precision, dy double precision, dz double precision DEFAULT 0) returns box3d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_expand(box2d, double precision) returns box2d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_expand(box3d, double precision) returns box3d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_expand(geom geometry, dx double precision, dy double precision, dz double precision DEFAULT 0, dm double precision DEFAULT 0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_expand() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_exteriorring(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_exteriorring() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_filterbym(geometry, double precision, double precision DEFAULT NULL::double precision, boolean DEFAULT false) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_filterbym() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_findextent(text, text) returns box2d
    language plpgsql stable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_findextent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_findextent(text, text, text) returns box2d
    language plpgsql stable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_findextent() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_flipcoordinates(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_flipcoordinates() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_force2d(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_force2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_force3d(geom geometry, zvalue double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_force3d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_force3dm(geom geometry, mvalue double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_force3dm() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_force3dz(geom geometry, zvalue double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_force3dz() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_force4d(geom geometry, zvalue double precision DEFAULT 0.0, mvalue double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_force4d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcecollection(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcecollection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcecurve(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcecurve() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcepolygonccw(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcepolygonccw() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcepolygoncw(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcepolygoncw() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcerhr(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcerhr() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcesfs(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcesfs() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_forcesfs(geometry, version text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcesfs() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_frechetdistance(geom1 geometry, geom2 geometry, double precision DEFAULT '-1'::integer) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_frechetdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_fromflatgeobuf(anyelement, bytea) returns SETOF anyelement
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_fromflatgeobuf() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_fromflatgeobuftotable(text, text, bytea) returns void
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_fromflatgeobuftotable() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_generatepoints(area geometry, npoints integer) returns geometry
    language plpgsql volatile strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_generatepoints() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_generatepoints(area geometry, npoints integer, seed integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_generatepoints() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geogfromwkb(bytea) returns geography
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geogfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geohash(geog geography, maxchars integer DEFAULT 0) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geohash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geohash(geom geometry, maxchars integer DEFAULT 0) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geohash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomcollfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomcollfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomcollfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomcollfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomcollfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomcollfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomcollfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomcollfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geometricmedian(g geometry, tolerance double precision DEFAULT NULL::double precision, max_iter integer DEFAULT 10000, fail_if_not_converged boolean DEFAULT false) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geometricmedian() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geometryfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geometryfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geometryfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geometryfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geometryn(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geometryn() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfromgeohash(text, integer DEFAULT NULL::integer) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfromgeohash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfromgml(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfromgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfromgml(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfromgml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfromkml(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfromkml() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfrommarc21(marc21xml text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfrommarc21() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_geomfromtwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geomfromtwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_gmltosql(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_gmltosql() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_gmltosql(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_gmltosql() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_hasarc(geometry geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hasarc() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_hausdorffdistance(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hausdorffdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_hausdorffdistance(geom1 geometry, geom2 geometry, double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hausdorffdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_hexagongrid(size double precision, bounds geometry, OUT geom geometry, OUT i integer, OUT j integer) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hexagongrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_hexagon(size double precision, cell_i integer, cell_j integer, origin geometry DEFAULT '010100000000000000000000000000000000000000'::geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hexagon() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_interiorringn(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_interiorringn() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_interpolatepoint(line geometry, point geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_interpolatepoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_intersection(geography, geography) returns geography
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_intersection(geom1 geometry, geom2 geometry, gridsize double precision DEFAULT '-1'::integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_intersection(text, text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isclosed(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isclosed() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_iscollection(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_iscollection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_ispolygonccw(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_ispolygonccw() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_ispolygoncw(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_ispolygoncw() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isring(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isring() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_issimple(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_issimple() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isvaliddetail(geom geometry, flags integer DEFAULT 0) returns valid_detail
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isvaliddetail() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isvalid(geometry, integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isvalid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isvalidreason(geometry, integer) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isvalidreason() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_isvalidtrajectory(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isvalidtrajectory() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_length2d(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_length2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_length2dspheroid(geometry, spheroid) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_length2dspheroid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_lengthspheroid(geometry, spheroid) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_lengthspheroid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_letters(letters text, font json DEFAULT NULL::json) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_letters() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linecrossingdirection(line1 geometry, line2 geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linecrossingdirection() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefromencodedpolyline(txtin text, nprecision integer DEFAULT 5) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefromencodedpolyline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefrommultipoint(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefrommultipoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linefromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linefromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_lineinterpolatepoint(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_lineinterpolatepoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_lineinterpolatepoints(geometry, double precision, repeat boolean DEFAULT true) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_lineinterpolatepoints() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linelocatepoint(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linelocatepoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linemerge(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linemerge() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linemerge(geometry, boolean) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linemerge() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linestringfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linestringfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linestringfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linestringfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linesubstring(geometry, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linesubstring() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_linetocurve(geometry geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_linetocurve() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_locatealong(geometry geometry, measure double precision, leftrightoffset double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_locatealong() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_locatebetweenelevations(geometry geometry, fromelevation double precision, toelevation double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_locatebetweenelevations() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_locatebetween(geometry geometry, frommeasure double precision, tomeasure double precision, leftrightoffset double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_locatebetween() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_longestline(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_longestline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_makebox2d(geom1 geometry, geom2 geometry) returns box2d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makebox2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_makepolygon(geometry, geometry[]) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makepolygon() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_makevalid(geom geometry, params text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makevalid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_maxdistance(geom1 geometry, geom2 geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_maxdistance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_maximuminscribedcircle(geometry, OUT center geometry, OUT nearest geometry, OUT radius double precision) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_maximuminscribedcircle() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_memsize(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_memsize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_minimumboundingcircle(inputgeom geometry, segs_per_quarter integer DEFAULT 48) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minimumboundingcircle() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_minimumboundingradius(geometry, OUT center geometry, OUT radius double precision) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minimumboundingradius() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_minimumclearance(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minimumclearance() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_minimumclearanceline(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minimumclearanceline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mlinefromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mlinefromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mlinefromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mlinefromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mlinefromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mlinefromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mlinefromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mlinefromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpointfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpointfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpointfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpointfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpointfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpointfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpolyfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpolyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpolyfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpolyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpolyfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpolyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_mpolyfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mpolyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multi(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multi() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multilinefromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multilinefromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multilinestringfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multilinestringfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multilinestringfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multilinestringfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipointfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipointfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipointfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipointfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipolyfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipolyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipolyfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipolyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipolygonfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipolygonfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_multipolygonfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_multipolygonfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_node(g geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_node() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_normalize(geom geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_normalize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_nrings(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_nrings() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_numgeometries(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_numgeometries() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_numinteriorring(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_numinteriorring() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_numinteriorrings(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_numinteriorrings() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_numpatches(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_numpatches() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_offsetcurve(line geometry, distance double precision, params text DEFAULT ''::text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_offsetcurve() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_orderingequals(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_orderingequals() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_orientedenvelope(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_orientedenvelope() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_overlaps(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_overlaps() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_patchn(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_patchn() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_perimeter2d(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_perimeter2d() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointfromgeohash(text, integer DEFAULT NULL::integer) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointfromgeohash() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointinsidecircle(geometry, double precision, double precision, double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointinsidecircle() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointn(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointn() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_pointonsurface(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pointonsurface() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_points(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_points() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polyfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polyfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polyfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polyfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polyfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polyfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygonfromtext(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygonfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygonfromtext(text, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygonfromtext() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygonfromwkb(bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygonfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygonfromwkb(bytea, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygonfromwkb() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygon(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygon() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_polygonize(geometry[]) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygonize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_project(geog geography, distance double precision, azimuth double precision) returns geography
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_project() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_quantizecoordinates(g geometry, prec_x integer, prec_y integer DEFAULT NULL::integer, prec_z integer DEFAULT NULL::integer, prec_m integer DEFAULT NULL::integer) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantizecoordinates() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_reduceprecision(geom geometry, gridsize double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reduceprecision() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_relate(geom1 geometry, geom2 geometry) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_relate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_relate(geom1 geometry, geom2 geometry, integer) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_relate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_relate(geom1 geometry, geom2 geometry, text) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_relate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_relatematch(text, text) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_relatematch() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_removepoint(geometry, integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_removepoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_removerepeatedpoints(geom geometry, tolerance double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_removerepeatedpoints() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_reverse(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reverse() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotate(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotate(geometry, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotate(geometry, double precision, geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotatex(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotatex() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotatey(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotatey() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_rotatez(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rotatez() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_scale(geometry, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scale() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_scale(geometry, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scale() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_scale(geometry, geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scale() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_scale(geometry, geometry, origin geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scale() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_scroll(geometry, geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scroll() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_segmentize(geog geography, max_segment_length double precision) returns geography
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_segmentize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_segmentize(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_segmentize() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_seteffectivearea(geometry, double precision DEFAULT '-1'::integer, integer DEFAULT 1) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_seteffectivearea() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_setpoint(geometry, integer, geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setpoint() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_sharedpaths(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_sharedpaths() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_shiftlongitude(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_shiftlongitude() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_shortestline(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_shortestline() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_simplify(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_simplify() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_simplify(geometry, double precision, boolean) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_simplify() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_simplifypolygonhull(geom geometry, vertex_fraction double precision, is_outer boolean DEFAULT true) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_simplifypolygonhull() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_simplifypreservetopology(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_simplifypreservetopology() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_simplifyvw(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_simplifyvw() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_snap(geom1 geometry, geom2 geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snap() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_snaptogrid(geom1 geometry, geom2 geometry, double precision, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_snaptogrid(geometry, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_snaptogrid(geometry, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_snaptogrid(geometry, double precision, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_split(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_split() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_squaregrid(size double precision, bounds geometry, OUT geom geometry, OUT i integer, OUT j integer) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_squaregrid() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_square(size double precision, cell_i integer, cell_j integer, origin geometry DEFAULT '010100000000000000000000000000000000000000'::geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_square() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_subdivide(geom geometry, maxvertices integer DEFAULT 256, gridsize double precision DEFAULT '-1.0'::numeric) returns SETOF geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_subdivide() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_summary(geography) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_summary() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_summary(geometry) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_summary() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_swapordinates(geom geometry, ords cstring) returns geometry
    language internal immutable strict parallel safe as 'pg_column_compression';

create function @extschema@.st_symdifference(geom1 geometry, geom2 geometry, gridsize double precision DEFAULT '-1.0'::numeric) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_symdifference() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_symmetricdifference(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_symmetricdifference() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_tileenvelope(zoom integer, x integer, y integer, bounds geometry DEFAULT '0102000020110F00000200000093107C45F81B73C193107C45F81B73C193107C45F81B734193107C45F81B7341'::geometry, margin double precision DEFAULT 0.0) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tileenvelope() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_touches(geom1 geometry, geom2 geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_touches() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_transform(geom geometry, from_proj text, to_proj text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_transform(geom geometry, from_proj text, to_srid integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_transform(geom geometry, to_proj text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_translate(geometry, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_translate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_translate(geometry, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_translate() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_transscale(geometry, double precision, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transscale() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_triangulatepolygon(g1 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_triangulatepolygon() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_unaryunion(geometry, gridsize double precision DEFAULT '-1.0'::numeric) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_unaryunion() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_voronoilines(g1 geometry, tolerance double precision DEFAULT 0.0, extend_to geometry DEFAULT NULL::geometry) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_voronoilines() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_voronoipolygons(g1 geometry, tolerance double precision DEFAULT 0.0, extend_to geometry DEFAULT NULL::geometry) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_voronoipolygons() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_wkbtosql(wkb bytea) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_wkbtosql() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_wkttosql(text) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_wkttosql() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_wrapx(geom geometry, wrap double precision, move double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_wrapx() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.st_zmflag(geometry) returns smallint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_zmflag() is not available in schemasync''s stand-in for postgis'; end $$;

create function @extschema@.unlockrows(text) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'unlockrows() is not available in schemasync''s stand-in for postgis'; end $$;

reset check_function_bodies;

-- functions with a body ---------------------------------------------------------

-- ---------------------------------------------------------------------------
-- How values are held: geometry and geography are text underneath (the type's
-- input and output are the server's own text functions). Functions below read
-- EWKT ('SRID=4326;POINT(1 2)'), WKT and hex (E)WKB, and build EWKT.
-- The _postgis_standin_* helpers are schemasync's own and not part of PostGIS.
-- ---------------------------------------------------------------------------

create function @extschema@._postgis_standin_t(g @extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select pg_catalog.textin(@extschema@.geometry_out(g)) $$;

create function @extschema@._postgis_standin_t(g @extschema@.geography) returns text
    language sql immutable strict parallel safe
    as $$ select pg_catalog.textin(@extschema@.geography_out(g)) $$;

create function @extschema@._postgis_standin_g(t text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.geometry_in(pg_catalog.textout(t)) $$;

create function @extschema@._postgis_standin_gg(t text) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography_in(pg_catalog.textout(t), 0, -1) $$;

-- a number as PostGIS prints it: the shortest text that reads back the same
create function @extschema@._postgis_standin_num(x double precision) returns text
    language sql immutable strict parallel safe
    as $$ select case when x = 0 then '0' else x::text end $$;

-- an unsigned 32-bit integer and a double from (E)WKB bytes
create function @extschema@._postgis_standin_u32(b bytea, pos integer, le boolean) returns bigint
    language plpgsql immutable strict parallel safe as $$
declare
    v bigint := 0;
begin
    for i in 0..3 loop
        v := v * 256 + get_byte(b, pos + case when le then 3 - i else i end);
    end loop;
    return v;
end $$;

create function @extschema@._postgis_standin_f8(b bytea, pos integer, le boolean) returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    bits bigint := 0;
    e integer;
    mant double precision;
    v double precision;
begin
    for i in 0..7 loop
        bits := (bits << 8) | get_byte(b, pos + case when le then 7 - i else i end);
    end loop;
    e := ((bits >> 52) & 2047)::integer;
    mant := (bits & 4503599627370495)::double precision;  -- the low 52 bits
    if e = 2047 then
        v := 'NaN';
    elsif e = 0 then
        v := mant * power(2::double precision, -1074);
    else
        v := (1 + mant / 4503599627370496) * power(2::double precision, e - 1023);
    end if;
    return case when bits < 0 then -v else v end;
end $$;

-- read one geometry from (E)WKB at pos; pos moves past it
create function @extschema@._postgis_standin_wkb_read(b bytea, inout pos integer, out srid integer, out wkt text)
    language plpgsql immutable strict parallel safe as $$
declare
    le boolean;
    t bigint;
    kind integer;
    dims integer := 2;
    suffix text := '';
    n bigint;
    nr bigint;
    parts text[] := '{}';
    tuple text[];
    sub record;
    names text[] := array['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING',
                          'MULTIPOLYGON', 'GEOMETRYCOLLECTION'];
begin
    le := get_byte(b, pos) = 1;
    t := @extschema@._postgis_standin_u32(b, pos + 1, le);
    pos := pos + 5;
    srid := 0;
    if t & 536870912 <> 0 then  -- EWKB: an SRID follows
        srid := @extschema@._postgis_standin_u32(b, pos, le)::integer;
        pos := pos + 4;
    end if;
    if t & 2147483648 <> 0 then dims := dims + 1; suffix := 'Z'; end if;
    if t & 1073741824 <> 0 then dims := dims + 1; suffix := suffix || 'M'; end if;
    t := t & 536870911;
    if t >= 1000 then  -- ISO WKB: 1000 Z, 2000 M, 3000 ZM
        suffix := case t / 1000 when 1 then 'Z' when 2 then 'M' else 'ZM' end;
        dims := 2 + length(suffix);
        t := t % 1000;
    end if;
    kind := t::integer;
    if kind not between 1 and 7 then
        raise exception 'Unsupported geometry type (%) in WKB', kind;
    end if;
    if kind = 1 then
        tuple := '{}';
        for i in 1..dims loop
            tuple := tuple || @extschema@._postgis_standin_num(@extschema@._postgis_standin_f8(b, pos, le));
            pos := pos + 8;
        end loop;
        wkt := case when tuple[1] = 'NaN' then 'POINT EMPTY' else '(' || array_to_string(tuple, ' ') || ')' end;
    elsif kind = 2 or kind = 3 then
        nr := case when kind = 3 then @extschema@._postgis_standin_u32(b, pos, le) else 1 end;
        if kind = 3 then pos := pos + 4; end if;
        for r in 1..nr loop
            n := @extschema@._postgis_standin_u32(b, pos, le);
            pos := pos + 4;
            tuple := '{}';
            for i in 1..n loop
                tuple := tuple || (
                    select string_agg(@extschema@._postgis_standin_num(
                        @extschema@._postgis_standin_f8(b, pos + 8 * (d - 1), le)), ' ' order by d)
                    from generate_series(1, dims) d);
                pos := pos + 8 * dims;
            end loop;
            parts := parts || ('(' || array_to_string(tuple, ',') || ')');
        end loop;
        wkt := case when kind = 3 then '(' || array_to_string(parts, ',') || ')' else parts[1] end;
    else
        n := @extschema@._postgis_standin_u32(b, pos, le);
        pos := pos + 4;
        for i in 1..n loop
            sub := @extschema@._postgis_standin_wkb_read(b, pos);
            pos := sub.pos;
            parts := parts || case when kind = 7 then sub.wkt else regexp_replace(sub.wkt, '^[A-Z]+( [ZM]+ )?', '') end;
        end loop;
        wkt := case when n = 0 then 'EMPTY' else '(' || array_to_string(parts, ',') || ')' end;
    end if;
    if wkt like '%EMPTY' then
        wkt := names[kind] || ' EMPTY';
    else
        wkt := names[kind] || case when suffix = '' then '' else ' ' || suffix || ' ' end || wkt;
    end if;
end $$;

-- split a stored value into its SRID and WKT (upper-case keywords, single spaces)
create function @extschema@._postgis_standin_parse(v text, out srid integer, out wkt text)
    language plpgsql immutable strict parallel safe as $$
declare
    m text[];
    r record;
begin
    v := btrim(v);
    srid := 0;
    if v ~* '^srid=' then
        m := regexp_match(v, '^[Ss][Rr][Ii][Dd]=(-?[0-9]+);(.*)$');
        if m is null then
            raise exception 'parse error - invalid geometry' using hint = v;
        end if;
        srid := m[1]::integer;
        v := btrim(m[2]);
    end if;
    if v ~ '^(00|01)[0-9A-Fa-f]*$' and length(v) % 2 = 0 and length(v) >= 10 then
        r := @extschema@._postgis_standin_wkb_read(decode(v, 'hex'), 0);
        wkt := r.wkt;
        if srid = 0 then srid := r.srid; end if;
        return;
    end if;
    if v !~* '^(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION|CIRCULARSTRING|COMPOUNDCURVE|CURVEPOLYGON|MULTICURVE|MULTISURFACE|POLYHEDRALSURFACE|TRIANGLE|TIN)\s*(ZM|Z|M)?\s*(\(|EMPTY)' then
        raise exception 'parse error - invalid geometry' using hint = v;
    end if;
    wkt := upper(regexp_replace(v, '\s+', ' ', 'g'));
    wkt := regexp_replace(wkt, '\s*([(),])\s*', '\1', 'g');
    m := regexp_match(wkt, '^([A-Z]+?) ?(ZM|Z|M)? ?(\(.*|EMPTY)$');
    if m is not null and m[1] ~ '(POINT|STRING|POLYGON|COLLECTION|CURVE|SURFACE|TRIANGLE|TIN)$' then
        wkt := m[1] || case when m[2] is null then '' else ' ' || m[2] || ' ' end
            || case when m[3] = 'EMPTY' then ' EMPTY' else m[3] end;
        wkt := replace(wkt, '  EMPTY', ' EMPTY');
    end if;
end $$;

create function @extschema@._postgis_standin_make(srid integer, wkt text) returns text
    language sql immutable strict parallel safe
    as $$ select case when srid = 0 then wkt else 'SRID=' || srid || ';' || wkt end $$;

-- the kind without Z/M ('POINT', 'MULTIPOLYGON', ...)
create function @extschema@._postgis_standin_kind(wkt text) returns text
    language sql immutable strict parallel safe
    as $$ select (regexp_match(wkt, '^([A-Z]+)'))[1] $$;

-- every number, in order
create function @extschema@._postgis_standin_nums(wkt text) returns double precision[]
    language sql immutable strict parallel safe as $$
    select coalesce(array_agg(m[1]::double precision order by n), '{}')
    from regexp_matches(wkt, '(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|NAN)', 'g')
        with ordinality as t(m, n)
$$;

-- coordinates per vertex: 2, 3 or 4
create function @extschema@._postgis_standin_dims(wkt text) returns integer
    language sql immutable strict parallel safe as $$
    select case
        when wkt ~ '^[A-Z]+ ZM' then 4
        when wkt ~ '^[A-Z]+ [ZM] ' then 3
        else coalesce(array_length(regexp_split_to_array(
            btrim((regexp_match(wkt, '\(([^(),]+)[,)]'))[1]), ' '), 1), 2)
    end
$$;

-- the text inside the outermost parentheses ('' when empty)
create function @extschema@._postgis_standin_body(wkt text) returns text
    language sql immutable strict parallel safe
    as $$ select coalesce((regexp_match(wkt, '^[A-Z]+[ ZM]*\((.*)\)$'))[1], '') $$;

-- top-level, comma-separated members of a body
create function @extschema@._postgis_standin_split(body text) returns text[]
    language plpgsql immutable strict parallel safe as $$
declare
    depth integer := 0;
    start integer := 1;
    c text;
    out text[] := '{}';
begin
    if body = '' then return out; end if;
    for i in 1..length(body) loop
        c := substr(body, i, 1);
        if c = '(' then depth := depth + 1;
        elsif c = ')' then depth := depth - 1;
        elsif c = ',' and depth = 0 then
            out := out || substr(body, start, i - start);
            start := i + 1;
        end if;
    end loop;
    return out || substr(body, start);
end $$;

-- the vertex lists: each innermost parenthesised group as x,y pairs
create function @extschema@._postgis_standin_rings(wkt text) returns setof double precision[]
    language sql immutable strict parallel safe as $$
    with d as (select @extschema@._postgis_standin_dims(wkt) as dims)
    select array(
        select v
        from unnest(@extschema@._postgis_standin_nums(g[1])) with ordinality as u(v, i), d
        where (i - 1) % d.dims < 2
        order by i)
    from regexp_matches(wkt, '\(([^()]*)\)', 'g') as g
$$;

create function @extschema@._postgis_standin_bbox(wkt text,
        out xmin double precision, out ymin double precision, out xmax double precision,
        out ymax double precision, out zmin double precision, out zmax double precision)
    language sql immutable strict parallel safe as $$
    with d as (select @extschema@._postgis_standin_dims(wkt) as dims, wkt ~ '^[A-Z]+ M ' as m_only),
    c as (select v, (i - 1) % d.dims as k, d.m_only
          from unnest(@extschema@._postgis_standin_nums(wkt)) with ordinality as u(v, i), d)
    select min(v) filter (where k = 0), min(v) filter (where k = 1),
           max(v) filter (where k = 0), max(v) filter (where k = 1),
           coalesce(min(v) filter (where k = 2 and not m_only), 0),
           coalesce(max(v) filter (where k = 2 and not m_only), 0)
    from c
$$;

-- even-odd rule over all rings of a (multi)polygon
create function @extschema@._postgis_standin_inside(px double precision, py double precision, wkt text) returns boolean
    language plpgsql immutable strict parallel safe as $$
declare
    r double precision[];
    inside boolean := false;
    n integer;
    j integer;
begin
    for r in select * from @extschema@._postgis_standin_rings(wkt) loop
        n := array_length(r, 1) / 2;
        j := n;
        for i in 1..coalesce(n, 0) loop
            if ((r[2*i] > py) <> (r[2*j] > py))
               and px < (r[2*j-1] - r[2*i-1]) * (py - r[2*i]) / (r[2*j] - r[2*i]) + r[2*i-1] then
                inside := not inside;
            end if;
            j := i;
        end loop;
    end loop;
    return inside;
end $$;

-- distance from a point to a segment, planar
create function @extschema@._postgis_standin_segdist(px double precision, py double precision,
        ax double precision, ay double precision, bx double precision, by_ double precision)
    returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    dx double precision := bx - ax;
    dy double precision := by_ - ay;
    t double precision;
begin
    if dx = 0 and dy = 0 then
        return sqrt((px - ax) ^ 2 + (py - ay) ^ 2);
    end if;
    t := greatest(0, least(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return sqrt((px - (ax + t * dx)) ^ 2 + (py - (ay + t * dy)) ^ 2);
end $$;

-- great-circle distance in metres between two lon/lat points (mean earth radius)
create function @extschema@._postgis_standin_sphere(lon1 double precision, lat1 double precision,
        lon2 double precision, lat2 double precision, radius double precision default 6371008.7714)
    returns double precision
    language sql immutable strict parallel safe as $$
    select 2 * radius * asin(least(1, sqrt(
        sin(radians(lat2 - lat1) / 2) ^ 2
        + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
$$;

-- distance between two geometries: 0 when one holds a vertex of the other or two
-- segments cross, else the least vertex-to-segment distance (planar), or the least
-- vertex-to-vertex great-circle distance (sphere)
create function @extschema@._postgis_standin_distance(a text, b text, sphere boolean) returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    ra double precision[];
    rb double precision[];
    best double precision := 'Infinity';
    d double precision;
    pa boolean := @extschema@._postgis_standin_kind(a) in ('POLYGON', 'MULTIPOLYGON');
    pb boolean := @extschema@._postgis_standin_kind(b) in ('POLYGON', 'MULTIPOLYGON');
    o1 double precision; o2 double precision; o3 double precision; o4 double precision;
begin
    if a like '%EMPTY' or b like '%EMPTY' then return null; end if;
    for ra in select * from @extschema@._postgis_standin_rings(a) loop
        for rb in select * from @extschema@._postgis_standin_rings(b) loop
            for i in 1..array_length(ra, 1) / 2 loop
                if pb and @extschema@._postgis_standin_inside(ra[2*i-1], ra[2*i], b) then return 0; end if;
                for j in 1..array_length(rb, 1) / 2 loop
                    if sphere then
                        d := @extschema@._postgis_standin_sphere(ra[2*i-1], ra[2*i], rb[2*j-1], rb[2*j]);
                    else
                        d := @extschema@._postgis_standin_segdist(ra[2*i-1], ra[2*i], rb[2*j-1], rb[2*j],
                            rb[2*least(j+1, array_length(rb, 1) / 2)-1], rb[2*least(j+1, array_length(rb, 1) / 2)]);
                        d := least(d, @extschema@._postgis_standin_segdist(rb[2*j-1], rb[2*j], ra[2*i-1], ra[2*i],
                            ra[2*least(i+1, array_length(ra, 1) / 2)-1], ra[2*least(i+1, array_length(ra, 1) / 2)]));
                        if i < array_length(ra, 1) / 2 and j < array_length(rb, 1) / 2 then
                            -- proper crossing of segment i..i+1 of a and j..j+1 of b
                            o1 := (ra[2*i+1]-ra[2*i-1])*(rb[2*j]-ra[2*i]) - (ra[2*i+2]-ra[2*i])*(rb[2*j-1]-ra[2*i-1]);
                            o2 := (ra[2*i+1]-ra[2*i-1])*(rb[2*j+2]-ra[2*i]) - (ra[2*i+2]-ra[2*i])*(rb[2*j+1]-ra[2*i-1]);
                            o3 := (rb[2*j+1]-rb[2*j-1])*(ra[2*i]-rb[2*j]) - (rb[2*j+2]-rb[2*j])*(ra[2*i-1]-rb[2*j-1]);
                            o4 := (rb[2*j+1]-rb[2*j-1])*(ra[2*i+2]-rb[2*j]) - (rb[2*j+2]-rb[2*j])*(ra[2*i+1]-rb[2*j-1]);
                            if o1 * o2 < 0 and o3 * o4 < 0 then return 0; end if;
                        end if;
                    end if;
                    best := least(best, d);
                end loop;
            end loop;
            if pa then
                for j in 1..array_length(rb, 1) / 2 loop
                    if @extschema@._postgis_standin_inside(rb[2*j-1], rb[2*j], a) then return 0; end if;
                end loop;
            end if;
        end loop;
    end loop;
    return case when best = 'Infinity' then null else best end;
end $$;

-- every vertex of b lies in or on a
create function @extschema@._postgis_standin_contains(a text, b text) returns boolean
    language plpgsql immutable strict parallel safe as $$
declare
    rb double precision[];
    pa boolean := @extschema@._postgis_standin_kind(a) in ('POLYGON', 'MULTIPOLYGON');
    pt text;
begin
    if a like '%EMPTY' or b like '%EMPTY' then return false; end if;
    for rb in select * from @extschema@._postgis_standin_rings(b) loop
        for j in 1..array_length(rb, 1) / 2 loop
            pt := 'POINT(' || rb[2*j-1] || ' ' || rb[2*j] || ')';
            if not ((pa and @extschema@._postgis_standin_inside(rb[2*j-1], rb[2*j], a))
                    or @extschema@._postgis_standin_distance(a, pt, false) = 0) then
                return false;
            end if;
        end loop;
    end loop;
    return true;
end $$;

-- rewrite every x/y pair through a projection: 'merc' (4326 -> 3857) or 'geo' (back)
create function @extschema@._postgis_standin_project(wkt text, how text) returns text
    language plpgsql immutable strict parallel safe as $$
declare
    pat constant text := '-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?';
    seps text[] := regexp_split_to_array(wkt, pat);
    nums double precision[] := @extschema@._postgis_standin_nums(wkt);
    dims integer := @extschema@._postgis_standin_dims(wkt);
    half constant double precision := 20037508.342789244;
    out text := seps[1];
    x double precision;
    y double precision;
begin
    for i in 1..coalesce(array_length(nums, 1), 0) loop
        if (i - 1) % dims = 0 then
            x := nums[i]; y := nums[i + 1];
            if how = 'merc' then
                nums[i] := x * half / 180;
                nums[i + 1] := ln(tan(radians(90 + least(89.999999, greatest(-89.999999, y))) / 2)) * half / pi();
            else
                nums[i] := x * 180 / half;
                nums[i + 1] := degrees(2 * atan(exp(y * pi() / half))) - 90;
            end if;
        end if;
        out := out || @extschema@._postgis_standin_num(nums[i]) || seps[i + 1];
    end loop;
    return out;
end $$;

-- GeoJSON geometry object for a WKT
create function @extschema@._postgis_standin_geojson(wkt text, digits integer) returns text
    language plpgsql immutable strict parallel safe as $$
declare
    kind text := @extschema@._postgis_standin_kind(wkt);
    body text := @extschema@._postgis_standin_body(wkt);
    names jsonb := '{"POINT": "Point", "LINESTRING": "LineString", "POLYGON": "Polygon",
        "MULTIPOINT": "MultiPoint", "MULTILINESTRING": "MultiLineString",
        "MULTIPOLYGON": "MultiPolygon", "GEOMETRYCOLLECTION": "GeometryCollection"}';
    coords text;
begin
    if names ->> kind is null then
        raise exception 'GeoJSON: unsupported geometry type %', kind;
    end if;
    if kind = 'GEOMETRYCOLLECTION' then
        return '{"type":"GeometryCollection","geometries":['
            || coalesce((select string_agg(@extschema@._postgis_standin_geojson(m, digits), ',' order by n)
                         from unnest(@extschema@._postgis_standin_split(body)) with ordinality as u(m, n)), '')
            || ']}';
    end if;
    if body = '' then
        return format('{"type":"%s","coordinates":[]}', names ->> kind);
    end if;
    if kind = 'MULTIPOINT' then
        body := replace(replace(body, '(', ''), ')', '');
    end if;
    -- each vertex 'x y' -> [x,y]; parentheses -> brackets
    coords := (
        select string_agg(
            case when t ~ '[0-9]' then
                '[' || (select string_agg(@extschema@._postgis_standin_num(round(v::numeric, digits)::double precision), ',' order by i)
                        from unnest(regexp_split_to_array(btrim(t), ' ')) with ordinality as w(v, i)) || ']'
            else t end, '' order by n)
        from regexp_split_to_table(body, '(?=[(),])|(?<=[(),])') with ordinality as s(t, n));
    coords := replace(replace(coords, '(', '['), ')', ']');
    if kind <> 'POINT' then
        coords := '[' || coords || ']';
    end if;
    return format('{"type":"%s","coordinates":%s}', names ->> kind, coords);
end $$;

-- WKT coordinates from a GeoJSON coordinate array: a vertex, or a list of them
create function @extschema@._postgis_standin_from_coords(c jsonb) returns text
    language sql immutable strict parallel safe as $$
    select case
        when jsonb_array_length(c) = 0 then ''
        when jsonb_typeof(c -> 0) = 'number' then
            (select string_agg(@extschema@._postgis_standin_num(v::text::double precision), ' ' order by n)
             from jsonb_array_elements(c) with ordinality as e(v, n))
        when jsonb_typeof(c -> 0 -> 0) = 'number' then
            '(' || (select string_agg(@extschema@._postgis_standin_from_coords(v), ',' order by n)
                    from jsonb_array_elements(c) with ordinality as e(v, n)) || ')'
        else
            '(' || (select string_agg(@extschema@._postgis_standin_from_coords(v), ',' order by n)
                    from jsonb_array_elements(c) with ordinality as e(v, n)) || ')'
    end
$$;

-- WKT from a GeoJSON geometry object
create function @extschema@._postgis_standin_from_geojson(j jsonb) returns text
    language plpgsql immutable strict parallel safe as $$
declare
    kind text := upper(j ->> 'type');
    c text;
begin
    if kind = 'GEOMETRYCOLLECTION' then
        return 'GEOMETRYCOLLECTION(' || coalesce((select string_agg(
            @extschema@._postgis_standin_from_geojson(g), ',' order by n)
            from jsonb_array_elements(j -> 'geometries') with ordinality as e(g, n)), '') || ')';
    end if;
    if kind not in ('POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON') then
        raise exception 'Unknown GeoJSON type';
    end if;
    c := @extschema@._postgis_standin_from_coords(j -> 'coordinates');
    if c = '' then
        return kind || ' EMPTY';
    elsif kind = 'POINT' then
        return 'POINT(' || c || ')';
    end if;
    return kind || c;
end $$;

-- ---------------------------------------------------------------------------
-- type modifiers: checked, and not kept (format_type shows plain geometry)
-- ---------------------------------------------------------------------------

create function @extschema@.postgis_typmod_dims(integer) returns integer
    language sql immutable strict parallel safe as $$ select 2 $$;

create function @extschema@.postgis_typmod_srid(integer) returns integer
    language sql immutable strict parallel safe as $$ select 0 $$;

create function @extschema@.postgis_typmod_type(integer) returns text
    language sql immutable strict parallel safe as $$ select 'Geometry'::text $$;

-- ---------------------------------------------------------------------------
-- versions
-- ---------------------------------------------------------------------------

create function @extschema@.postgis_version() returns text
    language sql immutable
    as $$ select '3.3 USE_GEOS=0 USE_PROJ=0 USE_STATS=0 (schemasync stand-in)'::text $$;

create function @extschema@.postgis_lib_version() returns text
    language sql immutable as $$ select '3.3.7'::text $$;

create function @extschema@.postgis_scripts_installed() returns text
    language sql immutable as $$ select '3.3.7 schemasync-stand-in'::text $$;

create function @extschema@.postgis_scripts_released() returns text
    language sql immutable as $$ select '3.3.7 schemasync-stand-in'::text $$;

create function @extschema@.postgis_full_version() returns text
    language sql immutable
    as $$ select 'POSTGIS="3.3.7 schemasync-stand-in" [EXTENSION] (no GEOS, PROJ, GDAL)'::text $$;

-- ---------------------------------------------------------------------------
-- construction and input
-- ---------------------------------------------------------------------------

create function @extschema@.st_makepoint(double precision, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(format('POINT(%s %s)',
        @extschema@._postgis_standin_num($1), @extschema@._postgis_standin_num($2))) $$;

create function @extschema@.st_makepoint(double precision, double precision, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(format('POINT Z (%s %s %s)', @extschema@._postgis_standin_num($1),
        @extschema@._postgis_standin_num($2), @extschema@._postgis_standin_num($3))) $$;

create function @extschema@.st_makepoint(double precision, double precision, double precision, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(format('POINT ZM (%s %s %s %s)', @extschema@._postgis_standin_num($1),
        @extschema@._postgis_standin_num($2), @extschema@._postgis_standin_num($3), @extschema@._postgis_standin_num($4))) $$;

create function @extschema@.st_makepointm(double precision, double precision, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(format('POINT M (%s %s %s)', @extschema@._postgis_standin_num($1),
        @extschema@._postgis_standin_num($2), @extschema@._postgis_standin_num($3))) $$;

create function @extschema@.st_point(double precision, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makepoint($1, $2) $$;

create function @extschema@.st_point(double precision, double precision, srid integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid,
        @extschema@._postgis_standin_t(@extschema@.st_makepoint($1, $2)))) $$;

create function @extschema@.st_pointz(xcoordinate double precision, ycoordinate double precision, zcoordinate double precision, srid integer DEFAULT 0) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid,
        @extschema@._postgis_standin_t(@extschema@.st_makepoint(xcoordinate, ycoordinate, zcoordinate)))) $$;

create function @extschema@.st_pointm(xcoordinate double precision, ycoordinate double precision, mcoordinate double precision, srid integer DEFAULT 0) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid,
        @extschema@._postgis_standin_t(@extschema@.st_makepointm(xcoordinate, ycoordinate, mcoordinate)))) $$;

create function @extschema@.st_pointzm(xcoordinate double precision, ycoordinate double precision, zcoordinate double precision, mcoordinate double precision, srid integer DEFAULT 0) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid,
        @extschema@._postgis_standin_t(@extschema@.st_makepoint(xcoordinate, ycoordinate, zcoordinate, mcoordinate)))) $$;

create function @extschema@.st_setsrid(geom @extschema@.geometry, srid integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid,
        (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geom))).wkt)) $$;

create function @extschema@.st_setsrid(geog @extschema@.geography, srid integer) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_gg(@extschema@._postgis_standin_make(srid,
        (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geog))).wkt)) $$;

create function @extschema@.st_srid(geom @extschema@.geometry) returns integer
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geom))).srid $$;

create function @extschema@.st_srid(geog @extschema@.geography) returns integer
    language sql immutable strict parallel safe
    as $$ select coalesce(nullif((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geog))).srid, 0), 4326) $$;

create function @extschema@.st_geomfromtext(text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(p.srid, p.wkt))
         from @extschema@._postgis_standin_parse($1) p $$;

create function @extschema@.st_geomfromtext(text, integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, p.wkt))
         from @extschema@._postgis_standin_parse($1) p $$;

create function @extschema@.geometry(text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geomfromtext($1) $$;

create function @extschema@.st_geogfromtext(text) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_gg(@extschema@._postgis_standin_make(
            coalesce(nullif(p.srid, 0), 4326), p.wkt))
         from @extschema@._postgis_standin_parse($1) p $$;

create function @extschema@.st_geographyfromtext(text) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geogfromtext($1) $$;

create function @extschema@.geography(@extschema@.geometry) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geogfromtext(@extschema@._postgis_standin_t($1)) $$;

create function @extschema@.geometry(@extschema@.geography) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(
            coalesce(nullif(p.srid, 0), 4326), p.wkt))
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.geometry(@extschema@.geometry, integer, boolean) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$ select $1 $$;

create function @extschema@.geography(@extschema@.geography, integer, boolean) returns @extschema@.geography
    language sql immutable strict parallel safe as $$ select $1 $$;

create function @extschema@.st_geomfromewkt(text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geomfromtext($1) $$;

create function @extschema@.st_geomfromgeojson(text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g('SRID=4326;' || @extschema@._postgis_standin_from_geojson($1::jsonb)) $$;

create function @extschema@.st_geomfromgeojson(json) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geomfromgeojson($1::text) $$;

create function @extschema@.st_geomfromgeojson(jsonb) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geomfromgeojson($1::text) $$;

create function @extschema@.st_geomfromwkb(bytea) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(w.wkt) from @extschema@._postgis_standin_wkb_read($1, 0) w $$;

create function @extschema@.st_geomfromwkb(bytea, integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, w.wkt))
         from @extschema@._postgis_standin_wkb_read($1, 0) w $$;

create function @extschema@.st_geomfromewkb(bytea) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(w.srid, w.wkt))
         from @extschema@._postgis_standin_wkb_read($1, 0) w $$;

create function @extschema@.geometry(bytea) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_geomfromewkb($1) $$;

create function @extschema@.geography(bytea) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography(@extschema@.st_geomfromewkb($1)) $$;

create function @extschema@.st_makeenvelope(double precision, double precision, double precision, double precision, integer DEFAULT 0) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($5, format(
        'POLYGON((%1$s %2$s,%1$s %4$s,%3$s %4$s,%3$s %2$s,%1$s %2$s))',
        @extschema@._postgis_standin_num($1), @extschema@._postgis_standin_num($2),
        @extschema@._postgis_standin_num($3), @extschema@._postgis_standin_num($4)))) $$;

create function @extschema@.geometry(point) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makepoint($1[0], $1[1]) $$;

-- ---------------------------------------------------------------------------
-- output
-- ---------------------------------------------------------------------------

create function @extschema@.st_astext(@extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt $$;

create function @extschema@.st_astext(@extschema@.geometry, integer) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_astext($1) $$;

create function @extschema@.st_astext(@extschema@.geography) returns text
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt $$;

create function @extschema@.st_astext(@extschema@.geography, integer) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_astext($1) $$;

create function @extschema@.st_astext(text) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_astext(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@.st_asewkt(@extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_make(p.srid, p.wkt)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_asewkt(@extschema@.geometry, integer) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkt($1) $$;

create function @extschema@.st_asewkt(@extschema@.geography) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkt(@extschema@.geometry($1)) $$;

create function @extschema@.st_asewkt(@extschema@.geography, integer) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkt(@extschema@.geometry($1)) $$;

create function @extschema@.st_asewkt(text) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkt(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@.text(@extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkt($1) $$;

create function @extschema@.st_asgeojson(geom @extschema@.geometry, maxdecimaldigits integer DEFAULT 9, options integer DEFAULT 8) returns text
    language sql immutable strict parallel safe as $$
    select case when p.srid not in (0, 4326) and options & 10 <> 0
        then rtrim(@extschema@._postgis_standin_geojson(p.wkt, maxdecimaldigits), '}')
             || format(',"crs":{"type":"name","properties":{"name":"%sEPSG:%s"}}}',
                       case when options & 4 <> 0 then 'urn:ogc:def:crs:' else '' end, p.srid)
        else @extschema@._postgis_standin_geojson(p.wkt, maxdecimaldigits) end
    from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geom)) p
$$;

create function @extschema@.st_asgeojson(geog @extschema@.geography, maxdecimaldigits integer DEFAULT 9, options integer DEFAULT 0) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_geojson(
        (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(geog))).wkt, maxdecimaldigits) $$;

create function @extschema@.st_asgeojson(text) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asgeojson(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@.st_asgeojson(r record, geom_column text DEFAULT ''::text, maxdecimaldigits integer DEFAULT 9, pretty_bool boolean DEFAULT false) returns text
    language plpgsql stable strict parallel safe as $$
declare
    props jsonb := to_jsonb(r);  -- a geometry becomes its GeoJSON here (its cast to jsonb)
    key text;
    geom jsonb;
begin
    for key in select k from jsonb_object_keys(props) k loop
        if (geom_column = '' and geom is null and jsonb_typeof(props -> key) = 'object'
                and (props -> key) ? 'type' and ((props -> key) ? 'coordinates' or (props -> key) ? 'geometries'))
           or key = geom_column then
            geom := props -> key;
            props := props - key;
        end if;
    end loop;
    if geom is null then
        raise exception 'geometry column is missing';
    end if;
    if jsonb_typeof(geom) = 'string' then
        geom := @extschema@.st_asgeojson(@extschema@.st_geomfromtext(geom #>> '{}'), maxdecimaldigits)::jsonb;
    end if;
    return case when pretty_bool then jsonb_pretty(jsonb_build_object('type', 'Feature', 'geometry', geom, 'properties', props))
                else jsonb_build_object('type', 'Feature', 'geometry', geom, 'properties', props)::text end;
end $$;

create function @extschema@.json(@extschema@.geometry) returns json
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asgeojson($1)::json $$;

create function @extschema@.jsonb(@extschema@.geometry) returns jsonb
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asgeojson($1)::jsonb $$;

-- WKB writer: little-endian unless 'XDR' is asked for; EWKB carries the SRID
create function @extschema@._postgis_standin_wkb(wkt text, srid integer, xdr boolean, ewkb boolean) returns bytea
    language plpgsql immutable strict parallel safe as $$
declare
    kind text := @extschema@._postgis_standin_kind(wkt);
    codes jsonb := '{"POINT": 1, "LINESTRING": 2, "POLYGON": 3, "MULTIPOINT": 4,
        "MULTILINESTRING": 5, "MULTIPOLYGON": 6, "GEOMETRYCOLLECTION": 7}';
    dims integer := @extschema@._postgis_standin_dims(wkt);
    hasz boolean := wkt ~ '^[A-Z]+ Z';
    hasm boolean := wkt ~ '^[A-Z]+ Z?M';
    body text := @extschema@._postgis_standin_body(wkt);
    t bigint := (codes ->> kind)::bigint;
    out bytea;
    member text;
    members text[];
    sub text;
begin
    if t is null then raise exception 'WKB: unsupported geometry type %', kind; end if;
    if ewkb then
        t := t + case when hasz then 2147483648 else 0 end + case when hasm then 1073741824 else 0 end
               + case when srid <> 0 then 536870912 else 0 end;
    else
        t := t + case when hasz and hasm then 3000 when hasz then 1000 when hasm then 2000 else 0 end;
    end if;
    out := case when xdr then '\x00'::bytea else '\x01'::bytea end
        || @extschema@._postgis_standin_u32_bytes(t, xdr);
    if ewkb and srid <> 0 then
        out := out || @extschema@._postgis_standin_u32_bytes(srid, xdr);
    end if;
    if kind = 'POINT' then
        if body = '' then
            return out || @extschema@._postgis_standin_f8_bytes(array_fill('NaN'::double precision, array[dims]), xdr);
        end if;
        return out || @extschema@._postgis_standin_f8_bytes(@extschema@._postgis_standin_nums(body), xdr);
    elsif kind = 'LINESTRING' then
        return out || @extschema@._postgis_standin_u32_bytes(coalesce(array_length(@extschema@._postgis_standin_split(body), 1), 0), xdr)
            || @extschema@._postgis_standin_f8_bytes(@extschema@._postgis_standin_nums(body), xdr);
    elsif kind = 'POLYGON' then
        members := @extschema@._postgis_standin_split(body);
        out := out || @extschema@._postgis_standin_u32_bytes(coalesce(array_length(members, 1), 0), xdr);
        foreach member in array members loop
            out := out || @extschema@._postgis_standin_u32_bytes(array_length(@extschema@._postgis_standin_split(btrim(member, '()')), 1), xdr)
                || @extschema@._postgis_standin_f8_bytes(@extschema@._postgis_standin_nums(member), xdr);
        end loop;
        return out;
    end if;
    members := @extschema@._postgis_standin_split(body);
    out := out || @extschema@._postgis_standin_u32_bytes(coalesce(array_length(members, 1), 0), xdr);
    foreach member in array coalesce(members, '{}') loop
        sub := case kind
            when 'MULTIPOINT' then 'POINT' || case when member like '(%' then member else '(' || member || ')' end
            when 'MULTILINESTRING' then 'LINESTRING' || member
            when 'MULTIPOLYGON' then 'POLYGON' || member
            else member end;
        if kind <> 'GEOMETRYCOLLECTION' and (hasz or hasm) then
            sub := regexp_replace(sub, '^([A-Z]+)', '\1 ' || case when hasz and hasm then 'ZM' when hasz then 'Z' else 'M' end || ' ');
        end if;
        out := out || @extschema@._postgis_standin_wkb(sub, 0, xdr, ewkb);
    end loop;
    return out;
end $$;

create function @extschema@._postgis_standin_u32_bytes(v bigint, xdr boolean) returns bytea
    language sql immutable strict parallel safe as $$
    select case when xdr then substr(int8send(v), 5)
        else set_byte(set_byte(set_byte(set_byte('\x00000000'::bytea,
            0, (v & 255)::integer), 1, ((v >> 8) & 255)::integer),
            2, ((v >> 16) & 255)::integer), 3, ((v >> 24) & 255)::integer) end
$$;

create function @extschema@._postgis_standin_f8_bytes(vs double precision[], xdr boolean) returns bytea
    language sql immutable strict parallel safe as $$
    select coalesce(string_agg(case when xdr then float8send(v) else
        (select string_agg(substr(float8send(v), 9 - k, 1), ''::bytea order by k) from generate_series(1, 8) k)
        end, ''::bytea order by n), ''::bytea)
    from unnest(vs) with ordinality as u(v, n)
$$;

create function @extschema@.st_asbinary(@extschema@.geometry) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_wkb(p.wkt, 0, false, false)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_asbinary(@extschema@.geometry, text) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_wkb(p.wkt, 0, upper($2) = 'XDR', false)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_asbinary(@extschema@.geography) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asbinary(@extschema@.geometry($1)) $$;

create function @extschema@.st_asbinary(@extschema@.geography, text) returns bytea
    language sql immutable parallel safe
    as $$ select @extschema@.st_asbinary(@extschema@.geometry($1), $2) $$;

create function @extschema@.st_asewkb(@extschema@.geometry) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_wkb(p.wkt, p.srid, false, true)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_asewkb(@extschema@.geometry, text) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_wkb(p.wkt, p.srid, upper($2) = 'XDR', true)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_ashexewkb(@extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select upper(encode(@extschema@.st_asewkb($1), 'hex')) $$;

create function @extschema@.st_ashexewkb(@extschema@.geometry, text) returns text
    language sql immutable strict parallel safe
    as $$ select upper(encode(@extschema@.st_asewkb($1, $2), 'hex')) $$;

create function @extschema@.bytea(@extschema@.geometry) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkb($1) $$;

create function @extschema@.bytea(@extschema@.geography) returns bytea
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_asewkb(@extschema@.geometry($1)) $$;

-- ---------------------------------------------------------------------------
-- accessors
-- ---------------------------------------------------------------------------

create function @extschema@.geometrytype(@extschema@.geometry) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_kind(w) || case when w ~ '^[A-Z]+ M ' then 'M' else '' end
         from (select (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) as p(w) $$;

create function @extschema@.geometrytype(@extschema@.geography) returns text
    language sql immutable strict parallel safe
    as $$ select @extschema@.geometrytype(@extschema@.geometry($1)) $$;

create function @extschema@.st_geometrytype(@extschema@.geometry) returns text
    language sql immutable strict parallel safe as $$
    select 'ST_' || coalesce(('{"POINT": "Point", "LINESTRING": "LineString", "POLYGON": "Polygon",
        "MULTIPOINT": "MultiPoint", "MULTILINESTRING": "MultiLineString", "MULTIPOLYGON": "MultiPolygon",
        "GEOMETRYCOLLECTION": "GeometryCollection"}'::jsonb) ->> k, initcap(k))
    from @extschema@._postgis_standin_kind((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) k
$$;

create function @extschema@.st_ndims(@extschema@.geometry) returns smallint
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_dims((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt)::smallint $$;

create function @extschema@.st_coorddim(geometry @extschema@.geometry) returns smallint
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_ndims(geometry) $$;

create function @extschema@.st_isempty(@extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt like '%EMPTY' $$;

create function @extschema@.st_npoints(@extschema@.geometry) returns integer
    language sql immutable strict parallel safe
    as $$ select coalesce(array_length(@extschema@._postgis_standin_nums(p.wkt), 1), 0) / @extschema@._postgis_standin_dims(p.wkt)
         from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p $$;

create function @extschema@.st_numpoints(@extschema@.geometry) returns integer
    language sql immutable strict parallel safe
    as $$ select case when @extschema@.geometrytype($1) like 'LINESTRING%' then @extschema@.st_npoints($1) end $$;

create function @extschema@._postgis_standin_ordinate(g @extschema@.geometry, n integer, what text) returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    p record := @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(g));
    nums double precision[] := @extschema@._postgis_standin_nums(p.wkt);
begin
    if @extschema@._postgis_standin_kind(p.wkt) <> 'POINT' then
        raise exception 'Argument to ST_%() must have type POINT', what;
    end if;
    if what = 'M' then
        return case when p.wkt ~ '^POINT M ' then nums[3] when p.wkt ~ '^POINT ZM' then nums[4] end;
    elsif what = 'Z' and p.wkt !~ '^POINT Z' and @extschema@._postgis_standin_dims(p.wkt) < 3 then
        return null;
    end if;
    return nums[n];
end $$;

create function @extschema@.st_x(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_ordinate($1, 1, 'X') $$;

create function @extschema@.st_y(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_ordinate($1, 2, 'Y') $$;

create function @extschema@.st_z(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_ordinate($1, 3, 'Z') $$;

create function @extschema@.st_m(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_ordinate($1, 4, 'M') $$;

create function @extschema@.box2d(@extschema@.geometry) returns @extschema@.box2d
    language sql immutable strict parallel safe
    as $$ select @extschema@.box2d_in(pg_catalog.textout(format('BOX(%s %s,%s %s)',
        @extschema@._postgis_standin_num(b.xmin), @extschema@._postgis_standin_num(b.ymin),
        @extschema@._postgis_standin_num(b.xmax), @extschema@._postgis_standin_num(b.ymax))))
    from @extschema@._postgis_standin_bbox((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) b
    where b.xmin is not null $$;

create function @extschema@.box3d(@extschema@.geometry) returns @extschema@.box3d
    language sql immutable strict parallel safe
    as $$ select @extschema@.box3d_in(pg_catalog.textout(format('BOX3D(%s %s %s,%s %s %s)',
        @extschema@._postgis_standin_num(b.xmin), @extschema@._postgis_standin_num(b.ymin), @extschema@._postgis_standin_num(b.zmin),
        @extschema@._postgis_standin_num(b.xmax), @extschema@._postgis_standin_num(b.ymax), @extschema@._postgis_standin_num(b.zmax))))
    from @extschema@._postgis_standin_bbox((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) b
    where b.xmin is not null $$;

-- the numbers of a BOX(...) or BOX3D(...) text, as x1 y1 [z1] x2 y2 [z2]
create function @extschema@._postgis_standin_box(t text) returns double precision[]
    language sql immutable strict parallel safe as $$
    select case
        when t !~* '^BOX' then (select array[b.xmin, b.ymin, b.zmin, b.xmax, b.ymax, b.zmax]
                                from @extschema@._postgis_standin_bbox((@extschema@._postgis_standin_parse(t)).wkt) b)
        when array_length(n, 1) = 4 then array[n[1], n[2], 0, n[3], n[4], 0]
        else n end
    from @extschema@._postgis_standin_nums(regexp_replace(t, '^[A-Za-z0-9]*\(', '(')) n
$$;

create function @extschema@.box3d(@extschema@.box2d) returns @extschema@.box3d
    language sql immutable strict parallel safe
    as $$ select @extschema@.box3d_in(pg_catalog.textout(format('BOX3D(%s %s %s,%s %s %s)',
        b[1], b[2], b[3], b[4], b[5], b[6])))
    from @extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box2d_out($1))) b $$;

create function @extschema@.box2d(@extschema@.box3d) returns @extschema@.box2d
    language sql immutable strict parallel safe
    as $$ select @extschema@.box2d_in(pg_catalog.textout(format('BOX(%s %s,%s %s)', b[1], b[2], b[4], b[5])))
    from @extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))) b $$;

create function @extschema@.st_xmin(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[1] $$;
create function @extschema@.st_ymin(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[2] $$;
create function @extschema@.st_zmin(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[3] $$;
create function @extschema@.st_xmax(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[4] $$;
create function @extschema@.st_ymax(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[5] $$;
create function @extschema@.st_zmax(@extschema@.box3d) returns double precision
    language sql immutable strict parallel safe
    as $$ select (@extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))))[6] $$;

create function @extschema@.geometry(@extschema@.box2d) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makeenvelope(b[1], b[2], b[4], b[5])
    from @extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box2d_out($1))) b $$;

create function @extschema@.geometry(@extschema@.box3d) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makeenvelope(b[1], b[2], b[4], b[5])
    from @extschema@._postgis_standin_box(pg_catalog.textin(@extschema@.box3d_out($1))) b $$;

create function @extschema@.st_envelope(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$
    select case when b.xmin = b.xmax and b.ymin = b.ymax
        then @extschema@.st_setsrid(@extschema@.st_makepoint(b.xmin, b.ymin), @extschema@.st_srid($1))
        else @extschema@.st_makeenvelope(b.xmin, b.ymin, b.xmax, b.ymax, @extschema@.st_srid($1)) end
    from @extschema@._postgis_standin_bbox((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) b
$$;

create function @extschema@.st_expand(@extschema@.geometry, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makeenvelope(b.xmin - $2, b.ymin - $2, b.xmax + $2, b.ymax + $2, @extschema@.st_srid($1))
    from @extschema@._postgis_standin_bbox((@extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1))).wkt) b $$;

create function @extschema@.st_startpoint(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select case when @extschema@._postgis_standin_kind(p.wkt) = 'LINESTRING'
        then @extschema@.st_setsrid(@extschema@.st_makepoint(n[1], n[2]), p.srid) end
    from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p,
         @extschema@._postgis_standin_nums(p.wkt) n $$;

create function @extschema@.st_endpoint(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select case when @extschema@._postgis_standin_kind(p.wkt) = 'LINESTRING'
        then @extschema@.st_setsrid(@extschema@.st_makepoint(
            n[array_length(n, 1) - d + 1], n[array_length(n, 1) - d + 2]), p.srid) end
    from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p,
         @extschema@._postgis_standin_nums(p.wkt) n, @extschema@._postgis_standin_dims(p.wkt) d $$;

create function @extschema@.st_isvalid(@extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select true $$;

create function @extschema@.st_isvalidreason(@extschema@.geometry) returns text
    language sql immutable strict parallel safe as $$ select 'Valid Geometry'::text $$;

create function @extschema@.st_makevalid(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$ select $1 $$;

create function @extschema@.st_equals(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_astext(geom1) = @extschema@.st_astext(geom2) $$;

-- ---------------------------------------------------------------------------
-- measures and relations (approximate: see the control file's caveats)
-- ---------------------------------------------------------------------------

create function @extschema@.st_distance(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_distance(@extschema@.st_astext(geom1), @extschema@.st_astext(geom2), false) $$;

create function @extschema@.st_distance(geog1 @extschema@.geography, geog2 @extschema@.geography, use_spheroid boolean DEFAULT true) returns double precision
    language sql immutable strict parallel safe
    as $$ select case when @extschema@._postgis_standin_distance(a, b, false) = 0 then 0
                 else @extschema@._postgis_standin_distance(a, b, true) end
    from @extschema@.st_astext(geog1) a, @extschema@.st_astext(geog2) b $$;

create function @extschema@.st_distance(text, text) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(@extschema@.st_geomfromtext($1), @extschema@.st_geomfromtext($2)) $$;

create function @extschema@.st_distancesphere(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(@extschema@.geography(geom1), @extschema@.geography(geom2)) $$;

create function @extschema@.st_dwithin(geom1 @extschema@.geometry, geom2 @extschema@.geometry, double precision) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(geom1, geom2) <= $3 $$;

create function @extschema@.st_dwithin(geog1 @extschema@.geography, geog2 @extschema@.geography, tolerance double precision, use_spheroid boolean DEFAULT true) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(geog1, geog2, use_spheroid) <= tolerance $$;

create function @extschema@.st_dwithin(text, text, double precision) returns boolean
    language sql immutable parallel safe
    as $$ select @extschema@.st_dwithin(@extschema@.st_geomfromtext($1), @extschema@.st_geomfromtext($2), $3) $$;

create function @extschema@.st_intersects(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(geom1, geom2) = 0 $$;

create function @extschema@.st_intersects(geog1 @extschema@.geography, geog2 @extschema@.geography) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_intersects(@extschema@.geometry(geog1), @extschema@.geometry(geog2)) $$;

create function @extschema@.st_intersects(text, text) returns boolean
    language sql immutable parallel safe
    as $$ select @extschema@.st_intersects(@extschema@.st_geomfromtext($1), @extschema@.st_geomfromtext($2)) $$;

create function @extschema@.st_disjoint(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select not @extschema@.st_intersects(geom1, geom2) $$;

create function @extschema@.st_contains(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_contains(@extschema@.st_astext(geom1), @extschema@.st_astext(geom2)) $$;

create function @extschema@.st_within(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_contains(geom2, geom1) $$;

create function @extschema@.st_covers(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_contains(geom1, geom2) $$;

create function @extschema@.st_covers(geog1 @extschema@.geography, geog2 @extschema@.geography) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_contains(@extschema@.geometry(geog1), @extschema@.geometry(geog2)) $$;

create function @extschema@.st_coveredby(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_contains(geom2, geom1) $$;

create function @extschema@.st_coveredby(geog1 @extschema@.geography, geog2 @extschema@.geography) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_contains(@extschema@.geometry(geog2), @extschema@.geometry(geog1)) $$;

-- planar area of (multi)polygons: outer ring minus holes
create function @extschema@._postgis_standin_area(wkt text, sphere boolean) returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    polys text[];
    poly text;
    ring text;
    r double precision[];
    n integer;
    a double precision;
    total double precision := 0;
    first boolean;
    k double precision;
begin
    if @extschema@._postgis_standin_kind(wkt) = 'POLYGON' then
        polys := array['(' || @extschema@._postgis_standin_body(wkt) || ')'];
    elsif @extschema@._postgis_standin_kind(wkt) = 'MULTIPOLYGON' then
        polys := @extschema@._postgis_standin_split(@extschema@._postgis_standin_body(wkt));
    else
        return 0;
    end if;
    foreach poly in array coalesce(polys, '{}') loop
        first := true;
        foreach ring in array @extschema@._postgis_standin_split(substr(poly, 2, length(poly) - 2)) loop
            r := (select x from @extschema@._postgis_standin_rings('POLYGON(' || ring || ')') x limit 1);
            n := array_length(r, 1) / 2;
            a := 0;
            k := 1;
            if sphere then  -- metres per degree, at the ring's mean latitude
                k := (pi() * 6371008.7714 / 180) ^ 2 * cos(radians((select avg(r[2*i]) from generate_series(1, n) i)));
            end if;
            for i in 1..n - 1 loop
                a := a + r[2*i-1] * r[2*i+2] - r[2*i+1] * r[2*i];
            end loop;
            a := abs(a) / 2 * k;
            total := total + case when first then a else -a end;
            first := false;
        end loop;
    end loop;
    return total;
end $$;

create function @extschema@.st_area(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_area(@extschema@.st_astext($1), false) $$;

create function @extschema@.st_area(geog @extschema@.geography, use_spheroid boolean DEFAULT true) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_area(@extschema@.st_astext(geog), true) $$;

create function @extschema@.st_area(text) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_area(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@._postgis_standin_length(wkt text, sphere boolean, rings boolean) returns double precision
    language plpgsql immutable strict parallel safe as $$
declare
    r double precision[];
    total double precision := 0;
    polygonal boolean := @extschema@._postgis_standin_kind(wkt) in ('POLYGON', 'MULTIPOLYGON');
begin
    if polygonal <> rings then return 0; end if;
    for r in select * from @extschema@._postgis_standin_rings(wkt) loop
        for i in 1..array_length(r, 1) / 2 - 1 loop
            total := total + case when sphere
                then @extschema@._postgis_standin_sphere(r[2*i-1], r[2*i], r[2*i+1], r[2*i+2])
                else sqrt((r[2*i+1] - r[2*i-1]) ^ 2 + (r[2*i+2] - r[2*i]) ^ 2) end;
        end loop;
    end loop;
    return total;
end $$;

create function @extschema@.st_length(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_length(@extschema@.st_astext($1), false, false) $$;

create function @extschema@.st_length(geog @extschema@.geography, use_spheroid boolean DEFAULT true) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_length(@extschema@.st_astext(geog), true, false) $$;

create function @extschema@.st_length(text) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_length(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@.st_perimeter(@extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_length(@extschema@.st_astext($1), false, true) $$;

create function @extschema@.st_perimeter(geog @extschema@.geography, use_spheroid boolean DEFAULT true) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_length(@extschema@.st_astext(geog), true, true) $$;

-- centroid: the mean of the distinct vertices
create function @extschema@.st_centroid(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$
    select @extschema@.st_setsrid(@extschema@.st_makepoint(avg(x), avg(y)), @extschema@.st_srid($1))
    from (select distinct r[2*i-1] as x, r[2*i] as y
          from @extschema@._postgis_standin_rings(@extschema@.st_astext($1)) r,
               generate_series(1, array_length(r, 1) / 2) i) v
$$;

create function @extschema@.st_centroid(@extschema@.geography, use_spheroid boolean DEFAULT true) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography(@extschema@.st_centroid(@extschema@.geometry($1))) $$;

create function @extschema@.st_centroid(text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_centroid(@extschema@.st_geomfromtext($1)) $$;

create function @extschema@.st_transform(@extschema@.geometry, integer) returns @extschema@.geometry
    language plpgsql immutable strict parallel safe as $$
declare
    p record := @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1));
begin
    if p.srid = 0 then
        raise exception 'ST_Transform: Input geometry has unknown (0) SRID';
    elsif p.srid = $2 then
        return $1;
    elsif p.srid in (4326, 4269, 4258) and $2 in (3857, 900913) then
        return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, @extschema@._postgis_standin_project(p.wkt, 'merc')));
    elsif p.srid in (3857, 900913) and $2 in (4326, 4269, 4258) then
        return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, @extschema@._postgis_standin_project(p.wkt, 'geo')));
    elsif p.srid in (4326, 4269, 4258) and $2 in (4326, 4269, 4258) then
        return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, p.wkt));
    end if;
    -- no projection library here: the coordinates are kept, relabelled
    return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make($2, p.wkt));
end $$;

-- buffer: a point becomes a polygon of 4 * quad_segs sides; anything else its expanded box
create function @extschema@._postgis_standin_buffer(g @extschema@.geometry, radius double precision, quad integer, metres boolean)
    returns @extschema@.geometry
    language plpgsql immutable strict parallel safe as $$
declare
    p record := @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(g));
    n double precision[] := @extschema@._postgis_standin_nums(p.wkt);
    kx double precision := 1;
    ky double precision := 1;
    pts text[] := '{}';
    b record;
begin
    if metres then
        ky := 1 / 111319.49079327357;
        kx := ky / greatest(cos(radians(coalesce(n[2], 0))), 1e-9);
    end if;
    if @extschema@._postgis_standin_kind(p.wkt) = 'POINT' and array_length(n, 1) >= 2 then
        for i in 0..4 * quad loop
            pts := pts || (@extschema@._postgis_standin_num(n[1] + radius * kx * cos(2 * pi() * (i % (4 * quad)) / (4 * quad)))
                || ' ' || @extschema@._postgis_standin_num(n[2] + radius * ky * sin(2 * pi() * (i % (4 * quad)) / (4 * quad))));
        end loop;
        return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(p.srid, 'POLYGON((' || array_to_string(pts, ',') || '))'));
    end if;
    b := @extschema@._postgis_standin_bbox(p.wkt);
    return @extschema@.st_makeenvelope(b.xmin - radius * kx, b.ymin - radius * ky, b.xmax + radius * kx, b.ymax + radius * ky, p.srid);
end $$;

create function @extschema@.st_buffer(geom @extschema@.geometry, radius double precision, options text DEFAULT ''::text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_buffer(geom, radius,
        coalesce((regexp_match(options, 'quad_segs=([0-9]+)'))[1]::integer, 8), false) $$;

create function @extschema@.st_buffer(geom @extschema@.geometry, radius double precision, quadsegs integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_buffer(geom, radius, quadsegs, false) $$;

create function @extschema@.st_buffer(@extschema@.geography, double precision) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography(@extschema@._postgis_standin_buffer(@extschema@.geometry($1), $2, 8, true)) $$;

create function @extschema@.st_buffer(@extschema@.geography, double precision, integer) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography(@extschema@._postgis_standin_buffer(@extschema@.geometry($1), $2, $3, true)) $$;

create function @extschema@.st_buffer(@extschema@.geography, double precision, text) returns @extschema@.geography
    language sql immutable strict parallel safe
    as $$ select @extschema@.geography(@extschema@._postgis_standin_buffer(@extschema@.geometry($1), $2,
        coalesce((regexp_match($3, 'quad_segs=([0-9]+)'))[1]::integer, 8), true)) $$;

create function @extschema@.st_buffer(text, double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_buffer(@extschema@.st_geomfromtext($1), $2) $$;

create function @extschema@.st_buffer(text, double precision, integer) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_buffer(@extschema@.st_geomfromtext($1), $2, $3) $$;

create function @extschema@.st_buffer(text, double precision, text) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_buffer(@extschema@.st_geomfromtext($1), $2, $3) $$;

-- ---------------------------------------------------------------------------
-- collections and lines
-- ---------------------------------------------------------------------------

create function @extschema@.st_collect(@extschema@.geometry[]) returns @extschema@.geometry
    language plpgsql immutable strict parallel safe as $$
declare
    wkts text[];
    kinds text[];
    srid integer;
    kind text;
begin
    select array_agg(p.wkt order by n), array_agg(distinct @extschema@._postgis_standin_kind(p.wkt)), min(p.srid)
      into wkts, kinds, srid
      from unnest($1) with ordinality as u(g, n),
           @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(g)) p
     where g is not null;
    if wkts is null then return null; end if;
    kind := case when array_length(kinds, 1) = 1 and kinds[1] in ('POINT', 'LINESTRING', 'POLYGON')
                 then 'MULTI' || kinds[1] else 'GEOMETRYCOLLECTION' end;
    if kind <> 'GEOMETRYCOLLECTION' then
        wkts := array(select case when kinds[1] = 'POINT' then @extschema@._postgis_standin_body(w)
                                  else '(' || @extschema@._postgis_standin_body(w) || ')' end
                      from unnest(wkts) w);
    end if;
    return @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(srid, kind || '(' || array_to_string(wkts, ',') || ')'));
end $$;

create function @extschema@.st_collect(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns @extschema@.geometry
    language sql immutable parallel safe
    as $$ select @extschema@.st_collect(array[geom1, geom2]) $$;

create function @extschema@.st_union(@extschema@.geometry[]) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$
    select case when count(distinct t) = 1 then min(g::text)::@extschema@.geometry
                else @extschema@.st_collect(array_agg(g order by n)) end
    from (select g, n, @extschema@.st_astext(g) as t, row_number() over (partition by @extschema@.st_astext(g) order by n) as k
          from unnest($1) with ordinality as u(g, n) where g is not null) d
    where k = 1
$$;

create function @extschema@.st_union(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_union(array[geom1, geom2]) $$;

create function @extschema@.st_union(geom1 @extschema@.geometry, geom2 @extschema@.geometry, gridsize double precision) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_union(array[geom1, geom2]) $$;

create function @extschema@.st_makeline(@extschema@.geometry[]) returns @extschema@.geometry
    language sql immutable strict parallel safe as $$
    select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(min(p.srid), 'LINESTRING(' || string_agg(
        regexp_replace(@extschema@._postgis_standin_body(p.wkt), '[()]', '', 'g'), ',' order by n) || ')'))
    from unnest($1) with ordinality as u(g, n),
         @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t(g)) p
    where g is not null
$$;

create function @extschema@.st_makeline(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_makeline(array[geom1, geom2]) $$;

create function @extschema@.st_makepolygon(@extschema@.geometry) returns @extschema@.geometry
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_g(@extschema@._postgis_standin_make(p.srid,
        'POLYGON((' || @extschema@._postgis_standin_body(p.wkt) || '))'))
    from @extschema@._postgis_standin_parse(@extschema@._postgis_standin_t($1)) p
    where @extschema@._postgis_standin_kind(p.wkt) = 'LINESTRING' $$;

create function @extschema@.st_combinebbox(@extschema@.box2d, @extschema@.geometry) returns @extschema@.box2d
    language sql immutable parallel safe as $$
    select case when $1 is null then @extschema@.box2d($2)
                when $2 is null then $1
                else @extschema@.box2d(@extschema@.st_collect(@extschema@.geometry($1), @extschema@.geometry(@extschema@.box2d($2)))) end
$$;

create function @extschema@.st_combinebbox(@extschema@.box3d, @extschema@.geometry) returns @extschema@.box3d
    language sql immutable parallel safe as $$
    select case when $1 is null then @extschema@.box3d($2)
                when $2 is null then $1
                else @extschema@.box3d(@extschema@.box2d(@extschema@.st_collect(@extschema@.geometry($1), @extschema@.geometry(@extschema@.box2d($2))))) end
$$;

-- ---------------------------------------------------------------------------
-- operator functions: bounding boxes, and byte order for btree/hash
-- ---------------------------------------------------------------------------

create function @extschema@._postgis_standin_boxcmp(a @extschema@.geometry, b @extschema@.geometry, op text) returns boolean
    language plpgsql immutable strict parallel safe as $$
declare
    p record := @extschema@._postgis_standin_bbox(@extschema@.st_astext(a));
    q record := @extschema@._postgis_standin_bbox(@extschema@.st_astext(b));
begin
    if p.xmin is null or q.xmin is null then return false; end if;
    return case op
        when '&&' then p.xmin <= q.xmax and q.xmin <= p.xmax and p.ymin <= q.ymax and q.ymin <= p.ymax
        when '~' then p.xmin <= q.xmin and p.xmax >= q.xmax and p.ymin <= q.ymin and p.ymax >= q.ymax
        when '@' then q.xmin <= p.xmin and q.xmax >= p.xmax and q.ymin <= p.ymin and q.ymax >= p.ymax
        when '~=' then p.xmin = q.xmin and p.xmax = q.xmax and p.ymin = q.ymin and p.ymax = q.ymax
        when '<<' then p.xmax < q.xmin
        when '&<' then p.xmax <= q.xmax
        when '>>' then p.xmin > q.xmax
        when '&>' then p.xmin >= q.xmin
        when '<<|' then p.ymax < q.ymin
        when '&<|' then p.ymax <= q.ymax
        when '|>>' then p.ymin > q.ymax
        when '|&>' then p.ymin >= q.ymin
    end;
end $$;

create function @extschema@.geometry_overlaps(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '&&') $$;
create function @extschema@.geometry_overlaps_nd(@extschema@.geometry, @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp($1, $2, '&&') $$;
create function @extschema@.geometry_overlaps_3d(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '&&') $$;
create function @extschema@.geometry_contains(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '~') $$;
create function @extschema@.geometry_within(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '@') $$;
create function @extschema@.geometry_same(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '~=') $$;
create function @extschema@.geometry_left(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '<<') $$;
create function @extschema@.geometry_overleft(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '&<') $$;
create function @extschema@.geometry_right(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '>>') $$;
create function @extschema@.geometry_overright(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '&>') $$;
create function @extschema@.geometry_below(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '<<|') $$;
create function @extschema@.geometry_overbelow(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '&<|') $$;
create function @extschema@.geometry_above(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '|>>') $$;
create function @extschema@.geometry_overabove(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns boolean
    language sql immutable strict parallel safe as $$ select @extschema@._postgis_standin_boxcmp(geom1, geom2, '|&>') $$;
create function @extschema@.geography_overlaps(@extschema@.geography, @extschema@.geography) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._postgis_standin_boxcmp(@extschema@.geometry($1), @extschema@.geometry($2), '&&') $$;
create function @extschema@.geometry_distance_centroid(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@.st_distance(geom1, geom2) $$;
create function @extschema@.geometry_distance_box(geom1 @extschema@.geometry, geom2 @extschema@.geometry) returns double precision
    language sql immutable strict parallel safe
    as $$ select @extschema@.st_distance(@extschema@.st_envelope(geom1), @extschema@.st_envelope(geom2)) $$;
create function @extschema@.geography_distance_knn(@extschema@.geography, @extschema@.geography) returns double precision
    language sql immutable strict parallel safe as $$ select @extschema@.st_distance($1, $2, false) $$;

-- ---------------------------------------------------------------------------
-- geometry columns management
-- ---------------------------------------------------------------------------

create function @extschema@.addgeometrycolumn(catalog_name character varying, schema_name character varying, table_name character varying, column_name character varying, new_srid_in integer, new_type character varying, new_dim integer, use_typmod boolean DEFAULT true) returns text
    language plpgsql volatile strict as $$
declare
    kind text := upper(new_type);
begin
    if new_dim = 3 and kind !~ '[ZM]$' then kind := kind || 'Z'; end if;
    if new_dim = 4 and kind !~ 'ZM$' then kind := kind || 'ZM'; end if;
    execute format('alter table %I.%I add column %I @extschema@.geometry(%s, %s)',
        schema_name, table_name, column_name, kind, new_srid_in);
    return format('%s.%s.%s SRID:%s TYPE:%s DIMS:%s ', schema_name, table_name, column_name, new_srid_in, new_type, new_dim);
end $$;

create function @extschema@.addgeometrycolumn(schema_name character varying, table_name character varying, column_name character varying, new_srid integer, new_type character varying, new_dim integer, use_typmod boolean DEFAULT true) returns text
    language sql stable strict
    as $$ select @extschema@.addgeometrycolumn('', $1, $2, $3, $4, $5, $6, $7) $$;

create function @extschema@.addgeometrycolumn(table_name character varying, column_name character varying, new_srid integer, new_type character varying, new_dim integer, use_typmod boolean DEFAULT true) returns text
    language sql volatile strict
    as $$ select @extschema@.addgeometrycolumn('', current_schema()::character varying, $1, $2, $3, $4, $5, $6) $$;

create function @extschema@.dropgeometrycolumn(catalog_name character varying, schema_name character varying, table_name character varying, column_name character varying) returns text
    language plpgsql volatile strict as $$
begin
    execute format('alter table %I.%I drop column %I', schema_name, table_name, column_name);
    return format('%s.%s.%s effectively removed.', schema_name, table_name, column_name);
end $$;

create function @extschema@.dropgeometrycolumn(schema_name character varying, table_name character varying, column_name character varying) returns text
    language sql volatile strict
    as $$ select @extschema@.dropgeometrycolumn('', $1, $2, $3) $$;

create function @extschema@.dropgeometrycolumn(table_name character varying, column_name character varying) returns text
    language sql volatile strict
    as $$ select @extschema@.dropgeometrycolumn('', current_schema()::character varying, $1, $2) $$;

create function @extschema@.dropgeometrytable(catalog_name character varying, schema_name character varying, table_name character varying) returns text
    language plpgsql volatile strict as $$
begin
    execute format('drop table %I.%I', coalesce(nullif(schema_name, ''), current_schema()), table_name);
    return format('Dropped table %s.%s', schema_name, table_name);
end $$;

create function @extschema@.dropgeometrytable(schema_name character varying, table_name character varying) returns text
    language sql volatile strict
    as $$ select @extschema@.dropgeometrytable('', $1, $2) $$;

create function @extschema@.dropgeometrytable(table_name character varying) returns text
    language sql volatile strict
    as $$ select @extschema@.dropgeometrytable('', '', $1) $$;

create function @extschema@.updategeometrysrid(catalogn_name character varying, schema_name character varying, table_name character varying, column_name character varying, new_srid_in integer) returns text
    language plpgsql volatile strict as $$
begin
    execute format('update %I.%I set %I = @extschema@.st_setsrid(%I, %s)',
        schema_name, table_name, column_name, column_name, new_srid_in);
    return format('%s.%s.%s SRID changed to %s', schema_name, table_name, column_name, new_srid_in);
end $$;

create function @extschema@.updategeometrysrid(character varying, character varying, character varying, integer) returns text
    language sql volatile strict
    as $$ select @extschema@.updategeometrysrid('', $1, $2, $3, $4) $$;

create function @extschema@.updategeometrysrid(character varying, character varying, integer) returns text
    language sql volatile strict
    as $$ select @extschema@.updategeometrysrid('', current_schema()::character varying, $1, $2, $3) $$;

create function @extschema@.find_srid(character varying, character varying, character varying) returns integer
    language sql stable strict parallel safe as $$ select 0 $$;

create function @extschema@.populate_geometry_columns(use_typmod boolean DEFAULT true) returns text
    language sql volatile as $$ select 'probed:0 inserted:0'::text $$;

create function @extschema@.populate_geometry_columns(tbl_oid oid, use_typmod boolean DEFAULT true) returns integer
    language sql volatile as $$ select 0 $$;


-- aggregates: they gather the values in an array, then call the matching function --

create function @extschema@._postgis_standin_accum(s @extschema@.geometry[], g @extschema@.geometry, x double precision)
    returns @extschema@.geometry[]
    language sql immutable parallel safe as $$ select s || g $$;

create function @extschema@._postgis_standin_unavailable(s bytea, name text) returns bytea
    language plpgsql immutable parallel safe as $$
begin
    raise exception feature_not_supported
        using message = name || '() is not available in schemasync''s stand-in for postgis';
end $$;

create function @extschema@._postgis_standin_tile(s bytea, r anyelement) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsMVT/ST_AsGeobuf') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a text) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsMVT/ST_AsGeobuf') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a boolean) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsFlatGeobuf') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a boolean, b text) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsFlatGeobuf') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a text, b integer) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsMVT') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a text, b integer, c text) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsMVT') $$;
create function @extschema@._postgis_standin_tile(s bytea, r anyelement, a text, b integer, c text, d text) returns bytea
    language sql immutable parallel safe as $$ select @extschema@._postgis_standin_unavailable(s, 'ST_AsMVT') $$;

create aggregate @extschema@.st_collect(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_collect, parallel = safe);
create aggregate @extschema@.st_memcollect(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_collect, parallel = safe);
create aggregate @extschema@.st_union(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_union, parallel = safe);
create aggregate @extschema@.st_union(@extschema@.geometry, gridsize double precision) (
    sfunc = @extschema@._postgis_standin_accum, stype = @extschema@.geometry[], finalfunc = @extschema@.st_union, parallel = safe);
create aggregate @extschema@.st_memunion(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_union, parallel = safe);
create aggregate @extschema@.st_makeline(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_makeline, parallel = safe);
create aggregate @extschema@.st_polygonize(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_polygonize, parallel = safe);
create aggregate @extschema@.st_clusterintersecting(@extschema@.geometry) (
    sfunc = pg_catalog.array_append, stype = @extschema@.geometry[], finalfunc = @extschema@.st_clusterintersecting, parallel = safe);
create aggregate @extschema@.st_clusterwithin(@extschema@.geometry, double precision) (
    sfunc = @extschema@._postgis_standin_accum, stype = @extschema@.geometry[], finalfunc = @extschema@.st_clusterintersecting, parallel = safe);
create aggregate @extschema@.st_extent(@extschema@.geometry) (
    sfunc = @extschema@.st_combinebbox, stype = @extschema@.box2d, parallel = safe);
create aggregate @extschema@.st_3dextent(@extschema@.geometry) (
    sfunc = @extschema@.st_combinebbox, stype = @extschema@.box3d, parallel = safe);
create aggregate @extschema@.st_asmvt(anyelement) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asmvt(anyelement, text) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asmvt(anyelement, text, integer) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asmvt(anyelement, text, integer, text) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asmvt(anyelement, text, integer, text, text) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asgeobuf(anyelement) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asgeobuf(anyelement, text) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asflatgeobuf(anyelement) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asflatgeobuf(anyelement, boolean) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);
create aggregate @extschema@.st_asflatgeobuf(anyelement, boolean, text) (sfunc = @extschema@._postgis_standin_tile, stype = bytea, parallel = safe);

-- window functions: every row is its own cluster (numbered as rows are)
create function @extschema@.st_clusterdbscan(@extschema@.geometry, eps double precision, minpoints integer) returns integer
    language internal window immutable strict parallel safe as 'window_row_number';
create function @extschema@.st_clusterkmeans(geom @extschema@.geometry, k integer, max_radius double precision DEFAULT NULL::double precision) returns integer
    language internal window volatile strict as 'window_row_number';

-- operators -------------------------------------------------------------------

create operator @extschema@.= (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_eq, commutator = operator(@extschema@.=), restrict = eqsel, join = eqjoinsel, hashes, merges);
create operator @extschema@.< (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_lt, commutator = operator(@extschema@.>), negator = operator(@extschema@.>=), restrict = scalarltsel, join = scalarltjoinsel);
create operator @extschema@.<= (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_le, commutator = operator(@extschema@.>=), negator = operator(@extschema@.>), restrict = scalarlesel, join = scalarlejoinsel);
create operator @extschema@.> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_gt, commutator = operator(@extschema@.<), negator = operator(@extschema@.<=), restrict = scalargtsel, join = scalargtjoinsel);
create operator @extschema@.>= (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_ge, commutator = operator(@extschema@.<=), negator = operator(@extschema@.<), restrict = scalargesel, join = scalargejoinsel);
create operator @extschema@.= (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_eq, commutator = operator(@extschema@.=), restrict = eqsel, join = eqjoinsel, merges);
create operator @extschema@.< (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_lt, commutator = operator(@extschema@.>), negator = operator(@extschema@.>=), restrict = scalarltsel, join = scalarltjoinsel);
create operator @extschema@.<= (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_le, commutator = operator(@extschema@.>=), negator = operator(@extschema@.>), restrict = scalarlesel, join = scalarlejoinsel);
create operator @extschema@.> (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_gt, commutator = operator(@extschema@.<), negator = operator(@extschema@.<=), restrict = scalargtsel, join = scalargtjoinsel);
create operator @extschema@.>= (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_ge, commutator = operator(@extschema@.<=), negator = operator(@extschema@.<), restrict = scalargesel, join = scalargejoinsel);

create operator @extschema@.&& (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overlaps,
    commutator = operator(@extschema@.&&), restrict = @extschema@.gserialized_gist_sel_2d, join = @extschema@.gserialized_gist_joinsel_2d);
create operator @extschema@.&&& (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overlaps_nd,
    commutator = operator(@extschema@.&&&), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.&/& (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overlaps_3d,
    commutator = operator(@extschema@.&/&), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.&& (leftarg = @extschema@.geography, rightarg = @extschema@.geography, function = @extschema@.geography_overlaps,
    commutator = operator(@extschema@.&&), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.~ (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_contains,
    commutator = operator(@extschema@.@), restrict = @extschema@.gserialized_gist_sel_2d, join = @extschema@.gserialized_gist_joinsel_2d);
create operator @extschema@.@ (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_within,
    commutator = operator(@extschema@.~), restrict = @extschema@.gserialized_gist_sel_2d, join = @extschema@.gserialized_gist_joinsel_2d);
create operator @extschema@.~= (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_same,
    commutator = operator(@extschema@.~=), restrict = @extschema@.gserialized_gist_sel_2d, join = @extschema@.gserialized_gist_joinsel_2d);
create operator @extschema@.<< (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_left,
    commutator = operator(@extschema@.>>), restrict = positionsel, join = positionjoinsel);
create operator @extschema@.>> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_right,
    commutator = operator(@extschema@.<<), restrict = positionsel, join = positionjoinsel);
create operator @extschema@.&< (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overleft,
    restrict = positionsel, join = positionjoinsel);
create operator @extschema@.&> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overright,
    restrict = positionsel, join = positionjoinsel);
create operator @extschema@.<<| (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_below,
    commutator = operator(@extschema@.|>>), restrict = positionsel, join = positionjoinsel);
create operator @extschema@.|>> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_above,
    commutator = operator(@extschema@.<<|), restrict = positionsel, join = positionjoinsel);
create operator @extschema@.&<| (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overbelow,
    restrict = positionsel, join = positionjoinsel);
create operator @extschema@.|&> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_overabove,
    restrict = positionsel, join = positionjoinsel);
create operator @extschema@.<-> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_distance_centroid, commutator = operator(@extschema@.<->));
create operator @extschema@.<#> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_distance_box, commutator = operator(@extschema@.<#>));
create operator @extschema@.<<->> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_distance_centroid_nd, commutator = operator(@extschema@.<<->>));
create operator @extschema@.|=| (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry,
    function = @extschema@.geometry_distance_cpa, commutator = operator(@extschema@.|=|));
create operator @extschema@.<-> (leftarg = @extschema@.geography, rightarg = @extschema@.geography,
    function = @extschema@.geography_distance_knn, commutator = operator(@extschema@.<->));
create operator @extschema@.~~ (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_contains_nd,
    commutator = operator(@extschema@.@@), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.@@ (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_within_nd,
    commutator = operator(@extschema@.~~), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.~~= (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_same_nd,
    commutator = operator(@extschema@.~~=), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.~== (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_same_3d,
    commutator = operator(@extschema@.~==), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.@>> (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_contains_3d,
    commutator = operator(@extschema@.<<@), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);
create operator @extschema@.<<@ (leftarg = @extschema@.geometry, rightarg = @extschema@.geometry, function = @extschema@.geometry_contained_3d,
    commutator = operator(@extschema@.@>>), restrict = @extschema@.gserialized_gist_sel_nd, join = @extschema@.gserialized_gist_joinsel_nd);

-- index keys
create operator @extschema@.&& (leftarg = @extschema@.geometry, rightarg = @extschema@.box2df, function = @extschema@.overlaps_2d,
    commutator = operator(@extschema@.&&));
create operator @extschema@.&& (leftarg = @extschema@.box2df, rightarg = @extschema@.geometry, function = @extschema@.overlaps_2d,
    commutator = operator(@extschema@.&&));
create operator @extschema@.&& (leftarg = @extschema@.box2df, rightarg = @extschema@.box2df, function = @extschema@.overlaps_2d,
    commutator = operator(@extschema@.&&));
create operator @extschema@.@ (leftarg = @extschema@.geometry, rightarg = @extschema@.box2df, function = @extschema@.is_contained_2d,
    commutator = operator(@extschema@.~));
create operator @extschema@.@ (leftarg = @extschema@.box2df, rightarg = @extschema@.geometry, function = @extschema@.is_contained_2d,
    commutator = operator(@extschema@.~));
create operator @extschema@.@ (leftarg = @extschema@.box2df, rightarg = @extschema@.box2df, function = @extschema@.is_contained_2d,
    commutator = operator(@extschema@.~));
create operator @extschema@.~ (leftarg = @extschema@.geometry, rightarg = @extschema@.box2df, function = @extschema@.contains_2d,
    commutator = operator(@extschema@.@));
create operator @extschema@.~ (leftarg = @extschema@.box2df, rightarg = @extschema@.geometry, function = @extschema@.contains_2d,
    commutator = operator(@extschema@.@));
create operator @extschema@.~ (leftarg = @extschema@.box2df, rightarg = @extschema@.box2df, function = @extschema@.contains_2d,
    commutator = operator(@extschema@.@));
create operator @extschema@.&&& (leftarg = @extschema@.geometry, rightarg = @extschema@.gidx, function = @extschema@.overlaps_nd,
    commutator = operator(@extschema@.&&&));
create operator @extschema@.&&& (leftarg = @extschema@.gidx, rightarg = @extschema@.geometry, function = @extschema@.overlaps_nd,
    commutator = operator(@extschema@.&&&));
create operator @extschema@.&&& (leftarg = @extschema@.gidx, rightarg = @extschema@.gidx, function = @extschema@.overlaps_nd,
    commutator = operator(@extschema@.&&&));
create operator @extschema@.&& (leftarg = @extschema@.geography, rightarg = @extschema@.gidx, function = @extschema@.overlaps_geog,
    commutator = operator(@extschema@.&&));
create operator @extschema@.&& (leftarg = @extschema@.gidx, rightarg = @extschema@.geography, function = @extschema@.overlaps_geog,
    commutator = operator(@extschema@.&&));
create operator @extschema@.&& (leftarg = @extschema@.gidx, rightarg = @extschema@.gidx, function = @extschema@.overlaps_geog,
    commutator = operator(@extschema@.&&));

-- casts -----------------------------------------------------------------------

create cast (@extschema@.geometry as @extschema@.geometry) with function @extschema@.geometry(@extschema@.geometry, integer, boolean) as implicit;
create cast (@extschema@.geography as @extschema@.geography) with function @extschema@.geography(@extschema@.geography, integer, boolean) as implicit;
create cast (@extschema@.geometry as @extschema@.geography) with function @extschema@.geography(@extschema@.geometry) as implicit;
create cast (@extschema@.geography as @extschema@.geometry) with function @extschema@.geometry(@extschema@.geography);
create cast (text as @extschema@.geometry) with function @extschema@.geometry(text) as implicit;
create cast (@extschema@.geometry as text) with function @extschema@.text(@extschema@.geometry) as implicit;
create cast (bytea as @extschema@.geometry) with function @extschema@.geometry(bytea) as implicit;
create cast (@extschema@.geometry as bytea) with function @extschema@.bytea(@extschema@.geometry) as implicit;
create cast (bytea as @extschema@.geography) with function @extschema@.geography(bytea) as implicit;
create cast (@extschema@.geography as bytea) with function @extschema@.bytea(@extschema@.geography) as implicit;
create cast (@extschema@.box2d as @extschema@.box3d) with function @extschema@.box3d(@extschema@.box2d) as implicit;
create cast (@extschema@.box3d as @extschema@.box2d) with function @extschema@.box2d(@extschema@.box3d) as implicit;
create cast (@extschema@.box2d as @extschema@.geometry) with function @extschema@.geometry(@extschema@.box2d) as implicit;
create cast (@extschema@.box3d as @extschema@.geometry) with function @extschema@.geometry(@extschema@.box3d) as implicit;
create cast (@extschema@.geometry as @extschema@.box2d) with function @extschema@.box2d(@extschema@.geometry) as implicit;
create cast (@extschema@.geometry as @extschema@.box3d) with function @extschema@.box3d(@extschema@.geometry) as implicit;
create cast (@extschema@.box3d as box) with function @extschema@.box(@extschema@.box3d) as implicit;
create cast (@extschema@.geometry as box) with function @extschema@.box(@extschema@.geometry) as assignment;
create cast (@extschema@.geometry as json) with function @extschema@.json(@extschema@.geometry);
create cast (@extschema@.geometry as jsonb) with function @extschema@.jsonb(@extschema@.geometry);
create cast (@extschema@.geometry as point) with function @extschema@.point(@extschema@.geometry);
create cast (@extschema@.geometry as path) with function @extschema@.path(@extschema@.geometry);
create cast (@extschema@.geometry as polygon) with function @extschema@.polygon(@extschema@.geometry);
create cast (point as @extschema@.geometry) with function @extschema@.geometry(point);
create cast (path as @extschema@.geometry) with function @extschema@.geometry(path);
create cast (polygon as @extschema@.geometry) with function @extschema@.geometry(polygon);

-- operator classes: GiST and SP-GiST indexes build (over btree_gist's and the
-- server's text support code) but serve no spatial operator; btree, hash and BRIN
-- order values by their bytes

create operator class @extschema@.btree_geometry_ops default for type @extschema@.geometry using btree as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 @extschema@.geometry_cmp(@extschema@.geometry, @extschema@.geometry),
    function 2 @extschema@.geometry_sortsupport(internal);
create operator class @extschema@.hash_geometry_ops default for type @extschema@.geometry using hash as
    operator 1 @extschema@.= , function 1 @extschema@.geometry_hash(@extschema@.geometry);
create operator class @extschema@.btree_geography_ops default for type @extschema@.geography using btree as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 @extschema@.geography_cmp(@extschema@.geography, @extschema@.geography);

create operator class @extschema@.gist_geometry_ops_2d default for type @extschema@.geometry using gist as
    function 1 @extschema@.geometry_gist_consistent_2d(internal, @extschema@.geometry, integer),
    function 2 @extschema@.geometry_gist_union_2d(bytea, internal),
    function 3 @extschema@.geometry_gist_compress_2d(internal),
    function 4 @extschema@.geometry_gist_decompress_2d(internal),
    function 5 @extschema@.geometry_gist_penalty_2d(internal, internal, internal),
    function 6 @extschema@.geometry_gist_picksplit_2d(internal, internal),
    function 7 @extschema@.geometry_gist_same_2d(@extschema@.geometry, @extschema@.geometry, internal),
    function 11 @extschema@.geometry_gist_sortsupport_2d(internal),
    storage @extschema@.box2df;
create operator class @extschema@.gist_geometry_ops_nd for type @extschema@.geometry using gist as
    function 1 @extschema@.geometry_gist_consistent_nd(internal, @extschema@.geometry, integer),
    function 2 @extschema@.geometry_gist_union_nd(bytea, internal),
    function 3 @extschema@.geometry_gist_compress_nd(internal),
    function 4 @extschema@.geometry_gist_decompress_nd(internal),
    function 5 @extschema@.geometry_gist_penalty_nd(internal, internal, internal),
    function 6 @extschema@.geometry_gist_picksplit_nd(internal, internal),
    function 7 @extschema@.geometry_gist_same_nd(@extschema@.geometry, @extschema@.geometry, internal),
    storage @extschema@.gidx;
create operator class @extschema@.gist_geography_ops default for type @extschema@.geography using gist as
    function 1 @extschema@.geography_gist_consistent(internal, @extschema@.geography, integer),
    function 2 @extschema@.geography_gist_union(bytea, internal),
    function 3 @extschema@.geography_gist_compress(internal),
    function 4 @extschema@.geography_gist_decompress(internal),
    function 5 @extschema@.geography_gist_penalty(internal, internal, internal),
    function 6 @extschema@.geography_gist_picksplit(internal, internal),
    function 7 @extschema@.geography_gist_same(@extschema@.box2d, @extschema@.box2d, internal),
    storage @extschema@.gidx;

create operator class @extschema@.spgist_geometry_ops_2d default for type @extschema@.geometry using spgist as
    function 1 @extschema@.geometry_spgist_config_2d(internal, internal),
    function 2 @extschema@.geometry_spgist_choose_2d(internal, internal),
    function 3 @extschema@.geometry_spgist_picksplit_2d(internal, internal),
    function 4 @extschema@.geometry_spgist_inner_consistent_2d(internal, internal),
    function 5 @extschema@.geometry_spgist_leaf_consistent_2d(internal, internal);
create operator class @extschema@.spgist_geometry_ops_3d for type @extschema@.geometry using spgist as
    function 1 @extschema@.geometry_spgist_config_3d(internal, internal),
    function 2 @extschema@.geometry_spgist_choose_3d(internal, internal),
    function 3 @extschema@.geometry_spgist_picksplit_3d(internal, internal),
    function 4 @extschema@.geometry_spgist_inner_consistent_3d(internal, internal),
    function 5 @extschema@.geometry_spgist_leaf_consistent_3d(internal, internal);
create operator class @extschema@.spgist_geometry_ops_nd for type @extschema@.geometry using spgist as
    function 1 @extschema@.geometry_spgist_config_nd(internal, internal),
    function 2 @extschema@.geometry_spgist_choose_nd(internal, internal),
    function 3 @extschema@.geometry_spgist_picksplit_nd(internal, internal),
    function 4 @extschema@.geometry_spgist_inner_consistent_nd(internal, internal),
    function 5 @extschema@.geometry_spgist_leaf_consistent_nd(internal, internal);
create operator class @extschema@.spgist_geography_ops_nd default for type @extschema@.geography using spgist as
    function 1 @extschema@.geography_spgist_config_nd(internal, internal),
    function 2 @extschema@.geography_spgist_choose_nd(internal, internal),
    function 3 @extschema@.geography_spgist_picksplit_nd(internal, internal),
    function 4 @extschema@.geography_spgist_inner_consistent_nd(internal, internal),
    function 5 @extschema@.geography_spgist_leaf_consistent_nd(internal, internal);

create operator class @extschema@.brin_geometry_inclusion_ops_2d default for type @extschema@.geometry using brin as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 pg_catalog.brin_minmax_opcinfo(internal),
    function 2 pg_catalog.brin_minmax_add_value(internal, internal, internal, internal),
    function 3 pg_catalog.brin_minmax_consistent(internal, internal, internal),
    function 4 pg_catalog.brin_minmax_union(internal, internal, internal);
create operator class @extschema@.brin_geometry_inclusion_ops_3d for type @extschema@.geometry using brin as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 pg_catalog.brin_minmax_opcinfo(internal),
    function 2 pg_catalog.brin_minmax_add_value(internal, internal, internal, internal),
    function 3 pg_catalog.brin_minmax_consistent(internal, internal, internal),
    function 4 pg_catalog.brin_minmax_union(internal, internal, internal);
create operator class @extschema@.brin_geometry_inclusion_ops_4d for type @extschema@.geometry using brin as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 pg_catalog.brin_minmax_opcinfo(internal),
    function 2 pg_catalog.brin_minmax_add_value(internal, internal, internal, internal),
    function 3 pg_catalog.brin_minmax_consistent(internal, internal, internal),
    function 4 pg_catalog.brin_minmax_union(internal, internal, internal);
create operator class @extschema@.brin_geography_inclusion_ops default for type @extschema@.geography using brin as
    operator 1 @extschema@.< , operator 2 @extschema@.<= , operator 3 @extschema@.= ,
    operator 4 @extschema@.>= , operator 5 @extschema@.> ,
    function 1 pg_catalog.brin_minmax_opcinfo(internal),
    function 2 pg_catalog.brin_minmax_add_value(internal, internal, internal, internal),
    function 3 pg_catalog.brin_minmax_consistent(internal, internal, internal),
    function 4 pg_catalog.brin_minmax_union(internal, internal, internal);

-- spatial reference systems, and the catalogue views --------------------------

create table @extschema@.spatial_ref_sys (
    srid integer not null primary key check (srid > 0 and srid <= 998999),
    auth_name character varying(256),
    auth_srid integer,
    srtext character varying(2048),
    proj4text character varying(2048)
);
insert into @extschema@.spatial_ref_sys (srid, auth_name, auth_srid, proj4text) values
    (4326, 'EPSG', 4326, '+proj=longlat +datum=WGS84 +no_defs'),
    (4269, 'EPSG', 4269, '+proj=longlat +datum=NAD83 +no_defs'),
    (3857, 'EPSG', 3857, '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs');
select pg_catalog.pg_extension_config_dump('@extschema@.spatial_ref_sys', 'where srid not in (4326, 4269, 3857)');
grant select on @extschema@.spatial_ref_sys to public;

create view @extschema@.geometry_columns as
select current_database()::character varying(256) as f_table_catalog,
       n.nspname as f_table_schema,
       c.relname as f_table_name,
       a.attname as f_geometry_column,
       2 as coord_dimension,
       0 as srid,
       'GEOMETRY'::character varying(30) as type
from pg_catalog.pg_class c
join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where a.atttypid = '@extschema@.geometry'::regtype
  and c.relkind in ('r', 'v', 'm', 'f', 'p')
  and not pg_catalog.pg_is_other_temp_schema(c.relnamespace)
  and pg_catalog.has_table_privilege(c.oid, 'select');

create view @extschema@.geography_columns as
select current_database() as f_table_catalog,
       n.nspname as f_table_schema,
       c.relname as f_table_name,
       a.attname as f_geography_column,
       2 as coord_dimension,
       4326 as srid,
       'Geometry'::text as type
from pg_catalog.pg_class c
join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where a.atttypid = '@extschema@.geography'::regtype
  and c.relkind in ('r', 'v', 'm', 'f', 'p')
  and not pg_catalog.pg_is_other_temp_schema(c.relnamespace)
  and pg_catalog.has_table_privilege(c.oid, 'select');

grant select on @extschema@.geometry_columns, @extschema@.geography_columns to public;
