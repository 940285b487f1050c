-- Stand-in for address_standardizer 3.3 (PostGIS) (extension address_standardizer): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION address_standardizer" to load this file. \quit

create type stdaddr as (building text, house_num text, predir text, qual text, pretype text, name text, suftype text, sufdir text, ruralroute text, extra text, city text, state text, country text, postcode text, box text, unit text);



set check_function_bodies = off;
create function parse_address(text, OUT num text, OUT street text, OUT street2 text, OUT address1 text, OUT city text, OUT state text, OUT zip text, OUT zipplus text, OUT country text) returns record
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'parse_address() is not available in schemasync''s stand-in for address_standardizer'; end $$;
create function standardize_address(lextab text, gaztab text, rultab text, address text) returns stdaddr
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'standardize_address() is not available in schemasync''s stand-in for address_standardizer'; end $$;
create function standardize_address(lextab text, gaztab text, rultab text, micro text, macro text) returns stdaddr
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = 'standardize_address() is not available in schemasync''s stand-in for address_standardizer'; end $$;
reset check_function_bodies;



