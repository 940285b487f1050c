-- Stand-in for PostGIS SFCGAL functions 3.3 (extension postgis_sfcgal): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION postgis_sfcgal" to load this file. \quit




set check_function_bodies = off;
create function postgis_sfcgal_full_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_sfcgal_full_version() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function postgis_sfcgal_noop(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_sfcgal_noop() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function postgis_sfcgal_scripts_installed() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_sfcgal_scripts_installed() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function postgis_sfcgal_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'postgis_sfcgal_version() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_3darea(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3darea() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_3dconvexhull(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dconvexhull() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_3ddifference(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3ddifference() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_3dintersection(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dintersection() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_3dunion(geom1 geometry, geom2 geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_3dunion() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_alphashape(g1 geometry, alpha double precision DEFAULT 1.0, allow_holes boolean DEFAULT false) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_alphashape() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_approximatemedialaxis(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approximatemedialaxis() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_constraineddelaunaytriangles(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_constraineddelaunaytriangles() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_extrude(geometry, double precision, double precision, double precision) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_extrude() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_forcelhr(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_forcelhr() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_isplanar(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isplanar() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_issolid(geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_issolid() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_makesolid(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makesolid() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_minkowskisum(geometry, geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minkowskisum() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_optimalalphashape(g1 geometry, allow_holes boolean DEFAULT false, nb_components integer DEFAULT 1) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_optimalalphashape() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_orientation(geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_orientation() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_straightskeleton(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_straightskeleton() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_tesselate(geometry) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tesselate() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function st_volume(geometry) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_volume() is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
reset check_function_bodies;


create function _postgis_sfcgal_standin_agg(state text, geometry) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_sfcgal'; end $$;
create function _postgis_sfcgal_standin_final_geometry(text) returns geometry
    language sql immutable as $$ select null::geometry $$;
create aggregate st_3dunion(geometry) (sfunc = _postgis_sfcgal_standin_agg, stype = text, finalfunc = _postgis_sfcgal_standin_final_geometry);

