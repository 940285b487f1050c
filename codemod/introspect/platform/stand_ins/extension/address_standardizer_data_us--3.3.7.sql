-- Stand-in for address_standardizer_data_us 3.3 (PostGIS) (extension address_standardizer_data_us): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION address_standardizer_data_us" to load this file. \quit



create sequence us_gaz_id_seq;
create sequence us_lex_id_seq;
create sequence us_rules_id_seq;
create table us_gaz (
    id integer not null DEFAULT nextval('us_gaz_id_seq'::regclass),
    seq integer,
    word text,
    stdword text,
    token integer,
    is_custom boolean not null DEFAULT true
);
alter sequence us_gaz_id_seq owned by us_gaz.id;
create table us_lex (
    id integer not null DEFAULT nextval('us_lex_id_seq'::regclass),
    seq integer,
    word text,
    stdword text,
    token integer,
    is_custom boolean not null DEFAULT true
);
alter sequence us_lex_id_seq owned by us_lex.id;
create table us_rules (
    id integer not null DEFAULT nextval('us_rules_id_seq'::regclass),
    rule text,
    is_custom boolean not null DEFAULT true
);
alter sequence us_rules_id_seq owned by us_rules.id;

set check_function_bodies = off;
reset check_function_bodies;



