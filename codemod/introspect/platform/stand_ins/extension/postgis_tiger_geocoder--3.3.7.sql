-- Stand-in for PostGIS tiger geocoder 3.3 (extension postgis_tiger_geocoder): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION postgis_tiger_geocoder" to load this file. \quit

create type @extschema@.norm_addy as (address integer, predirabbrev character varying, streetname character varying, streettypeabbrev character varying, postdirabbrev character varying, internal character varying, location character varying, stateabbrev character varying, zip character varying, parsed boolean, zip4 character varying, address_alphanumeric character varying);


create sequence @extschema@.addr_gid_seq;
create sequence @extschema@.addrfeat_gid_seq;
create sequence @extschema@.bg_gid_seq;
create sequence @extschema@.county_gid_seq;
create sequence @extschema@.cousub_gid_seq;
create sequence @extschema@.edges_gid_seq;
create sequence @extschema@.faces_gid_seq;
create sequence @extschema@.featnames_gid_seq;
create sequence @extschema@.pagc_gaz_id_seq;
create sequence @extschema@.pagc_lex_id_seq;
create sequence @extschema@.pagc_rules_id_seq;
create sequence @extschema@.place_gid_seq;
create sequence @extschema@.state_gid_seq;
create sequence @extschema@.tabblock_gid_seq;
create sequence @extschema@.tract_gid_seq;
create sequence @extschema@.zcta5_gid_seq;
create table @extschema@.addr (
    gid integer not null DEFAULT nextval('@extschema@.addr_gid_seq'::regclass),
    tlid bigint,
    fromhn character varying(12),
    tohn character varying(12),
    side character varying(1),
    zip character varying(5),
    plus4 character varying(4),
    fromtyp character varying(1),
    totyp character varying(1),
    fromarmid integer,
    toarmid integer,
    arid character varying(22),
    mtfcc character varying(5),
    statefp character varying(2)
);
alter sequence @extschema@.addr_gid_seq owned by @extschema@.addr.gid;
create table @extschema@.addrfeat (
    gid integer not null DEFAULT nextval('@extschema@.addrfeat_gid_seq'::regclass),
    tlid bigint,
    statefp character varying(2) not null,
    aridl character varying(22),
    aridr character varying(22),
    linearid character varying(22),
    fullname character varying(100),
    lfromhn character varying(12),
    ltohn character varying(12),
    rfromhn character varying(12),
    rtohn character varying(12),
    zipl character varying(5),
    zipr character varying(5),
    edge_mtfcc character varying(5),
    parityl character varying(1),
    parityr character varying(1),
    plus4l character varying(4),
    plus4r character varying(4),
    lfromtyp character varying(1),
    ltotyp character varying(1),
    rfromtyp character varying(1),
    rtotyp character varying(1),
    offsetl character varying(1),
    offsetr character varying(1),
    the_geom geometry
);
alter sequence @extschema@.addrfeat_gid_seq owned by @extschema@.addrfeat.gid;
create table @extschema@.bg (
    gid integer not null DEFAULT nextval('@extschema@.bg_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    tractce character varying(6),
    blkgrpce character varying(1),
    bg_id character varying(12) not null,
    namelsad character varying(13),
    mtfcc character varying(5),
    funcstat character varying(1),
    aland double precision,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.bg_gid_seq owned by @extschema@.bg.gid;
create table @extschema@.county (
    gid integer not null DEFAULT nextval('@extschema@.county_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    countyns character varying(8),
    cntyidfp character varying(5) not null,
    name character varying(100),
    namelsad character varying(100),
    lsad character varying(2),
    classfp character varying(2),
    mtfcc character varying(5),
    csafp character varying(3),
    cbsafp character varying(5),
    metdivfp character varying(5),
    funcstat character varying(1),
    aland bigint,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.county_gid_seq owned by @extschema@.county.gid;
create table @extschema@.county_lookup (
    st_code integer not null,
    state character varying(2),
    co_code integer not null,
    name character varying(90)
);
create table @extschema@.countysub_lookup (
    st_code integer not null,
    state character varying(2),
    co_code integer not null,
    county character varying(90),
    cs_code integer not null,
    name character varying(90)
);
create table @extschema@.cousub (
    gid integer not null DEFAULT nextval('@extschema@.cousub_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    cousubfp character varying(5),
    cousubns character varying(8),
    cosbidfp character varying(10) not null,
    name character varying(100),
    namelsad character varying(100),
    lsad character varying(2),
    classfp character varying(2),
    mtfcc character varying(5),
    cnectafp character varying(3),
    nectafp character varying(5),
    nctadvfp character varying(5),
    funcstat character varying(1),
    aland numeric(14,0),
    awater numeric(14,0),
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.cousub_gid_seq owned by @extschema@.cousub.gid;
create table @extschema@.direction_lookup (
    name character varying(20) not null,
    abbrev character varying(3)
);
create table @extschema@.edges (
    gid integer not null DEFAULT nextval('@extschema@.edges_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    tlid bigint,
    tfidl numeric(10,0),
    tfidr numeric(10,0),
    mtfcc character varying(5),
    fullname character varying(100),
    smid character varying(22),
    lfromadd character varying(12),
    ltoadd character varying(12),
    rfromadd character varying(12),
    rtoadd character varying(12),
    zipl character varying(5),
    zipr character varying(5),
    featcat character varying(1),
    hydroflg character varying(1),
    railflg character varying(1),
    roadflg character varying(1),
    olfflg character varying(1),
    passflg character varying(1),
    divroad character varying(1),
    exttyp character varying(1),
    ttyp character varying(1),
    deckedroad character varying(1),
    artpath character varying(1),
    persist character varying(1),
    gcseflg character varying(1),
    offsetl character varying(1),
    offsetr character varying(1),
    tnidf numeric(10,0),
    tnidt numeric(10,0),
    the_geom geometry
);
alter sequence @extschema@.edges_gid_seq owned by @extschema@.edges.gid;
create table @extschema@.faces (
    gid integer not null DEFAULT nextval('@extschema@.faces_gid_seq'::regclass),
    tfid numeric(10,0),
    statefp00 character varying(2),
    countyfp00 character varying(3),
    tractce00 character varying(6),
    blkgrpce00 character varying(1),
    blockce00 character varying(4),
    cousubfp00 character varying(5),
    submcdfp00 character varying(5),
    conctyfp00 character varying(5),
    placefp00 character varying(5),
    aiannhfp00 character varying(5),
    aiannhce00 character varying(4),
    comptyp00 character varying(1),
    trsubfp00 character varying(5),
    trsubce00 character varying(3),
    anrcfp00 character varying(5),
    elsdlea00 character varying(5),
    scsdlea00 character varying(5),
    unsdlea00 character varying(5),
    uace00 character varying(5),
    cd108fp character varying(2),
    sldust00 character varying(3),
    sldlst00 character varying(3),
    vtdst00 character varying(6),
    zcta5ce00 character varying(5),
    tazce00 character varying(6),
    ugace00 character varying(5),
    puma5ce00 character varying(5),
    statefp character varying(2),
    countyfp character varying(3),
    tractce character varying(6),
    blkgrpce character varying(1),
    blockce character varying(4),
    cousubfp character varying(5),
    submcdfp character varying(5),
    conctyfp character varying(5),
    placefp character varying(5),
    aiannhfp character varying(5),
    aiannhce character varying(4),
    comptyp character varying(1),
    trsubfp character varying(5),
    trsubce character varying(3),
    anrcfp character varying(5),
    ttractce character varying(6),
    tblkgpce character varying(1),
    elsdlea character varying(5),
    scsdlea character varying(5),
    unsdlea character varying(5),
    uace character varying(5),
    cd111fp character varying(2),
    sldust character varying(3),
    sldlst character varying(3),
    vtdst character varying(6),
    zcta5ce character varying(5),
    tazce character varying(6),
    ugace character varying(5),
    puma5ce character varying(5),
    csafp character varying(3),
    cbsafp character varying(5),
    metdivfp character varying(5),
    cnectafp character varying(3),
    nectafp character varying(5),
    nctadvfp character varying(5),
    lwflag character varying(1),
    "offset" character varying(1),
    atotal double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry,
    tractce20 character varying(6),
    blkgrpce20 character varying(1),
    blockce20 character varying(4),
    countyfp20 character varying(3),
    statefp20 character varying(2)
);
alter sequence @extschema@.faces_gid_seq owned by @extschema@.faces.gid;
create table @extschema@.featnames (
    gid integer not null DEFAULT nextval('@extschema@.featnames_gid_seq'::regclass),
    tlid bigint,
    fullname character varying(100),
    name character varying(100),
    predirabrv character varying(15),
    pretypabrv character varying(50),
    prequalabr character varying(15),
    sufdirabrv character varying(15),
    suftypabrv character varying(50),
    sufqualabr character varying(15),
    predir character varying(2),
    pretyp character varying(3),
    prequal character varying(2),
    sufdir character varying(2),
    suftyp character varying(3),
    sufqual character varying(2),
    linearid character varying(22),
    mtfcc character varying(5),
    paflag character varying(1),
    statefp character varying(2)
);
alter sequence @extschema@.featnames_gid_seq owned by @extschema@.featnames.gid;
create table @extschema@.geocode_settings (
    name text not null,
    setting text,
    unit text,
    category text,
    short_desc text
);
create table @extschema@.geocode_settings_default (
    name text not null,
    setting text,
    unit text,
    category text,
    short_desc text
);
create table @extschema@.loader_lookuptables (
    process_order integer not null DEFAULT 1000,
    lookup_name text not null,
    table_name text,
    single_mode boolean not null DEFAULT true,
    load boolean not null DEFAULT true,
    level_county boolean not null DEFAULT false,
    level_state boolean not null DEFAULT false,
    level_nation boolean not null DEFAULT false,
    post_load_process text,
    single_geom_mode boolean DEFAULT false,
    insert_mode character(1) not null DEFAULT 'c'::bpchar,
    pre_load_process text,
    columns_exclude text[],
    website_root_override text
);
create table @extschema@.loader_platform (
    os character varying(50) not null,
    declare_sect text,
    pgbin text,
    wget text,
    unzip_command text,
    psql text,
    path_sep text,
    loader text,
    environ_set_command text,
    county_process_command text
);
create table @extschema@.loader_variables (
    tiger_year character varying(4) not null,
    website_root text,
    staging_fold text,
    data_schema text,
    staging_schema text
);
create table @extschema@.pagc_gaz (
    id integer not null DEFAULT nextval('@extschema@.pagc_gaz_id_seq'::regclass),
    seq integer,
    word text,
    stdword text,
    token integer,
    is_custom boolean not null DEFAULT true
);
alter sequence @extschema@.pagc_gaz_id_seq owned by @extschema@.pagc_gaz.id;
create table @extschema@.pagc_lex (
    id integer not null DEFAULT nextval('@extschema@.pagc_lex_id_seq'::regclass),
    seq integer,
    word text,
    stdword text,
    token integer,
    is_custom boolean not null DEFAULT true
);
alter sequence @extschema@.pagc_lex_id_seq owned by @extschema@.pagc_lex.id;
create table @extschema@.pagc_rules (
    id integer not null DEFAULT nextval('@extschema@.pagc_rules_id_seq'::regclass),
    rule text,
    is_custom boolean DEFAULT true
);
alter sequence @extschema@.pagc_rules_id_seq owned by @extschema@.pagc_rules.id;
create table @extschema@.place (
    gid integer not null DEFAULT nextval('@extschema@.place_gid_seq'::regclass),
    statefp character varying(2),
    placefp character varying(5),
    placens character varying(8),
    plcidfp character varying(7) not null,
    name character varying(100),
    namelsad character varying(100),
    lsad character varying(2),
    classfp character varying(2),
    cpi character varying(1),
    pcicbsa character varying(1),
    pcinecta character varying(1),
    mtfcc character varying(5),
    funcstat character varying(1),
    aland bigint,
    awater bigint,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.place_gid_seq owned by @extschema@.place.gid;
create table @extschema@.place_lookup (
    st_code integer not null,
    state character varying(2),
    pl_code integer not null,
    name character varying(90)
);
create table @extschema@.secondary_unit_lookup (
    name character varying(20) not null,
    abbrev character varying(5)
);
create table @extschema@.state (
    gid integer not null DEFAULT nextval('@extschema@.state_gid_seq'::regclass),
    region character varying(2),
    division character varying(2),
    statefp character varying(2) not null,
    statens character varying(8),
    stusps character varying(2) not null,
    name character varying(100),
    lsad character varying(2),
    mtfcc character varying(5),
    funcstat character varying(1),
    aland bigint,
    awater bigint,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.state_gid_seq owned by @extschema@.state.gid;
create table @extschema@.state_lookup (
    st_code integer not null,
    name character varying(40),
    abbrev character varying(3),
    statefp character(2)
);
create table @extschema@.street_type_lookup (
    name character varying(50) not null,
    abbrev character varying(50),
    is_hw boolean not null DEFAULT false
);
create table @extschema@.tabblock (
    gid integer not null DEFAULT nextval('@extschema@.tabblock_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    tractce character varying(6),
    blockce character varying(4),
    tabblock_id character varying(16) not null,
    name character varying(20),
    mtfcc character varying(5),
    ur character varying(1),
    uace character varying(5),
    funcstat character varying(1),
    aland double precision,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.tabblock_gid_seq owned by @extschema@.tabblock.gid;
create table @extschema@.tabblock20 (
    statefp character varying(2),
    countyfp character varying(3),
    tractce character varying(6),
    blockce character varying(4),
    geoid character varying(15) not null,
    name character varying(10),
    mtfcc character varying(5),
    ur character varying(1),
    uace character varying(5),
    uatype character varying(1),
    funcstat character varying(1),
    aland double precision,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry(MultiPolygon,4269),
    housing double precision,
    pop double precision
);
create table @extschema@.tract (
    gid integer not null DEFAULT nextval('@extschema@.tract_gid_seq'::regclass),
    statefp character varying(2),
    countyfp character varying(3),
    tractce character varying(6),
    tract_id character varying(11) not null,
    name character varying(7),
    namelsad character varying(20),
    mtfcc character varying(5),
    funcstat character varying(1),
    aland double precision,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    the_geom geometry
);
alter sequence @extschema@.tract_gid_seq owned by @extschema@.tract.gid;
create table @extschema@.zcta5 (
    gid integer not null DEFAULT nextval('@extschema@.zcta5_gid_seq'::regclass),
    statefp character varying(2) not null,
    zcta5ce character varying(5) not null,
    classfp character varying(2),
    mtfcc character varying(5),
    funcstat character varying(1),
    aland double precision,
    awater double precision,
    intptlat character varying(11),
    intptlon character varying(12),
    partflg character varying(1),
    the_geom geometry
);
alter sequence @extschema@.zcta5_gid_seq owned by @extschema@.zcta5.gid;
create table @extschema@.zip_lookup (
    zip integer not null,
    st_code integer,
    state character varying(2),
    co_code integer,
    county character varying(90),
    cs_code integer,
    cousub character varying(90),
    pl_code integer,
    place character varying(90),
    cnt integer
);
create table @extschema@.zip_lookup_all (
    zip integer,
    st_code integer,
    state character varying(2),
    co_code integer,
    county character varying(90),
    cs_code integer,
    cousub character varying(90),
    pl_code integer,
    place character varying(90),
    cnt integer
);
create table @extschema@.zip_lookup_base (
    zip character varying(5) not null,
    state character varying(40),
    county character varying(90),
    city character varying(90),
    statefp character varying(2)
);
create table @extschema@.zip_state (
    zip character varying(5) not null,
    stusps character varying(2) not null,
    statefp character varying(2)
);
create table @extschema@.zip_state_loc (
    zip character varying(5) not null,
    stusps character varying(2) not null,
    statefp character varying(2),
    place character varying(100) not null
);

set check_function_bodies = off;
create function @extschema@.count_words(character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'count_words() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.create_census_base_tables() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'create_census_base_tables() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.cull_null(character varying) returns character varying
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'cull_null() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.diff_zip(zip1 character varying, zip2 character varying) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'diff_zip() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.drop_dupe_featnames_generate_script() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'drop_dupe_featnames_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.drop_indexes_generate_script(tiger_data_schema text DEFAULT 'tiger_data'::text) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'drop_indexes_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.drop_nation_tables_generate_script(param_schema text DEFAULT 'tiger_data'::text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'drop_nation_tables_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.drop_state_tables_generate_script(param_state text, param_schema text DEFAULT 'tiger_data'::text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'drop_state_tables_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.end_soundex(character varying) returns character varying
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'end_soundex() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.geocode_address(parsed norm_addy, max_results integer DEFAULT 10, restrict_geom geometry DEFAULT NULL::geometry, OUT addy norm_addy, OUT geomout geometry, OUT rating integer) returns SETOF record
    language plpgsql stable parallel safe as $$ begin raise exception feature_not_supported using message = 'geocode_address() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.geocode_intersection(roadway1 text, roadway2 text, in_state text, in_city text DEFAULT ''::text, in_zip text DEFAULT ''::text, num_results integer DEFAULT 10, OUT addy norm_addy, OUT geomout geometry, OUT rating integer) returns SETOF record
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'geocode_intersection() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.geocode_location(parsed norm_addy, restrict_geom geometry DEFAULT NULL::geometry, OUT addy norm_addy, OUT geomout geometry, OUT rating integer) returns SETOF record
    language plpgsql stable parallel safe as $$ begin raise exception feature_not_supported using message = 'geocode_location() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.geocode(in_addy norm_addy, max_results integer DEFAULT 10, restrict_geom geometry DEFAULT NULL::geometry, OUT addy norm_addy, OUT geomout geometry, OUT rating integer) returns SETOF record
    language plpgsql stable parallel safe as $$ begin raise exception feature_not_supported using message = 'geocode() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.geocode(input character varying, max_results integer DEFAULT 10, restrict_geom geometry DEFAULT NULL::geometry, OUT addy norm_addy, OUT geomout geometry, OUT rating integer) returns SETOF record
    language plpgsql stable parallel safe as $$ begin raise exception feature_not_supported using message = 'geocode() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.get_geocode_setting(setting_name text) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'get_geocode_setting() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.get_last_words(inputstring character varying, count integer) returns character varying
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'get_last_words() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.get_tract(loc_geom geometry, output_field text DEFAULT 'name'::text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'get_tract() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.greatest_hn(fromhn character varying, tohn character varying) returns integer
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'greatest_hn() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.includes_address(given_address integer, addr1 integer, addr2 integer, addr3 integer, addr4 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'includes_address() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.install_geocode_settings() returns void
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'install_geocode_settings() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.install_missing_indexes() returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'install_missing_indexes() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.install_pagc_tables() returns void
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'install_pagc_tables() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.interpolate_from_address(given_address integer, in_addr1 character varying, in_addr2 character varying, in_road geometry, in_side character varying DEFAULT ''::character varying, in_offset_m double precision DEFAULT 10) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'interpolate_from_address() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.is_pretype(text) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'is_pretype() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.least_hn(fromhn character varying, tohn character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'least_hn() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.levenshtein_ignore_case(character varying, character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'levenshtein_ignore_case() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_generate_census_script(param_states text[], os text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'loader_generate_census_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_generate_nation_script(os text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'loader_generate_nation_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_generate_script(param_states text[], os text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'loader_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_load_staged_data(param_staging_table text, param_target_table text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'loader_load_staged_data() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_load_staged_data(param_staging_table text, param_target_table text, param_columns_exclude text[]) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'loader_load_staged_data() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.loader_macro_replace(param_input text, param_keys text[], param_values text[]) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'loader_macro_replace() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.location_extract_countysub_exact(fullstreet character varying, stateabbrev character varying) returns character varying
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'location_extract_countysub_exact() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.location_extract_countysub_fuzzy(fullstreet character varying, stateabbrev character varying) returns character varying
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'location_extract_countysub_fuzzy() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.location_extract_place_exact(fullstreet character varying, stateabbrev character varying) returns character varying
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'location_extract_place_exact() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.location_extract_place_fuzzy(fullstreet character varying, stateabbrev character varying) returns character varying
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'location_extract_place_fuzzy() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.location_extract(fullstreet character varying, stateabbrev character varying) returns character varying
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'location_extract() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.missing_indexes_generate_script() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'missing_indexes_generate_script() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.normalize_address(in_rawinput character varying) returns norm_addy
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'normalize_address() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.nullable_levenshtein(character varying, character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'nullable_levenshtein() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.numeric_streets_equal(input_street character varying, output_street character varying) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'numeric_streets_equal() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.pagc_normalize_address(in_rawinput character varying) returns norm_addy
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'pagc_normalize_address() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.pprint_addy(input norm_addy) returns character varying
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'pprint_addy() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.rate_attributes(dirpa character varying, dirpb character varying, streetnamea character varying, streetnameb character varying, streettypea character varying, streettypeb character varying, dirsa character varying, dirsb character varying, locationa character varying, locationb character varying, prequalabr character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'rate_attributes() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.rate_attributes(dirpa character varying, dirpb character varying, streetnamea character varying, streetnameb character varying, streettypea character varying, streettypeb character varying, dirsa character varying, dirsb character varying, prequalabr character varying) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'rate_attributes() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.reverse_geocode(pt geometry, include_strnum_range boolean DEFAULT false, OUT intpt geometry[], OUT addy norm_addy[], OUT street character varying[]) returns record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'reverse_geocode() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.set_geocode_setting(setting_name text, setting_value text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_geocode_setting() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.setsearchpathforinstall(a_schema_name text) returns text
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'setsearchpathforinstall() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.state_extract(rawinput character varying) returns character varying
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'state_extract() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.topology_load_tiger(toponame character varying, region_type character varying, region_id character varying) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'topology_load_tiger() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.utmzone(geometry) returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'utmzone() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
create function @extschema@.zip_range(zip text, range_start integer, range_end integer) returns character varying[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'zip_range() is not available in schemasync''s stand-in for postgis_tiger_geocoder'; end $$;
reset check_function_bodies;



