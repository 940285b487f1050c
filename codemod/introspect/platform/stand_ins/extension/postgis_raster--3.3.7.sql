-- Stand-in for PostGIS raster 3.3 (extension postgis_raster): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION postgis_raster" to load this file. \quit

create type @extschema@.raster;
create function @extschema@.raster_in(cstring) returns raster
    language internal immutable strict parallel safe as 'textin';
create function @extschema@.raster_out(raster) returns cstring
    language internal immutable strict parallel safe as 'textout';
create type @extschema@.raster (input = @extschema@.raster_in, output = @extschema@.raster_out,
    internallength = variable, storage = extended, category = 'U');
create type @extschema@.addbandarg as (index integer, pixeltype text, initialvalue double precision, nodataval double precision);
create type @extschema@.agg_count as (count bigint, nband integer, exclude_nodata_value boolean, sample_percent double precision);
create type @extschema@.agg_samealignment as (refraster raster, aligned boolean);
create type @extschema@.geomval as (geom geometry, val double precision);
create type @extschema@.rastbandarg as (rast raster, nband integer);
create type @extschema@.reclassarg as (nband integer, reclassexpr text, pixeltype text, nodataval double precision);
create type @extschema@.summarystats as (count bigint, sum double precision, mean double precision, stddev double precision, min double precision, max double precision);
create type @extschema@.unionarg as (nband integer, uniontype text);



