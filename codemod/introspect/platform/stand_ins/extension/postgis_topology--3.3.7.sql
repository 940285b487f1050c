-- Stand-in for PostGIS topology 3.3 (extension postgis_topology): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION postgis_topology" to load this file. \quit

create domain @extschema@.topoelement as integer[];
create domain @extschema@.topoelementarray as integer[];
create type @extschema@.getfaceedges_returntype as (sequence integer, edge integer);
create type @extschema@.topogeometry as (topology_id integer, layer_id integer, id integer, type integer);
create type @extschema@.validatetopology_returntype as (error character varying, id1 integer, id2 integer);


create sequence @extschema@.topology_id_seq;
create table @extschema@.layer (
    topology_id integer not null,
    layer_id integer not null,
    schema_name character varying not null,
    table_name character varying not null,
    feature_column character varying not null,
    feature_type integer not null,
    level integer not null DEFAULT 0,
    child_id integer
);
create table @extschema@.topology (
    id integer not null DEFAULT nextval('@extschema@.topology_id_seq'::regclass),
    name character varying not null,
    srid integer not null,
    precision double precision not null,
    hasz boolean not null DEFAULT false
);
alter sequence @extschema@.topology_id_seq owned by @extschema@.topology.id;

set check_function_bodies = off;
create function @extschema@._asgmledge(edge_id integer, start_node integer, end_node integer, line geometry, visitedtable regclass, nsprefix_in text, prec integer, options integer, idprefix text, gmlver integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_asgmledge() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._asgmlface(toponame text, face_id integer, visitedtable regclass, nsprefix_in text, prec integer, options integer, idprefix text, gmlver integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_asgmlface() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._asgmlnode(id integer, point geometry, nsprefix_in text, prec integer, options integer, idprefix text, gmlver integer) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_asgmlnode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._checkedgelinking(curedge_edge_id integer, prevedge_edge_id integer, prevedge_next_left_edge integer, prevedge_next_right_edge integer) returns validatetopology_returntype
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_checkedgelinking() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._st_adjacentedges(atopology character varying, anode integer, anedge integer) returns integer[]
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_st_adjacentedges() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._st_mintolerance(ageom geometry) returns double precision
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_mintolerance() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._st_mintolerance(atopology character varying, ageom geometry) returns double precision
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_st_mintolerance() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._validatetopologyedgelinking(bbox geometry DEFAULT NULL::geometry) returns SETOF validatetopology_returntype
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_validatetopologyedgelinking() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._validatetopologygetfaceshellmaximaledgering(atopology character varying, aface integer) returns geometry
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_validatetopologygetfaceshellmaximaledgering() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._validatetopologygetringedges(starting_edge integer) returns integer[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_validatetopologygetringedges() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@._validatetopologyrings(bbox geometry DEFAULT NULL::geometry) returns SETOF validatetopology_returntype
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_validatetopologyrings() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addedge(atopology character varying, aline geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addedge() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addface(atopology character varying, apoly geometry, force_new boolean DEFAULT false) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addface() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addnode(atopology character varying, apoint geometry, allowedgesplitting boolean DEFAULT false, setcontainingface boolean DEFAULT false) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addnode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addtopogeometrycolumn(character varying, character varying, character varying, character varying, character varying) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addtopogeometrycolumn() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addtopogeometrycolumn(toponame character varying, schema character varying, tbl character varying, col character varying, ltype character varying, child integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'addtopogeometrycolumn() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.addtosearchpath(a_schema_name character varying) returns text
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addtosearchpath() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, nsprefix text) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, nsprefix text, prec integer, options integer, vis regclass) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, nsprefix text, prec integer, options integer, visitedtable regclass, idprefix text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, nsprefix text, prec integer, opts integer) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, nsprefix_in text, precision_in integer, options_in integer, visitedtable regclass, idprefix text, gmlver integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, visitedtable regclass) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.asgml(tg topogeometry, visitedtable regclass, nsprefix text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'asgml() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.astopojson(tg topogeometry, edgemaptable regclass) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'astopojson() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.cleartopogeom(tg topogeometry) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'cleartopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.copytopology(atopology character varying, newtopo character varying) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'copytopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopogeom(toponame character varying, tg_type integer, layer_id integer) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopogeom(toponame character varying, tg_type integer, layer_id integer, tg_objs topoelementarray) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopology(atopology character varying, srid integer, prec double precision, hasz boolean) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopology(character varying) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopology(character varying, integer) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.createtopology(toponame character varying, srid integer, prec double precision) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'createtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.droptopogeometrycolumn(schema character varying, tbl character varying, col character varying) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'droptopogeometrycolumn() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.droptopology(atopology character varying) returns text
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'droptopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.equals(tg1 topogeometry, tg2 topogeometry) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'equals() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findlayer(layer_table regclass, feature_column name) returns layer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findlayer() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findlayer(schema_name name, table_name name, feature_column name) returns layer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findlayer() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findlayer(tg topogeometry) returns layer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findlayer() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findlayer(topology_id integer, layer_id integer) returns layer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findlayer() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findtopology(integer) returns topology
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findtopology(name, name, name) returns topology
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findtopology(regclass, name) returns topology
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findtopology(text) returns topology
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.findtopology(topogeometry) returns topology
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findtopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.geometry(topogeom topogeometry) returns geometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'geometry() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.geometrytype(tg topogeometry) returns text
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'geometrytype() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getedgebypoint(atopology character varying, apoint geometry, tol1 double precision) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'getedgebypoint() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getfacebypoint(atopology character varying, apoint geometry, tol1 double precision) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'getfacebypoint() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getfacecontainingpoint(atopology text, apoint geometry) returns integer
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'getfacecontainingpoint() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getnodebypoint(atopology character varying, apoint geometry, tol1 double precision) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'getnodebypoint() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getnodeedges(atopology character varying, anode integer) returns SETOF getfaceedges_returntype
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'getnodeedges() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.getringedges(atopology character varying, anedge integer, maxedges integer DEFAULT NULL::integer) returns SETOF getfaceedges_returntype
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'getringedges() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopogeomelementarray(tg topogeometry) returns topoelementarray
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopogeomelementarray() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopogeomelementarray(toponame character varying, layer_id integer, tgid integer) returns topoelementarray
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopogeomelementarray() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopogeomelements(tg topogeometry) returns SETOF topoelement
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopogeomelements() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopogeomelements(toponame character varying, layerid integer, tgid integer) returns SETOF topoelement
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopogeomelements() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopologyid(toponame character varying) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopologyid() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopologyname(topoid integer) returns character varying
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopologyname() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.gettopologysrid(toponame character varying) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'gettopologysrid() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.intersects(tg1 topogeometry, tg2 topogeometry) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'intersects() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.layertrigger() returns trigger
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'layertrigger() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.polygonize(toponame character varying) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'polygonize() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.populate_topology_layer() returns TABLE(schema_name text, table_name text, feature_column text)
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'populate_topology_layer() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.postgis_topology_scripts_installed() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_topology_scripts_installed() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.relationtrigger() returns trigger
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'relationtrigger() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.removeunusedprimitives(atopology text, bbox geometry DEFAULT NULL::geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'removeunusedprimitives() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_addedgemodface(atopology character varying, anode integer, anothernode integer, acurve geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_addedgemodface() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_addedgenewfaces(atopology character varying, anode integer, anothernode integer, acurve geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_addedgenewfaces() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_addisoedge(atopology character varying, anode integer, anothernode integer, acurve geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_addisoedge() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_addisonode(atopology character varying, aface integer, apoint geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_addisonode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_changeedgegeom(atopology character varying, anedge integer, acurve geometry) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_changeedgegeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_createtopogeo(atopology character varying, acollection geometry) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_createtopogeo() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_geometrytype(tg topogeometry) returns text
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_geometrytype() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_getfaceedges(toponame character varying, face_id integer) returns SETOF getfaceedges_returntype
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_getfaceedges() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_getfacegeometry(toponame character varying, aface integer) returns geometry
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_getfacegeometry() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_inittopogeo(atopology character varying) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_inittopogeo() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_modedgeheal(toponame character varying, e1id integer, e2id integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_modedgeheal() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_modedgesplit(atopology character varying, anedge integer, apoint geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_modedgesplit() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_moveisonode(atopology character varying, anode integer, apoint geometry) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_moveisonode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_newedgeheal(toponame character varying, e1id integer, e2id integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_newedgeheal() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_newedgessplit(atopology character varying, anedge integer, apoint geometry) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_newedgessplit() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_remedgemodface(toponame character varying, e1id integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_remedgemodface() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_remedgenewface(toponame character varying, e1id integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_remedgenewface() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_remisonode(character varying, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_remisonode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_removeisoedge(atopology character varying, anedge integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_removeisoedge() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_removeisonode(atopology character varying, anode integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_removeisonode() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_simplify(tg topogeometry, tolerance double precision) returns geometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'st_simplify() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.st_srid(tg topogeometry) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'st_srid() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topoelementarray_append(topoelementarray, topoelement) returns topoelementarray
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'topoelementarray_append() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeo_addgeometry(atopology character varying, ageom geometry, tolerance double precision DEFAULT 0) returns void
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'topogeo_addgeometry() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeo_addlinestring(atopology character varying, aline geometry, tolerance double precision DEFAULT 0) returns SETOF integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'topogeo_addlinestring() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeo_addpoint(atopology character varying, apoint geometry, tolerance double precision DEFAULT 0) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'topogeo_addpoint() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeo_addpolygon(atopology character varying, apoly geometry, tolerance double precision DEFAULT 0) returns SETOF integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'topogeo_addpolygon() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeom_addelement(tg topogeometry, el topoelement) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'topogeom_addelement() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeom_addtopogeom(tgt topogeometry, src topogeometry) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'topogeom_addtopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topogeom_remelement(tg topogeometry, el topoelement) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'topogeom_remelement() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.topologysummary(atopology character varying) returns text
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'topologysummary() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.totopogeom(ageom geometry, atopology character varying, alayer integer, atolerance double precision DEFAULT 0) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'totopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.totopogeom(ageom geometry, tg topogeometry, atolerance double precision DEFAULT 0) returns topogeometry
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'totopogeom() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.validatetopologyrelation(toponame character varying) returns TABLE(error text, layer_id integer, topogeo_id integer, element_id integer)
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'validatetopologyrelation() is not available in schemasync''s stand-in for postgis_topology'; end $$;
create function @extschema@.validatetopology(toponame character varying, bbox geometry DEFAULT NULL::geometry) returns SETOF validatetopology_returntype
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'validatetopology() is not available in schemasync''s stand-in for postgis_topology'; end $$;
reset check_function_bodies;

-- the one aggregate with a body: an array of topology elements
create function @extschema@._postgis_topology_standin_append(s @extschema@.topoelementarray, e @extschema@.topoelement)
    returns @extschema@.topoelementarray
    language sql immutable
    as $$ select (coalesce(s::integer[], '{}'::integer[]) || array[e::integer[]])::@extschema@.topoelementarray $$;
create aggregate @extschema@.topoelementarray_agg(@extschema@.topoelement) (
    sfunc = @extschema@._postgis_topology_standin_append, stype = @extschema@.topoelementarray);


create cast (topogeometry as geometry) with function @extschema@.geometry(topogeometry) as implicit;