set check_function_bodies = off;
create function @extschema@.__st_countagg_transfn(agg agg_count, rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 1) returns agg_count
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '__st_countagg_transfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_overview_constraint(ovschema name, ovtable name, ovcolumn name, refschema name, reftable name, refcolumn name, factor integer) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_overview_constraint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_alignment(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_alignment() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_blocksize(rastschema name, rasttable name, rastcolumn name, axis text) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_blocksize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_coverage_tile(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_coverage_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_extent(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_extent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_nodata_values(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_nodata_values() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_num_bands(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_num_bands() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_out_db(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_out_db() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_pixel_types(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_pixel_types() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_scale(rastschema name, rasttable name, rastcolumn name, axis character) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_scale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_spatially_unique(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_spatially_unique() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint_srid(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint_srid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._add_raster_constraint(cn name, sql text) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_add_raster_constraint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_overview_constraint(ovschema name, ovtable name, ovcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_overview_constraint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_alignment(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_alignment() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_blocksize(rastschema name, rasttable name, rastcolumn name, axis text) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_blocksize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_coverage_tile(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_coverage_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_extent(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_extent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_nodata_values(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_nodata_values() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_num_bands(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_num_bands() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_out_db(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_out_db() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_pixel_types(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_pixel_types() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_regular_blocking(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_regular_blocking() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_scale(rastschema name, rasttable name, rastcolumn name, axis character) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_scale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_spatially_unique(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_spatially_unique() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint_srid(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint_srid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._drop_raster_constraint(rastschema name, rasttable name, cn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_drop_raster_constraint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._overview_constraint_info(ovschema name, ovtable name, ovcolumn name, OUT refschema name, OUT reftable name, OUT refcolumn name, OUT factor integer) returns record
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_overview_constraint_info() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._overview_constraint(ov raster, factor integer, refschema name, reftable name, refcolumn name) returns boolean
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_overview_constraint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_alignment(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_alignment() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_blocksize(rastschema name, rasttable name, rastcolumn name, axis text) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_blocksize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_coverage_tile(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_coverage_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_extent(rastschema name, rasttable name, rastcolumn name) returns geometry
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_extent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_index(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_index() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_nodata_values(rastschema name, rasttable name, rastcolumn name) returns double precision[]
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_nodata_values() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_num_bands(rastschema name, rasttable name, rastcolumn name) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_num_bands() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_out_db(rastschema name, rasttable name, rastcolumn name) returns boolean[]
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_out_db() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_pixel_types(rastschema name, rasttable name, rastcolumn name) returns text[]
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_pixel_types() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_regular_blocking(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_regular_blocking() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_scale(rastschema name, rasttable name, rastcolumn name, axis character) returns double precision
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_scale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_spatially_unique(rastschema name, rasttable name, rastcolumn name) returns boolean
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_spatially_unique() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_info_srid(rastschema name, rasttable name, rastcolumn name) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_info_srid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_nodata_values(rast raster) returns numeric[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_raster_constraint_nodata_values() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_out_db(rast raster) returns boolean[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_raster_constraint_out_db() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._raster_constraint_pixel_types(rast raster) returns text[]
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = '_raster_constraint_pixel_types() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_aspect4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_aspect4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_asraster(geom geometry, scalex double precision DEFAULT 0, scaley double precision DEFAULT 0, width integer DEFAULT 0, height integer DEFAULT 0, pixeltype text[] DEFAULT ARRAY['8BUI'::text], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], upperleftx double precision DEFAULT NULL::double precision, upperlefty double precision DEFAULT NULL::double precision, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_clip(rast raster, nband integer[], geom geometry, nodataval double precision[] DEFAULT NULL::double precision[], crop boolean DEFAULT true) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_colormap(rast raster, nband integer, colormap text, method text DEFAULT 'INTERPOLATE'::text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_colormap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_containsproperly(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_containsproperly() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_contains(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_contains() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_convertarray4ma(value double precision[]) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_convertarray4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_countagg_finalfn(agg agg_count) returns bigint
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_countagg_finalfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_countagg_transfn(agg agg_count, rast raster, exclude_nodata_value boolean) returns agg_count
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_countagg_transfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_countagg_transfn(agg agg_count, rast raster, nband integer, exclude_nodata_value boolean) returns agg_count
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_countagg_transfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_countagg_transfn(agg agg_count, rast raster, nband integer, exclude_nodata_value boolean, sample_percent double precision) returns agg_count
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_countagg_transfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_count(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 1) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_count() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_coveredby(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_coveredby() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_covers(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_covers() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_dfullywithin(rast1 raster, nband1 integer, rast2 raster, nband2 integer, distance double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_dfullywithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_dwithin(rast1 raster, nband1 integer, rast2 raster, nband2 integer, distance double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_dwithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_gdalwarp(rast raster, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125, srid integer DEFAULT NULL::integer, scalex double precision DEFAULT 0, scaley double precision DEFAULT 0, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, width integer DEFAULT NULL::integer, height integer DEFAULT NULL::integer) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_gdalwarp() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_grayscale4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_grayscale4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_hillshade4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_hillshade4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_histogram(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 1, bins integer DEFAULT 0, width double precision[] DEFAULT NULL::double precision[], "right" boolean DEFAULT false, min double precision DEFAULT NULL::double precision, max double precision DEFAULT NULL::double precision, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_histogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_intersects(geom geometry, rast raster, nband integer DEFAULT NULL::integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_intersects(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_mapalgebra(rastbandargset rastbandarg[], callbackfunc regprocedure, pixeltype text DEFAULT NULL::text, distancex integer DEFAULT 0, distancey integer DEFAULT 0, extenttype text DEFAULT 'INTERSECTION'::text, customextent raster DEFAULT NULL::raster, mask double precision[] DEFAULT NULL::double precision[], weighted boolean DEFAULT NULL::boolean, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_mapalgebra(rastbandargset rastbandarg[], expression text, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, nodata1expr text DEFAULT NULL::text, nodata2expr text DEFAULT NULL::text, nodatanodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_neighborhood(rast raster, band integer, columnx integer, rowy integer, distancex integer, distancey integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_neighborhood() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_overlaps(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_st_overlaps() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_pixelascentroids(rast raster, band integer DEFAULT 1, columnx integer DEFAULT NULL::integer, rowy integer DEFAULT NULL::integer, exclude_nodata_value boolean DEFAULT true) returns TABLE(geom geometry, val double precision, x integer, y integer)
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_pixelascentroids() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_pixelaspolygons(rast raster, band integer DEFAULT 1, columnx integer DEFAULT NULL::integer, rowy integer DEFAULT NULL::integer, exclude_nodata_value boolean DEFAULT true) returns TABLE(geom geometry, val double precision, x integer, y integer)
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_pixelaspolygons() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_quantile(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 1, quantiles double precision[] DEFAULT NULL::double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_rastertoworldcoord(rast raster, columnx integer DEFAULT NULL::integer, rowy integer DEFAULT NULL::integer, OUT longitude double precision, OUT latitude double precision) returns record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_rastertoworldcoord() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_reclass(rast raster, VARIADIC reclassargset reclassarg[]) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_reclass() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_roughness4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_roughness4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_samealignment_finalfn(agg agg_samealignment) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_samealignment_finalfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_samealignment_transfn(agg agg_samealignment, rast raster) returns agg_samealignment
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_samealignment_transfn() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_setvalues(rast raster, nband integer, x integer, y integer, newvalueset double precision[], noset boolean[] DEFAULT NULL::boolean[], hasnosetvalue boolean DEFAULT false, nosetvalue double precision DEFAULT NULL::double precision, keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_slope4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_slope4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_summarystats_finalfn(internal) returns summarystats
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_summarystats_transfn(internal, raster, boolean, double precision) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_summarystats_transfn(internal, raster, integer, boolean) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_summarystats_transfn(internal, raster, integer, boolean, double precision) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_summarystats(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 1) returns summarystats
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_summarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_tile(rast raster, width integer, height integer, nband integer[] DEFAULT NULL::integer[], padwithnodata boolean DEFAULT false, nodataval double precision DEFAULT NULL::double precision) returns SETOF raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_touches(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = '_st_touches() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_tpi4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_tpi4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_tri4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_tri4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_union_finalfn(internal) returns raster
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_union_transfn(internal, raster) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_union_transfn(internal, raster, integer) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_union_transfn(internal, raster, integer, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_union_transfn(internal, raster, text) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_union_transfn(internal, raster, unionarg[]) returns internal
    language internal immutable strict parallel safe as 'gist_box_penalty';
create function @extschema@._st_valuecount(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_valuecount(rastertable text, rastercolumn text, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer, OUT percent double precision) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_within(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_within() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._st_worldtorastercoord(rast raster, longitude double precision DEFAULT NULL::double precision, latitude double precision DEFAULT NULL::double precision, OUT columnx integer, OUT rowy integer) returns record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = '_st_worldtorastercoord() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._updaterastersrid(schema_name name, table_name name, column_name name, new_srid integer) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_updaterastersrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addoverviewconstraints(ovschema name, ovtable name, ovcolumn name, refschema name, reftable name, refcolumn name, ovfactor integer) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addoverviewconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addoverviewconstraints(ovtable name, ovcolumn name, reftable name, refcolumn name, ovfactor integer) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addoverviewconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addrasterconstraints(rastschema name, rasttable name, rastcolumn name, VARIADIC constraints text[]) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addrasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addrasterconstraints(rastschema name, rasttable name, rastcolumn name, srid boolean DEFAULT true, scale_x boolean DEFAULT true, scale_y boolean DEFAULT true, blocksize_x boolean DEFAULT true, blocksize_y boolean DEFAULT true, same_alignment boolean DEFAULT true, regular_blocking boolean DEFAULT false, num_bands boolean DEFAULT true, pixel_types boolean DEFAULT true, nodata_values boolean DEFAULT true, out_db boolean DEFAULT true, extent boolean DEFAULT true) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addrasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addrasterconstraints(rasttable name, rastcolumn name, VARIADIC constraints text[]) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addrasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.addrasterconstraints(rasttable name, rastcolumn name, srid boolean DEFAULT true, scale_x boolean DEFAULT true, scale_y boolean DEFAULT true, blocksize_x boolean DEFAULT true, blocksize_y boolean DEFAULT true, same_alignment boolean DEFAULT true, regular_blocking boolean DEFAULT false, num_bands boolean DEFAULT true, pixel_types boolean DEFAULT true, nodata_values boolean DEFAULT true, out_db boolean DEFAULT true, extent boolean DEFAULT true) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'addrasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.box3d(raster) returns box3d
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'box3d() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.bytea(raster) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'bytea() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.dropoverviewconstraints(ovschema name, ovtable name, ovcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'dropoverviewconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.dropoverviewconstraints(ovtable name, ovcolumn name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'dropoverviewconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.droprasterconstraints(rastschema name, rasttable name, rastcolumn name, VARIADIC constraints text[]) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'droprasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.droprasterconstraints(rastschema name, rasttable name, rastcolumn name, srid boolean DEFAULT true, scale_x boolean DEFAULT true, scale_y boolean DEFAULT true, blocksize_x boolean DEFAULT true, blocksize_y boolean DEFAULT true, same_alignment boolean DEFAULT true, regular_blocking boolean DEFAULT true, num_bands boolean DEFAULT true, pixel_types boolean DEFAULT true, nodata_values boolean DEFAULT true, out_db boolean DEFAULT true, extent boolean DEFAULT true) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'droprasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.droprasterconstraints(rasttable name, rastcolumn name, VARIADIC constraints text[]) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'droprasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.droprasterconstraints(rasttable name, rastcolumn name, srid boolean DEFAULT true, scale_x boolean DEFAULT true, scale_y boolean DEFAULT true, blocksize_x boolean DEFAULT true, blocksize_y boolean DEFAULT true, same_alignment boolean DEFAULT true, regular_blocking boolean DEFAULT true, num_bands boolean DEFAULT true, pixel_types boolean DEFAULT true, nodata_values boolean DEFAULT true, out_db boolean DEFAULT true, extent boolean DEFAULT true) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'droprasterconstraints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.geometry_contained_by_raster(geometry, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_contained_by_raster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.geometry_raster_contain(geometry, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_raster_contain() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.geometry_raster_overlap(geometry, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'geometry_raster_overlap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.postgis_gdal_version() returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_gdal_version() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.postgis_noop(raster) returns geometry
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'postgis_noop() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.postgis_raster_lib_build_date() returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_raster_lib_build_date() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.postgis_raster_lib_version() returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_raster_lib_version() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.postgis_raster_scripts_installed() returns text
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'postgis_raster_scripts_installed() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_above(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_above() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_below(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_below() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_contained_by_geometry(raster, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_contained_by_geometry() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_contained(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_contained() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_contain(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_contain() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_eq(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_eq() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_geometry_contain(raster, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_geometry_contain() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_geometry_overlap(raster, geometry) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_geometry_overlap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_hash(raster) returns integer
    language internal immutable strict parallel safe as 'hashvarlena';
create function @extschema@.raster_left(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_left() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_overabove(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_overabove() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_overbelow(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_overbelow() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_overlap(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_overlap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_overleft(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_overleft() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_overright(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_overright() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_right(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_right() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.raster_same(raster, raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'raster_same() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(rast raster, addbandargset addbandarg[]) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(rast raster, index integer, outdbfile text, outdbindex integer[], nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(rast raster, index integer, pixeltype text, initialvalue double precision DEFAULT '0'::numeric, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(rast raster, outdbfile text, outdbindex integer[], index integer DEFAULT NULL::integer, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(rast raster, pixeltype text, initialvalue double precision DEFAULT '0'::numeric, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(torast raster, fromrast raster, fromband integer DEFAULT 1, torastindex integer DEFAULT NULL::integer) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_addband(torast raster, fromrasts raster[], fromband integer DEFAULT 1, torastindex integer DEFAULT NULL::integer) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_addband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxcount(rast raster, exclude_nodata_value boolean, sample_percent double precision DEFAULT 0.1) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxcount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxcount(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 0.1) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxcount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxcount(rast raster, nband integer, sample_percent double precision) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxcount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxcount(rast raster, sample_percent double precision) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxcount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 0.1, bins integer DEFAULT 0, width double precision[] DEFAULT NULL::double precision[], "right" boolean DEFAULT false, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, nband integer, exclude_nodata_value boolean, sample_percent double precision, bins integer, "right" boolean, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, nband integer, sample_percent double precision, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, nband integer, sample_percent double precision, bins integer, "right" boolean, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, nband integer, sample_percent double precision, bins integer, width double precision[] DEFAULT NULL::double precision[], "right" boolean DEFAULT false, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxhistogram(rast raster, sample_percent double precision, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxhistogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, exclude_nodata_value boolean, quantile double precision DEFAULT NULL::double precision) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 0.1, quantiles double precision[] DEFAULT NULL::double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, nband integer, exclude_nodata_value boolean, sample_percent double precision, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, nband integer, sample_percent double precision, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, nband integer, sample_percent double precision, quantiles double precision[] DEFAULT NULL::double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, quantile double precision) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, quantiles double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, sample_percent double precision, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxquantile(rast raster, sample_percent double precision, quantiles double precision[] DEFAULT NULL::double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxquantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxsummarystats(rast raster, exclude_nodata_value boolean, sample_percent double precision DEFAULT 0.1) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxsummarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxsummarystats(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, sample_percent double precision DEFAULT 0.1) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxsummarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxsummarystats(rast raster, nband integer, sample_percent double precision) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxsummarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_approxsummarystats(rast raster, sample_percent double precision) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_approxsummarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asbinary(raster, outasin boolean DEFAULT false) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asbinary() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asgdalraster(rast raster, format text, options text[] DEFAULT NULL::text[], srid integer DEFAULT NULL::integer) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asgdalraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_ashexwkb(raster, outasin boolean DEFAULT false) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_ashexwkb() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asjpeg(rast raster, nband integer, options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asjpeg() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asjpeg(rast raster, nband integer, quality integer) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asjpeg() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asjpeg(rast raster, nbands integer[], options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asjpeg() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asjpeg(rast raster, nbands integer[], quality integer) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asjpeg() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asjpeg(rast raster, options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asjpeg() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspect(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, units text DEFAULT 'DEGREES'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspect() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspect(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, units text DEFAULT 'DEGREES'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspect() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspng(rast raster, nband integer, compression integer) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspng() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspng(rast raster, nband integer, options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspng() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspng(rast raster, nbands integer[], compression integer) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspng() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspng(rast raster, nbands integer[], options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspng() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aspng(rast raster, options text[] DEFAULT NULL::text[]) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aspng() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, ref raster, pixeltype text, value double precision DEFAULT 1, nodataval double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, ref raster, pixeltype text[] DEFAULT ARRAY['8BUI'::text], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, scalex double precision, scaley double precision, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, pixeltype text[] DEFAULT ARRAY['8BUI'::text], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, scalex double precision, scaley double precision, gridx double precision, gridy double precision, pixeltype text, value double precision DEFAULT 1, nodataval double precision DEFAULT 0, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, scalex double precision, scaley double precision, pixeltype text, value double precision DEFAULT 1, nodataval double precision DEFAULT 0, upperleftx double precision DEFAULT NULL::double precision, upperlefty double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, scalex double precision, scaley double precision, pixeltype text[], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], upperleftx double precision DEFAULT NULL::double precision, upperlefty double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, width integer, height integer, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, pixeltype text[] DEFAULT ARRAY['8BUI'::text], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, width integer, height integer, gridx double precision, gridy double precision, pixeltype text, value double precision DEFAULT 1, nodataval double precision DEFAULT 0, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, width integer, height integer, pixeltype text, value double precision DEFAULT 1, nodataval double precision DEFAULT 0, upperleftx double precision DEFAULT NULL::double precision, upperlefty double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_asraster(geom geometry, width integer, height integer, pixeltype text[], value double precision[] DEFAULT ARRAY[(1)::double precision], nodataval double precision[] DEFAULT ARRAY[(0)::double precision], upperleftx double precision DEFAULT NULL::double precision, upperlefty double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, touched boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_asraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_astiff(rast raster, compression text, srid integer DEFAULT NULL::integer) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astiff() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_astiff(rast raster, nbands integer[], compression text, srid integer DEFAULT NULL::integer) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astiff() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_astiff(rast raster, nbands integer[], options text[] DEFAULT NULL::text[], srid integer DEFAULT NULL::integer) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astiff() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_astiff(rast raster, options text[] DEFAULT NULL::text[], srid integer DEFAULT NULL::integer) returns bytea
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_astiff() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_aswkb(raster, outasin boolean DEFAULT false) returns bytea
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_aswkb() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandfilesize(rast raster, band integer DEFAULT 1) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandfilesize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandfiletimestamp(rast raster, band integer DEFAULT 1) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandfiletimestamp() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandisnodata(rast raster, band integer DEFAULT 1, forcechecking boolean DEFAULT false) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandisnodata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandisnodata(rast raster, forcechecking boolean) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandisnodata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandmetadata(rast raster, band integer DEFAULT 1) returns TABLE(pixeltype text, nodatavalue double precision, isoutdb boolean, path text, outdbbandnum integer, filesize bigint, filetimestamp bigint)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandmetadata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandmetadata(rast raster, band integer[]) returns TABLE(bandnum integer, pixeltype text, nodatavalue double precision, isoutdb boolean, path text, outdbbandnum integer, filesize bigint, filetimestamp bigint)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandmetadata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandnodatavalue(rast raster, band integer DEFAULT 1) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandnodatavalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandpath(rast raster, band integer DEFAULT 1) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandpath() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_bandpixeltype(rast raster, band integer DEFAULT 1) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_bandpixeltype() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_band(rast raster, nband integer) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_band() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_band(rast raster, nbands integer[] DEFAULT ARRAY[1]) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_band() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_band(rast raster, nbands text, delimiter character DEFAULT ','::bpchar) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_band() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, geom geometry, crop boolean) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, geom geometry, nodataval double precision, crop boolean DEFAULT true) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, geom geometry, nodataval double precision[] DEFAULT NULL::double precision[], crop boolean DEFAULT true) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, nband integer, geom geometry, crop boolean) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, nband integer, geom geometry, nodataval double precision, crop boolean DEFAULT true) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_clip(rast raster, nband integer[], geom geometry, nodataval double precision[] DEFAULT NULL::double precision[], crop boolean DEFAULT true) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_clip() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_colormap(rast raster, colormap text, method text DEFAULT 'INTERPOLATE'::text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_colormap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_colormap(rast raster, nband integer DEFAULT 1, colormap text DEFAULT 'grayscale'::text, method text DEFAULT 'INTERPOLATE'::text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_colormap() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_containsproperly(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_containsproperly() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_containsproperly(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_containsproperly() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_contains(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_contains() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_contains(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_contains() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_contour(rast raster, bandnumber integer DEFAULT 1, level_interval double precision DEFAULT 100.0, level_base double precision DEFAULT 0.0, fixed_levels double precision[] DEFAULT ARRAY[]::double precision[], polygonize boolean DEFAULT false) returns TABLE(geom geometry, id integer, value double precision)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_contour() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_convexhull(raster) returns geometry
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'st_convexhull() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_count(rast raster, exclude_nodata_value boolean) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_count() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_count(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns bigint
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_count() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_coveredby(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_coveredby() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_coveredby(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_coveredby() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_covers(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_covers() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_covers(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_covers() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_createoverview(tab regclass, col name, factor integer, algo text DEFAULT 'NearestNeighbour'::text) returns regclass
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'st_createoverview() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dfullywithin(rast1 raster, nband1 integer, rast2 raster, nband2 integer, distance double precision) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dfullywithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dfullywithin(rast1 raster, rast2 raster, distance double precision) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dfullywithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_disjoint(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_disjoint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_disjoint(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_disjoint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_distinct4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_distinct4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_distinct4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_distinct4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dumpaspolygons(rast raster, band integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns SETOF geomval
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumpaspolygons() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dumpvalues(rast raster, nband integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumpvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dumpvalues(rast raster, nband integer[] DEFAULT NULL::integer[], exclude_nodata_value boolean DEFAULT true) returns TABLE(nband integer, valarray double precision[])
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dumpvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dwithin(rast1 raster, nband1 integer, rast2 raster, nband2 integer, distance double precision) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dwithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_dwithin(rast1 raster, rast2 raster, distance double precision) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_dwithin() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_envelope(raster) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_envelope() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_fromgdalraster(gdaldata bytea, srid integer DEFAULT NULL::integer) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_fromgdalraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_gdaldrivers(OUT idx integer, OUT short_name text, OUT long_name text, OUT can_read boolean, OUT can_write boolean, OUT create_options text) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_gdaldrivers() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_georeference(rast raster, format text DEFAULT 'GDAL'::text) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_georeference() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_geotransform(raster, OUT imag double precision, OUT jmag double precision, OUT theta_i double precision, OUT theta_ij double precision, OUT xoffset double precision, OUT yoffset double precision) returns record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_geotransform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_grayscale(rast raster, redband integer DEFAULT 1, greenband integer DEFAULT 2, blueband integer DEFAULT 3, extenttype text DEFAULT 'INTERSECTION'::text) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_grayscale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_grayscale(rastbandargset rastbandarg[], extenttype text DEFAULT 'INTERSECTION'::text) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_grayscale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_hasnoband(rast raster, nband integer DEFAULT 1) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hasnoband() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_height(raster) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_height() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_hillshade(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, azimuth double precision DEFAULT 315.0, altitude double precision DEFAULT 45.0, max_bright double precision DEFAULT 255.0, scale double precision DEFAULT 1.0, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hillshade() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_hillshade(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, azimuth double precision DEFAULT 315.0, altitude double precision DEFAULT 45.0, max_bright double precision DEFAULT 255.0, scale double precision DEFAULT 1.0, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_hillshade() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_histogram(rast raster, nband integer, bins integer, "right" boolean, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_histogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_histogram(rast raster, nband integer, bins integer, width double precision[] DEFAULT NULL::double precision[], "right" boolean DEFAULT false, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_histogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_histogram(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, bins integer DEFAULT 0, width double precision[] DEFAULT NULL::double precision[], "right" boolean DEFAULT false, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_histogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_histogram(rast raster, nband integer, exclude_nodata_value boolean, bins integer, "right" boolean, OUT min double precision, OUT max double precision, OUT count bigint, OUT percent double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_histogram() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_interpolateraster(geom geometry, options text, rast raster, bandnumber integer DEFAULT 1) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_interpolateraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(geomin geometry, rast raster, band integer DEFAULT 1) returns SETOF geomval
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast raster, band integer, geomin geometry) returns SETOF geomval
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast raster, geomin geometry) returns SETOF geomval
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, band1 integer, rast2 raster, band2 integer, nodataval double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, band1 integer, rast2 raster, band2 integer, nodataval double precision[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, band1 integer, rast2 raster, band2 integer, returnband text DEFAULT 'BOTH'::text, nodataval double precision[] DEFAULT NULL::double precision[]) returns raster
    language plpgsql stable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, band1 integer, rast2 raster, band2 integer, returnband text, nodataval double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, rast2 raster, nodataval double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, rast2 raster, nodataval double precision[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, rast2 raster, returnband text DEFAULT 'BOTH'::text, nodataval double precision[] DEFAULT NULL::double precision[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersection(rast1 raster, rast2 raster, returnband text, nodataval double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersection() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersects(geom geometry, rast raster, nband integer DEFAULT NULL::integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersects(rast raster, geom geometry, nband integer DEFAULT NULL::integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersects(rast raster, nband integer, geom geometry) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersects(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_intersects(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_intersects() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_invdistweight4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_invdistweight4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_iscoveragetile(rast raster, coverage raster, tilewidth integer, tileheight integer) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_iscoveragetile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_isempty(rast raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_isempty() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_makeemptycoverage(tilewidth integer, tileheight integer, width integer, height integer, upperleftx double precision, upperlefty double precision, scalex double precision, scaley double precision, skewx double precision, skewy double precision, srid integer DEFAULT 0) returns SETOF raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makeemptycoverage() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_makeemptyraster(rast raster) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makeemptyraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_makeemptyraster(width integer, height integer, upperleftx double precision, upperlefty double precision, pixelsize double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makeemptyraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_makeemptyraster(width integer, height integer, upperleftx double precision, upperlefty double precision, scalex double precision, scaley double precision, skewx double precision, skewy double precision, srid integer DEFAULT 0) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_makeemptyraster() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebraexpr(rast raster, band integer, pixeltype text, expression text, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebraexpr() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebraexpr(rast raster, pixeltype text, expression text, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebraexpr() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebraexpr(rast1 raster, band1 integer, rast2 raster, band2 integer, expression text, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, nodata1expr text DEFAULT NULL::text, nodata2expr text DEFAULT NULL::text, nodatanodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebraexpr() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebraexpr(rast1 raster, rast2 raster, expression text, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, nodata1expr text DEFAULT NULL::text, nodata2expr text DEFAULT NULL::text, nodatanodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebraexpr() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafctngb(rast raster, band integer, pixeltype text, ngbwidth integer, ngbheight integer, onerastngbuserfunc regprocedure, nodatamode text, VARIADIC args text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafctngb() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, band integer, onerastuserfunc regprocedure) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, band integer, onerastuserfunc regprocedure, VARIADIC args text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, band integer, pixeltype text, onerastuserfunc regprocedure) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, band integer, pixeltype text, onerastuserfunc regprocedure, VARIADIC args text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, onerastuserfunc regprocedure) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, onerastuserfunc regprocedure, VARIADIC args text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, pixeltype text, onerastuserfunc regprocedure) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast raster, pixeltype text, onerastuserfunc regprocedure, VARIADIC args text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast1 raster, band1 integer, rast2 raster, band2 integer, tworastuserfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebrafct(rast1 raster, rast2 raster, tworastuserfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebrafct() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast raster, nband integer, callbackfunc regprocedure, mask double precision[], weighted boolean, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, customextent raster DEFAULT NULL::raster, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast raster, nband integer, callbackfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'FIRST'::text, customextent raster DEFAULT NULL::raster, distancex integer DEFAULT 0, distancey integer DEFAULT 0, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast raster, nband integer, pixeltype text, expression text, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast raster, nband integer[], callbackfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'FIRST'::text, customextent raster DEFAULT NULL::raster, distancex integer DEFAULT 0, distancey integer DEFAULT 0, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast raster, pixeltype text, expression text, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast1 raster, band1 integer, rast2 raster, band2 integer, expression text, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, nodata1expr text DEFAULT NULL::text, nodata2expr text DEFAULT NULL::text, nodatanodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast1 raster, nband1 integer, rast2 raster, nband2 integer, callbackfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, customextent raster DEFAULT NULL::raster, distancex integer DEFAULT 0, distancey integer DEFAULT 0, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rast1 raster, rast2 raster, expression text, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, nodata1expr text DEFAULT NULL::text, nodata2expr text DEFAULT NULL::text, nodatanodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mapalgebra(rastbandargset rastbandarg[], callbackfunc regprocedure, pixeltype text DEFAULT NULL::text, extenttype text DEFAULT 'INTERSECTION'::text, customextent raster DEFAULT NULL::raster, distancex integer DEFAULT 0, distancey integer DEFAULT 0, VARIADIC userargs text[] DEFAULT NULL::text[]) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mapalgebra() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_max4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_max4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_max4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_max4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mean4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mean4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mean4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mean4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_memsize(raster) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_memsize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_metadata(rast raster, OUT upperleftx double precision, OUT upperlefty double precision, OUT width integer, OUT height integer, OUT scalex double precision, OUT scaley double precision, OUT skewx double precision, OUT skewy double precision, OUT srid integer, OUT numbands integer) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_metadata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_min4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_min4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_min4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_min4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_minconvexhull(rast raster, nband integer DEFAULT NULL::integer) returns geometry
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minconvexhull() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_mindist4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_mindist4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_minpossiblevalue(pixeltype text) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_minpossiblevalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_nearestvalue(rast raster, band integer, columnx integer, rowy integer, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_nearestvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_nearestvalue(rast raster, band integer, pt geometry, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_nearestvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_nearestvalue(rast raster, columnx integer, rowy integer, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_nearestvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_nearestvalue(rast raster, pt geometry, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_nearestvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_neighborhood(rast raster, band integer, columnx integer, rowy integer, distancex integer, distancey integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_neighborhood() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_neighborhood(rast raster, band integer, pt geometry, distancex integer, distancey integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_neighborhood() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_neighborhood(rast raster, columnx integer, rowy integer, distancex integer, distancey integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_neighborhood() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_neighborhood(rast raster, pt geometry, distancex integer, distancey integer, exclude_nodata_value boolean DEFAULT true) returns double precision[]
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_neighborhood() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_notsamealignmentreason(rast1 raster, rast2 raster) returns text
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_notsamealignmentreason() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_numbands(raster) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_numbands() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_overlaps(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_overlaps() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_overlaps(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_overlaps() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelascentroid(rast raster, x integer, y integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelascentroid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelascentroids(rast raster, band integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns TABLE(geom geometry, val double precision, x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelascentroids() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelaspoint(rast raster, x integer, y integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelaspoint() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelaspoints(rast raster, band integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns TABLE(geom geometry, val double precision, x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelaspoints() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelaspolygon(rast raster, x integer, y integer) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelaspolygon() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelaspolygons(rast raster, band integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns TABLE(geom geometry, val double precision, x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelaspolygons() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelheight(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelheight() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelofvalue(rast raster, nband integer, search double precision, exclude_nodata_value boolean DEFAULT true) returns TABLE(x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelofvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelofvalue(rast raster, nband integer, search double precision[], exclude_nodata_value boolean DEFAULT true) returns TABLE(val double precision, x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelofvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelofvalue(rast raster, search double precision, exclude_nodata_value boolean DEFAULT true) returns TABLE(x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelofvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelofvalue(rast raster, search double precision[], exclude_nodata_value boolean DEFAULT true) returns TABLE(val double precision, x integer, y integer)
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelofvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_pixelwidth(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_pixelwidth() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_polygon(rast raster, band integer DEFAULT 1) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_polygon() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, exclude_nodata_value boolean, quantile double precision DEFAULT NULL::double precision) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, quantiles double precision[] DEFAULT NULL::double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, nband integer, exclude_nodata_value boolean, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, nband integer, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, nband integer, quantiles double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, quantile double precision) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_quantile(rast raster, quantiles double precision[], OUT quantile double precision, OUT value double precision) returns SETOF record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_quantile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_range4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_range4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_range4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_range4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastertoworldcoord(rast raster, columnx integer, rowy integer, OUT longitude double precision, OUT latitude double precision) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastertoworldcoord() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastertoworldcoordx(rast raster, xr integer) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastertoworldcoordx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastertoworldcoordx(rast raster, xr integer, yr integer) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastertoworldcoordx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastertoworldcoordy(rast raster, xr integer, yr integer) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastertoworldcoordy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastertoworldcoordy(rast raster, yr integer) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastertoworldcoordy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastfromhexwkb(text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastfromhexwkb() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rastfromwkb(bytea) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rastfromwkb() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_reclass(rast raster, VARIADIC reclassargset reclassarg[]) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reclass() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_reclass(rast raster, nband integer, reclassexpr text, pixeltype text, nodataval double precision DEFAULT NULL::double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reclass() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_reclass(rast raster, reclassexpr text, pixeltype text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reclass() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resample(rast raster, ref raster, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125, usescale boolean DEFAULT true) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resample() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resample(rast raster, ref raster, usescale boolean, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resample() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resample(rast raster, scalex double precision DEFAULT 0, scaley double precision DEFAULT 0, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resample() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resample(rast raster, width integer, height integer, gridx double precision DEFAULT NULL::double precision, gridy double precision DEFAULT NULL::double precision, skewx double precision DEFAULT 0, skewy double precision DEFAULT 0, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resample() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rescale(rast raster, scalex double precision, scaley double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rescale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rescale(rast raster, scalexy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_rescale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resize(rast raster, percentwidth double precision, percentheight double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resize(rast raster, width integer, height integer, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_resize(rast raster, width text, height text, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_resize() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_reskew(rast raster, skewx double precision, skewy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reskew() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_reskew(rast raster, skewxy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_reskew() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_retile(tab regclass, col name, ext geometry, sfx double precision, sfy double precision, tw integer, th integer, algo text DEFAULT 'NearestNeighbour'::text) returns SETOF raster
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_retile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_rotation(raster) returns double precision
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_rotation() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_roughness(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_roughness() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_roughness(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_roughness() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_samealignment(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_samealignment() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_samealignment(ulx1 double precision, uly1 double precision, scalex1 double precision, scaley1 double precision, skewx1 double precision, skewy1 double precision, ulx2 double precision, uly2 double precision, scalex2 double precision, scaley2 double precision, skewx2 double precision, skewy2 double precision) returns boolean
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_samealignment() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_scalex(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scalex() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_scaley(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_scaley() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setbandindex(rast raster, band integer, outdbindex integer, force boolean DEFAULT false) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setbandindex() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setbandisnodata(rast raster, band integer DEFAULT 1) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setbandisnodata() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setbandnodatavalue(rast raster, band integer, nodatavalue double precision, forcechecking boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setbandnodatavalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setbandnodatavalue(rast raster, nodatavalue double precision) returns raster
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_setbandnodatavalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setbandpath(rast raster, band integer, outdbpath text, outdbindex integer, force boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setbandpath() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setgeoreference(rast raster, georef text, format text DEFAULT 'GDAL'::text) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setgeoreference() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setgeoreference(rast raster, upperleftx double precision, upperlefty double precision, scalex double precision, scaley double precision, skewx double precision, skewy double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setgeoreference() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setgeotransform(rast raster, imag double precision, jmag double precision, theta_i double precision, theta_ij double precision, xoffset double precision, yoffset double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setgeotransform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setm(rast raster, geom geometry, resample text DEFAULT 'nearest'::text, band integer DEFAULT 1) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setm() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setrotation(rast raster, rotation double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setrotation() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setscale(rast raster, scale double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setscale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setscale(rast raster, scalex double precision, scaley double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setscale() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setskew(rast raster, skew double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setskew() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setskew(rast raster, skewx double precision, skewy double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setskew() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setsrid(rast raster, srid integer) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setsrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setupperleft(rast raster, upperleftx double precision, upperlefty double precision) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setupperleft() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalue(rast raster, band integer, x integer, y integer, newvalue double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalue(rast raster, geom geometry, newvalue double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalue(rast raster, nband integer, geom geometry, newvalue double precision) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalue(rast raster, x integer, y integer, newvalue double precision) returns raster
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'st_setvalue() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalues(rast raster, nband integer, geomvalset geomval[], keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalues(rast raster, nband integer, x integer, y integer, newvalueset double precision[], noset boolean[] DEFAULT NULL::boolean[], keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalues(rast raster, nband integer, x integer, y integer, newvalueset double precision[], nosetvalue double precision, keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalues(rast raster, nband integer, x integer, y integer, width integer, height integer, newvalue double precision, keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setvalues(rast raster, x integer, y integer, width integer, height integer, newvalue double precision, keepnodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setvalues() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_setz(rast raster, geom geometry, resample text DEFAULT 'nearest'::text, band integer DEFAULT 1) returns geometry
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_setz() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_skewx(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_skewx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_skewy(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_skewy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_slope(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, units text DEFAULT 'DEGREES'::text, scale double precision DEFAULT 1.0, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_slope() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_slope(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, units text DEFAULT 'DEGREES'::text, scale double precision DEFAULT 1.0, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_slope() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_snaptogrid(rast raster, gridx double precision, gridy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125, scalex double precision DEFAULT 0, scaley double precision DEFAULT 0) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_snaptogrid(rast raster, gridx double precision, gridy double precision, scalex double precision, scaley double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_snaptogrid(rast raster, gridx double precision, gridy double precision, scalexy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_snaptogrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_srid(raster) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_srid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_stddev4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_stddev4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_stddev4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_stddev4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_sum4ma(matrix double precision[], nodatamode text, VARIADIC args text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_sum4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_sum4ma(value double precision[], pos integer[], VARIADIC userargs text[] DEFAULT NULL::text[]) returns double precision
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_sum4ma() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_summary(rast raster) returns text
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_summary() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_summarystats(rast raster, exclude_nodata_value boolean) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_summarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_summarystats(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true) returns summarystats
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_summarystats() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tile(rast raster, nband integer, width integer, height integer, padwithnodata boolean DEFAULT false, nodataval double precision DEFAULT NULL::double precision) returns SETOF raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tile(rast raster, nband integer[], width integer, height integer, padwithnodata boolean DEFAULT false, nodataval double precision DEFAULT NULL::double precision) returns SETOF raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tile(rast raster, width integer, height integer, padwithnodata boolean DEFAULT false, nodataval double precision DEFAULT NULL::double precision) returns SETOF raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tile() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_touches(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_touches() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_touches(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_touches() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tpi(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tpi() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tpi(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tpi() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_transform(rast raster, alignto raster, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_transform(rast raster, srid integer, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125, scalex double precision DEFAULT 0, scaley double precision DEFAULT 0) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_transform(rast raster, srid integer, scalex double precision, scaley double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_transform(rast raster, srid integer, scalexy double precision, algorithm text DEFAULT 'NearestNeighbour'::text, maxerr double precision DEFAULT 0.125) returns raster
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_transform() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tri(rast raster, nband integer, customextent raster, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tri() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_tri(rast raster, nband integer DEFAULT 1, pixeltype text DEFAULT '32BF'::text, interpolate_nodata boolean DEFAULT false) returns raster
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_tri() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_upperleftx(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_upperleftx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_upperlefty(raster) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_upperlefty() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, nband integer, exclude_nodata_value boolean, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, nband integer, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, nband integer, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rast raster, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, nband integer, exclude_nodata_value boolean, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, nband integer, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, nband integer, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, searchvalue double precision, roundto double precision DEFAULT 0) returns integer
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuecount(rastertable text, rastercolumn text, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT count integer) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuecount() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, nband integer, exclude_nodata_value boolean, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, nband integer, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, nband integer, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rast raster, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, nband integer DEFAULT 1, exclude_nodata_value boolean DEFAULT true, searchvalues double precision[] DEFAULT NULL::double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, nband integer, exclude_nodata_value boolean, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, nband integer, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, nband integer, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, searchvalue double precision, roundto double precision DEFAULT 0) returns double precision
    language plpgsql stable strict as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_valuepercent(rastertable text, rastercolumn text, searchvalues double precision[], roundto double precision DEFAULT 0, OUT value double precision, OUT percent double precision) returns SETOF record
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = 'st_valuepercent() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_value(rast raster, band integer, pt geometry, exclude_nodata_value boolean DEFAULT true, resample text DEFAULT 'nearest'::text) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_value() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_value(rast raster, band integer, x integer, y integer, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_value() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_value(rast raster, pt geometry, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_value() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_value(rast raster, x integer, y integer, exclude_nodata_value boolean DEFAULT true) returns double precision
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_value() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_width(raster) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_width() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_within(rast1 raster, nband1 integer, rast2 raster, nband2 integer) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_within() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_within(rast1 raster, rast2 raster) returns boolean
    language plpgsql immutable parallel safe as $$ begin raise exception feature_not_supported using message = 'st_within() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoord(rast raster, longitude double precision, latitude double precision, OUT columnx integer, OUT rowy integer) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoord() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoord(rast raster, pt geometry, OUT columnx integer, OUT rowy integer) returns record
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoord() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordx(rast raster, pt geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordx(rast raster, xw double precision) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordx(rast raster, xw double precision, yw double precision) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordx() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordy(rast raster, pt geometry) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordy(rast raster, xw double precision, yw double precision) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.st_worldtorastercoordy(rast raster, yw double precision) returns integer
    language plpgsql immutable strict parallel safe as $$ begin raise exception feature_not_supported using message = 'st_worldtorastercoordy() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.updaterastersrid(schema_name name, table_name name, column_name name, new_srid integer) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'updaterastersrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@.updaterastersrid(table_name name, column_name name, new_srid integer) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = 'updaterastersrid() is not available in schemasync''s stand-in for postgis_raster'; end $$;
reset check_function_bodies;


create function @extschema@._postgis_raster_standin_agg(state text, raster, boolean) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._postgis_raster_standin_final_bigint(text) returns bigint
    language sql immutable as $$ select null::bigint $$;
create aggregate @extschema@.st_countagg(raster, boolean) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_bigint);
create function @extschema@._postgis_raster_standin_agg(state text, raster, integer, boolean) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_countagg(raster, integer, boolean) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_bigint);
create function @extschema@._postgis_raster_standin_agg(state text, raster, integer, boolean, double precision) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_countagg(raster, integer, boolean, double precision) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_bigint);
create function @extschema@._postgis_raster_standin_agg(state text, raster) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._postgis_raster_standin_final_boolean(text) returns boolean
    language sql immutable as $$ select null::boolean $$;
create aggregate @extschema@.st_samealignment(raster) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_boolean);
create function @extschema@._postgis_raster_standin_agg(state text, raster, boolean, double precision) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create function @extschema@._postgis_raster_standin_final_summarystats(text) returns summarystats
    language sql immutable as $$ select null::summarystats $$;
create aggregate @extschema@.st_summarystatsagg(raster, boolean, double precision) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_summarystats);
create aggregate @extschema@.st_summarystatsagg(raster, integer, boolean) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_summarystats);
create aggregate @extschema@.st_summarystatsagg(raster, integer, boolean, double precision) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_summarystats);
create function @extschema@._postgis_raster_standin_final_raster(text) returns raster
    language sql immutable as $$ select null::raster $$;
create aggregate @extschema@.st_union(raster) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_raster);
create function @extschema@._postgis_raster_standin_agg(state text, raster, integer) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_union(raster, integer) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_raster);
create function @extschema@._postgis_raster_standin_agg(state text, raster, integer, text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_union(raster, integer, text) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_raster);
create function @extschema@._postgis_raster_standin_agg(state text, raster, text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_union(raster, text) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_raster);
create function @extschema@._postgis_raster_standin_agg(state text, raster, unionarg[]) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'this aggregate is not available in schemasync''s stand-in for postgis_raster'; end $$;
create aggregate @extschema@.st_union(raster, unionarg[]) (sfunc = @extschema@._postgis_raster_standin_agg, stype = text, finalfunc = @extschema@._postgis_raster_standin_final_raster);

create operator @extschema@.&& (leftarg = geometry, rightarg = raster, function = @extschema@.geometry_raster_overlap);
create operator @extschema@.&& (leftarg = raster, rightarg = geometry, function = @extschema@.raster_geometry_overlap);
create operator @extschema@.&& (leftarg = raster, rightarg = raster, function = @extschema@.raster_overlap, commutator = operator(@extschema@.&&));
create operator @extschema@.&< (leftarg = raster, rightarg = raster, function = @extschema@.raster_overleft);
create operator @extschema@.&<| (leftarg = raster, rightarg = raster, function = @extschema@.raster_overbelow);
create operator @extschema@.&> (leftarg = raster, rightarg = raster, function = @extschema@.raster_overright);
create operator @extschema@.<< (leftarg = raster, rightarg = raster, function = @extschema@.raster_left);
create operator @extschema@.<<| (leftarg = raster, rightarg = raster, function = @extschema@.raster_below);
create operator @extschema@.= (leftarg = raster, rightarg = raster, function = @extschema@.raster_eq, commutator = operator(@extschema@.=));
create operator @extschema@.>> (leftarg = raster, rightarg = raster, function = @extschema@.raster_right);
create operator @extschema@.@ (leftarg = geometry, rightarg = raster, function = @extschema@.geometry_contained_by_raster);
create operator @extschema@.@ (leftarg = raster, rightarg = geometry, function = @extschema@.raster_contained_by_geometry);
create operator @extschema@.@ (leftarg = raster, rightarg = raster, function = @extschema@.raster_contained);
create operator @extschema@.|&> (leftarg = raster, rightarg = raster, function = @extschema@.raster_overabove);
create operator @extschema@.|>> (leftarg = raster, rightarg = raster, function = @extschema@.raster_above);
create operator @extschema@.~= (leftarg = raster, rightarg = raster, function = @extschema@.raster_same, commutator = operator(@extschema@.~=));
create operator @extschema@.~ (leftarg = geometry, rightarg = raster, function = @extschema@.geometry_raster_contain);
create operator @extschema@.~ (leftarg = raster, rightarg = geometry, function = @extschema@.raster_geometry_contain);
create operator @extschema@.~ (leftarg = raster, rightarg = raster, function = @extschema@.raster_contain);
create cast (raster as box3d) with function @extschema@.box3d(raster) as assignment;
create cast (raster as bytea) with function @extschema@.bytea(raster) as assignment;
create cast (raster as geometry) with function @extschema@.st_convexhull(raster) as assignment;
create operator class @extschema@.hash_raster_ops default for type raster using hash as
    operator 1 @extschema@.= , function 1 @extschema@.raster_hash(raster);
create view @extschema@.raster_columns as select
    null::name as r_table_catalog,
    null::name as r_table_schema,
    null::name as r_table_name,
    null::name as r_raster_column,
    null::integer as srid,
    null::double precision as scale_x,
    null::double precision as scale_y,
    null::integer as blocksize_x,
    null::integer as blocksize_y,
    null::boolean as same_alignment,
    null::boolean as regular_blocking,
    null::integer as num_bands,
    null::text[] as pixel_types,
    null::double precision[] as nodata_values,
    null::boolean[] as out_db,
    null::geometry as extent,
    null::boolean as spatial_index
where false;
create view @extschema@.raster_overviews as select
    null::name as o_table_catalog,
    null::name as o_table_schema,
    null::name as o_table_name,
    null::name as o_raster_column,
    null::name as r_table_catalog,
    null::name as r_table_schema,
    null::name as r_table_name,
    null::name as r_raster_column,
    null::integer as overview_factor
where false;
