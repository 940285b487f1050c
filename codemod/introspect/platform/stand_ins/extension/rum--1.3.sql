-- Stand-in for RUM 1.3 (extension rum): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION rum" to load this file. \quit

create type rum_distance_query as (query tsquery, method integer);



set check_function_bodies = off;
create function rum_anyarray_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_anyarray_ordering(internal, smallint, anyarray, integer, internal, internal, internal, internal, internal) returns double precision
    language internal immutable strict as 'gist_box_penalty';
create function rum_float4_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_float8_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_int2_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_int4_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_int8_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_money_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_oid_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_timestamp_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function rum_ts_join_pos(internal, internal) returns bytea
    language internal immutable strict as 'gist_box_penalty';
create function rum_tsquery_distance(internal, smallint, tsvector, integer, internal, internal, internal, internal, internal) returns double precision
    language internal immutable strict as 'gist_box_penalty';
create function rum_tsvector_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
create function ruminv_tsquery_config(internal) returns void
    language internal immutable strict as 'gist_box_penalty';
reset check_function_bodies;

-- the access method: GIN's handler (so rum indexes are GIN indexes underneath)
create function rumhandler(internal) returns index_am_handler
    language internal volatile as 'ginhandler';
create access method rum type index handler rumhandler;

-- support functions, over the server's GIN code and btree_gin's
create function rum_extract_tsvector(tsvector, internal, internal, internal, internal) returns internal
    language internal immutable as 'gin_extract_tsvector';
create function rum_extract_tsvector_hash(tsvector, internal, internal, internal, internal) returns internal
    language internal immutable as 'gin_extract_tsvector';
create function rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal) returns internal
    language internal immutable as 'gin_extract_tsquery';
create function rum_extract_tsquery_hash(tsquery, internal, smallint, internal, internal, internal, internal) returns internal
    language internal immutable as 'gin_extract_tsquery';
create function rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal) returns boolean
    language internal immutable as 'gin_tsquery_consistent';
create function rum_tsquery_pre_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal) returns boolean
    language internal immutable as 'gin_tsquery_consistent';
create function rum_tsquery_addon_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal) returns boolean
    language internal immutable as 'gin_tsquery_consistent';
create function rum_extract_anyarray(anyarray, internal, internal, internal, internal) returns internal
    language internal immutable as 'ginarrayextract';
create function rum_extract_anyarray_query(anyarray, internal, smallint, internal, internal, internal, internal) returns internal
    language internal immutable as 'ginqueryarrayextract';
create function rum_anyarray_consistent(internal, smallint, anyarray, integer, internal, internal, internal, internal) returns boolean
    language internal immutable as 'ginarrayconsistent';
create function rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal) returns boolean
    language c immutable as '$libdir/btree_gin', 'gin_btree_consistent';
create function rum_numeric_cmp(numeric, numeric) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_numeric_cmp';
create function ruminv_extract_tsquery(tsquery, internal, internal, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_bytea';
create function ruminv_extract_tsvector(tsvector, internal, smallint, internal, internal, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_bytea';
create function ruminv_tsvector_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal) returns boolean
    language c immutable as '$libdir/btree_gin', 'gin_btree_consistent';
create function rum_timestamp_consistent(internal, smallint, timestamp without time zone, integer, internal, internal, internal, internal) returns boolean
    language c immutable as '$libdir/btree_gin', 'gin_btree_consistent';
create function rum_bit_extract_value(bit, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_bit';
create function rum_bit_extract_query(bit, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_bit';
create function rum_bit_compare_prefix(bit, bit, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_bit';
create function rum_bytea_extract_value(bytea, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_bytea';
create function rum_bytea_extract_query(bytea, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_bytea';
create function rum_bytea_compare_prefix(bytea, bytea, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_bytea';
create function rum_char_extract_value("char", internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_char';
create function rum_char_extract_query("char", internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_char';
create function rum_char_compare_prefix("char", "char", smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_char';
create function rum_cidr_extract_value(cidr, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_cidr';
create function rum_cidr_extract_query(cidr, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_cidr';
create function rum_cidr_compare_prefix(cidr, cidr, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_cidr';
create function rum_date_extract_value(date, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_date';
create function rum_date_extract_query(date, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_date';
create function rum_date_compare_prefix(date, date, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_date';
create function rum_float4_extract_value(real, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_float4';
create function rum_float4_extract_query(real, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_float4';
create function rum_float4_compare_prefix(real, real, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_float4';
create function rum_float8_extract_value(double precision, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_float8';
create function rum_float8_extract_query(double precision, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_float8';
create function rum_float8_compare_prefix(double precision, double precision, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_float8';
create function rum_inet_extract_value(inet, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_inet';
create function rum_inet_extract_query(inet, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_inet';
create function rum_inet_compare_prefix(inet, inet, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_inet';
create function rum_int2_extract_value(smallint, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_int2';
create function rum_int2_extract_query(smallint, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_int2';
create function rum_int2_compare_prefix(smallint, smallint, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_int2';
create function rum_int4_extract_value(integer, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_int4';
create function rum_int4_extract_query(integer, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_int4';
create function rum_int4_compare_prefix(integer, integer, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_int4';
create function rum_int8_extract_value(bigint, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_int8';
create function rum_int8_extract_query(bigint, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_int8';
create function rum_int8_compare_prefix(bigint, bigint, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_int8';
create function rum_interval_extract_value(interval, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_interval';
create function rum_interval_extract_query(interval, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_interval';
create function rum_interval_compare_prefix(interval, interval, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_interval';
create function rum_macaddr_extract_value(macaddr, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_macaddr';
create function rum_macaddr_extract_query(macaddr, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_macaddr';
create function rum_macaddr_compare_prefix(macaddr, macaddr, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_macaddr';
create function rum_money_extract_value(money, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_money';
create function rum_money_extract_query(money, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_money';
create function rum_money_compare_prefix(money, money, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_money';
create function rum_numeric_extract_value(numeric, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_numeric';
create function rum_numeric_extract_query(numeric, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_numeric';
create function rum_numeric_compare_prefix(numeric, numeric, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_numeric';
create function rum_oid_extract_value(oid, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_oid';
create function rum_oid_extract_query(oid, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_oid';
create function rum_oid_compare_prefix(oid, oid, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_oid';
create function rum_text_extract_value(text, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_text';
create function rum_text_extract_query(text, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_text';
create function rum_text_compare_prefix(text, text, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_text';
create function rum_time_extract_value(time without time zone, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_time';
create function rum_time_extract_query(time without time zone, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_time';
create function rum_time_compare_prefix(time without time zone, time without time zone, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_time';
create function rum_timestamp_extract_value(timestamp without time zone, internal, internal, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_timestamp';
create function rum_timestamp_extract_query(timestamp without time zone, internal, smallint, internal, internal, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_timestamp';
create function rum_timestamp_compare_prefix(timestamp without time zone, timestamp without time zone, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_timestamp';
create function rum_timetz_extract_value(time with time zone, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_timetz';
create function rum_timetz_extract_query(time with time zone, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_timetz';
create function rum_timetz_compare_prefix(time with time zone, time with time zone, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_timetz';
create function rum_varbit_extract_value(bit varying, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_value_varbit';
create function rum_varbit_extract_query(bit varying, internal, smallint, internal, internal) returns internal
    language c immutable as '$libdir/btree_gin', 'gin_extract_query_varbit';
create function rum_varbit_compare_prefix(bit varying, bit varying, smallint, internal) returns integer
    language c immutable as '$libdir/btree_gin', 'gin_compare_prefix_varbit';

-- distances, in SQL (rum orders by them inside the index; here they only compute)
create function rum_int2_distance(smallint, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int2_left_distance(smallint, smallint) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int2_right_distance(smallint, smallint) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int2_key_distance(smallint, smallint, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int2_outer_distance(smallint, smallint, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int4_distance(integer, integer) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int4_left_distance(integer, integer) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int4_right_distance(integer, integer) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int4_key_distance(integer, integer, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int4_outer_distance(integer, integer, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int8_distance(bigint, bigint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int8_left_distance(bigint, bigint) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int8_right_distance(bigint, bigint) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_int8_key_distance(bigint, bigint, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_int8_outer_distance(bigint, bigint, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float4_distance(real, real) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float4_left_distance(real, real) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_float4_right_distance(real, real) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_float4_key_distance(real, real, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float4_outer_distance(real, real, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float8_distance(double precision, double precision) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float8_left_distance(double precision, double precision) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_float8_right_distance(double precision, double precision) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::double precision - $2::double precision)) else 'Infinity'::double precision end $$;
create function rum_float8_key_distance(double precision, double precision, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_float8_outer_distance(double precision, double precision, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::double precision - $2::double precision)) $$;
create function rum_oid_distance(oid, oid) returns double precision
    language sql immutable strict
    as $$ select abs(($1::bigint - $2::bigint)::double precision) $$;
create function rum_oid_left_distance(oid, oid) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::bigint - $2::bigint)::double precision) else 'Infinity'::double precision end $$;
create function rum_oid_right_distance(oid, oid) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::bigint - $2::bigint)::double precision) else 'Infinity'::double precision end $$;
create function rum_oid_key_distance(oid, oid, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::bigint - $2::bigint)::double precision) $$;
create function rum_oid_outer_distance(oid, oid, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::bigint - $2::bigint)::double precision) $$;
create function rum_money_distance(money, money) returns double precision
    language sql immutable strict
    as $$ select abs(($1::numeric - $2::numeric)::double precision) $$;
create function rum_money_left_distance(money, money) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(($1::numeric - $2::numeric)::double precision) else 'Infinity'::double precision end $$;
create function rum_money_right_distance(money, money) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(($1::numeric - $2::numeric)::double precision) else 'Infinity'::double precision end $$;
create function rum_money_key_distance(money, money, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::numeric - $2::numeric)::double precision) $$;
create function rum_money_outer_distance(money, money, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(($1::numeric - $2::numeric)::double precision) $$;
create function rum_timestamp_distance(timestamp without time zone, timestamp without time zone) returns double precision
    language sql immutable strict
    as $$ select abs(extract(epoch from $1 - $2)::double precision) $$;
create function rum_timestamp_left_distance(timestamp without time zone, timestamp without time zone) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(extract(epoch from $1 - $2)::double precision) else 'Infinity'::double precision end $$;
create function rum_timestamp_right_distance(timestamp without time zone, timestamp without time zone) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(extract(epoch from $1 - $2)::double precision) else 'Infinity'::double precision end $$;
create function rum_timestamp_key_distance(timestamp without time zone, timestamp without time zone, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(extract(epoch from $1 - $2)::double precision) $$;
create function rum_timestamp_outer_distance(timestamp without time zone, timestamp without time zone, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(extract(epoch from $1 - $2)::double precision) $$;
create function rum_timestamptz_distance(timestamp with time zone, timestamp with time zone) returns double precision
    language sql immutable strict
    as $$ select abs(extract(epoch from $1 - $2)::double precision) $$;
create function rum_timestamptz_left_distance(timestamp with time zone, timestamp with time zone) returns double precision
    language sql immutable strict
    as $$ select case when $1 <= $2 then abs(extract(epoch from $1 - $2)::double precision) else 'Infinity'::double precision end $$;
create function rum_timestamptz_right_distance(timestamp with time zone, timestamp with time zone) returns double precision
    language sql immutable strict
    as $$ select case when $1 >= $2 then abs(extract(epoch from $1 - $2)::double precision) else 'Infinity'::double precision end $$;
create function rum_timestamptz_key_distance(timestamp with time zone, timestamp with time zone, smallint) returns double precision
    language sql immutable strict
    as $$ select abs(extract(epoch from $1 - $2)::double precision) $$;
create function rum_ts_distance(tsvector, rum_distance_query) returns real
    language sql immutable strict
    as $$ select case when ts_rank($1, ($2).query) = 0 then 'Infinity'::real else (1 / ts_rank($1, ($2).query))::real end $$;
create function rum_ts_distance(tsvector, tsquery) returns real
    language sql immutable strict
    as $$ select case when ts_rank($1, $2) = 0 then 'Infinity'::real else (1 / ts_rank($1, $2))::real end $$;
create function rum_ts_distance(tsvector, tsquery, integer) returns real
    language sql immutable strict
    as $$ select case when ts_rank($1, $2) = 0 then 'Infinity'::real else (1 / ts_rank($1, $2))::real end $$;
create function rum_anyarray_similar(anyarray, anyarray) returns boolean
    language sql stable strict
    as $$ select coalesce((select count(*) from (select unnest($1) intersect select unnest($2)) i)::double precision / nullif(sqrt((select count(distinct e) from unnest($1) e)::double precision * (select count(distinct e) from unnest($2) e)), 0), 0) >= 0.5 $$;
create function rum_anyarray_distance(anyarray, anyarray) returns double precision
    language sql stable strict
    as $$ select case when coalesce((select count(*) from (select unnest($1) intersect select unnest($2)) i)::double precision / nullif(sqrt((select count(distinct e) from unnest($1) e)::double precision * (select count(distinct e) from unnest($2) e)), 0), 0) = 0 then 'Infinity'::double precision else 1 / (select count(*) from (select unnest($1) intersect select unnest($2)) i)::double precision / nullif(sqrt((select count(distinct e) from unnest($1) e)::double precision * (select count(distinct e) from unnest($2) e)), 0) end $$;
create function tsquery_to_distance_query(tsquery) returns rum_distance_query
    language sql immutable strict
    as $$ select row($1, 0)::rum_distance_query $$;
create function rum_ts_score(tsvector, rum_distance_query) returns real
    language sql immutable strict
    as $$ select ts_rank($1, ($2).query) $$;
create function rum_ts_score(tsvector, tsquery) returns real
    language sql immutable strict
    as $$ select ts_rank($1, $2) $$;
create function rum_ts_score(tsvector, tsquery, integer) returns real
    language sql immutable strict
    as $$ select ts_rank($1, $2) $$;

-- operator classes: what GIN can search (ordering operators are not supported by GIN)
create operator class rum_tsvector_ops default for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_hash_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_addon_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_hash_addon_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_timestamp_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_timestamptz_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_hash_timestamp_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsvector_hash_timestamptz_ops for type tsvector using rum as
    operator 1 @@ (tsvector, tsquery),
    function 1 pg_catalog.gin_cmp_tslexeme(text, text),
    function 2 rum_extract_tsvector(tsvector, internal, internal, internal, internal),
    function 3 rum_extract_tsquery(tsquery, internal, smallint, internal, internal, internal, internal),
    function 4 rum_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    function 5 pg_catalog.gin_cmp_prefix(text, text, smallint, internal),
    function 6 pg_catalog.gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
    storage text;
create operator class rum_tsquery_ops default for type tsquery using rum as
    function 1 pg_catalog.byteacmp(bytea, bytea),
    function 2 ruminv_extract_tsquery(tsquery, internal, internal, internal, internal),
    function 3 ruminv_extract_tsvector(tsvector, internal, smallint, internal, internal, internal, internal),
    function 4 ruminv_tsvector_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
    storage bytea;
create operator class rum_anyarray_ops default for type anyarray using rum as
    operator 1 pg_catalog.&& (anyarray, anyarray), operator 2 pg_catalog.@> (anyarray, anyarray),
    operator 3 pg_catalog.<@ (anyarray, anyarray), operator 4 pg_catalog.= (anyarray, anyarray),
    function 2 rum_extract_anyarray(anyarray, internal, internal, internal, internal),
    function 3 rum_extract_anyarray_query(anyarray, internal, smallint, internal, internal, internal, internal),
    function 4 rum_anyarray_consistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    storage anyelement;
create operator class rum_anyarray_addon_ops for type anyarray using rum as
    operator 1 pg_catalog.&& (anyarray, anyarray), operator 2 pg_catalog.@> (anyarray, anyarray),
    operator 3 pg_catalog.<@ (anyarray, anyarray), operator 4 pg_catalog.= (anyarray, anyarray),
    function 2 rum_extract_anyarray(anyarray, internal, internal, internal, internal),
    function 3 rum_extract_anyarray_query(anyarray, internal, smallint, internal, internal, internal, internal),
    function 4 rum_anyarray_consistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    storage anyelement;
create operator class rum_bit_ops default for type bit using rum as
    operator 1 pg_catalog.< (bit, bit), operator 2 pg_catalog.<= (bit, bit), operator 3 pg_catalog.= (bit, bit), operator 4 pg_catalog.>= (bit, bit), operator 5 pg_catalog.> (bit, bit),
    function 1 pg_catalog.bitcmp(bit, bit),
    function 2 rum_bit_extract_value(bit, internal),
    function 3 rum_bit_extract_query(bit, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_bit_compare_prefix(bit, bit, smallint, internal);
create operator class rum_bytea_ops default for type bytea using rum as
    operator 1 pg_catalog.< (bytea, bytea), operator 2 pg_catalog.<= (bytea, bytea), operator 3 pg_catalog.= (bytea, bytea), operator 4 pg_catalog.>= (bytea, bytea), operator 5 pg_catalog.> (bytea, bytea),
    function 1 pg_catalog.byteacmp(bytea, bytea),
    function 2 rum_bytea_extract_value(bytea, internal),
    function 3 rum_bytea_extract_query(bytea, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_bytea_compare_prefix(bytea, bytea, smallint, internal);
create operator class rum_char_ops default for type "char" using rum as
    operator 1 pg_catalog.< ("char", "char"), operator 2 pg_catalog.<= ("char", "char"), operator 3 pg_catalog.= ("char", "char"), operator 4 pg_catalog.>= ("char", "char"), operator 5 pg_catalog.> ("char", "char"),
    function 1 pg_catalog.btcharcmp("char", "char"),
    function 2 rum_char_extract_value("char", internal),
    function 3 rum_char_extract_query("char", internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_char_compare_prefix("char", "char", smallint, internal);
create operator class rum_cidr_ops default for type cidr using rum as
    operator 1 pg_catalog.< (inet, inet), operator 2 pg_catalog.<= (inet, inet), operator 3 pg_catalog.= (inet, inet), operator 4 pg_catalog.>= (inet, inet), operator 5 pg_catalog.> (inet, inet),
    function 1 pg_catalog.network_cmp(inet, inet),
    function 2 rum_cidr_extract_value(cidr, internal),
    function 3 rum_cidr_extract_query(cidr, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_cidr_compare_prefix(cidr, cidr, smallint, internal);
create operator class rum_date_ops default for type date using rum as
    operator 1 pg_catalog.< (date, date), operator 2 pg_catalog.<= (date, date), operator 3 pg_catalog.= (date, date), operator 4 pg_catalog.>= (date, date), operator 5 pg_catalog.> (date, date),
    function 1 pg_catalog.date_cmp(date, date),
    function 2 rum_date_extract_value(date, internal),
    function 3 rum_date_extract_query(date, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_date_compare_prefix(date, date, smallint, internal);
create operator class rum_float4_ops default for type real using rum as
    operator 1 pg_catalog.< (real, real), operator 2 pg_catalog.<= (real, real), operator 3 pg_catalog.= (real, real), operator 4 pg_catalog.>= (real, real), operator 5 pg_catalog.> (real, real),
    function 1 pg_catalog.btfloat4cmp(real, real),
    function 2 rum_float4_extract_value(real, internal),
    function 3 rum_float4_extract_query(real, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_float4_compare_prefix(real, real, smallint, internal);
create operator class rum_float8_ops default for type double precision using rum as
    operator 1 pg_catalog.< (double precision, double precision), operator 2 pg_catalog.<= (double precision, double precision), operator 3 pg_catalog.= (double precision, double precision), operator 4 pg_catalog.>= (double precision, double precision), operator 5 pg_catalog.> (double precision, double precision),
    function 1 pg_catalog.btfloat8cmp(double precision, double precision),
    function 2 rum_float8_extract_value(double precision, internal),
    function 3 rum_float8_extract_query(double precision, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_float8_compare_prefix(double precision, double precision, smallint, internal);
create operator class rum_inet_ops default for type inet using rum as
    operator 1 pg_catalog.< (inet, inet), operator 2 pg_catalog.<= (inet, inet), operator 3 pg_catalog.= (inet, inet), operator 4 pg_catalog.>= (inet, inet), operator 5 pg_catalog.> (inet, inet),
    function 1 pg_catalog.network_cmp(inet, inet),
    function 2 rum_inet_extract_value(inet, internal),
    function 3 rum_inet_extract_query(inet, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_inet_compare_prefix(inet, inet, smallint, internal);
create operator class rum_int2_ops default for type smallint using rum as
    operator 1 pg_catalog.< (smallint, smallint), operator 2 pg_catalog.<= (smallint, smallint), operator 3 pg_catalog.= (smallint, smallint), operator 4 pg_catalog.>= (smallint, smallint), operator 5 pg_catalog.> (smallint, smallint),
    function 1 pg_catalog.btint2cmp(smallint, smallint),
    function 2 rum_int2_extract_value(smallint, internal),
    function 3 rum_int2_extract_query(smallint, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_int2_compare_prefix(smallint, smallint, smallint, internal);
create operator class rum_int4_ops default for type integer using rum as
    operator 1 pg_catalog.< (integer, integer), operator 2 pg_catalog.<= (integer, integer), operator 3 pg_catalog.= (integer, integer), operator 4 pg_catalog.>= (integer, integer), operator 5 pg_catalog.> (integer, integer),
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 rum_int4_extract_value(integer, internal),
    function 3 rum_int4_extract_query(integer, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_int4_compare_prefix(integer, integer, smallint, internal);
create operator class rum_int8_ops default for type bigint using rum as
    operator 1 pg_catalog.< (bigint, bigint), operator 2 pg_catalog.<= (bigint, bigint), operator 3 pg_catalog.= (bigint, bigint), operator 4 pg_catalog.>= (bigint, bigint), operator 5 pg_catalog.> (bigint, bigint),
    function 1 pg_catalog.btint8cmp(bigint, bigint),
    function 2 rum_int8_extract_value(bigint, internal),
    function 3 rum_int8_extract_query(bigint, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_int8_compare_prefix(bigint, bigint, smallint, internal);
create operator class rum_interval_ops default for type interval using rum as
    operator 1 pg_catalog.< (interval, interval), operator 2 pg_catalog.<= (interval, interval), operator 3 pg_catalog.= (interval, interval), operator 4 pg_catalog.>= (interval, interval), operator 5 pg_catalog.> (interval, interval),
    function 1 pg_catalog.interval_cmp(interval, interval),
    function 2 rum_interval_extract_value(interval, internal),
    function 3 rum_interval_extract_query(interval, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_interval_compare_prefix(interval, interval, smallint, internal);
create operator class rum_macaddr_ops default for type macaddr using rum as
    operator 1 pg_catalog.< (macaddr, macaddr), operator 2 pg_catalog.<= (macaddr, macaddr), operator 3 pg_catalog.= (macaddr, macaddr), operator 4 pg_catalog.>= (macaddr, macaddr), operator 5 pg_catalog.> (macaddr, macaddr),
    function 1 pg_catalog.macaddr_cmp(macaddr, macaddr),
    function 2 rum_macaddr_extract_value(macaddr, internal),
    function 3 rum_macaddr_extract_query(macaddr, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_macaddr_compare_prefix(macaddr, macaddr, smallint, internal);
create operator class rum_money_ops default for type money using rum as
    operator 1 pg_catalog.< (money, money), operator 2 pg_catalog.<= (money, money), operator 3 pg_catalog.= (money, money), operator 4 pg_catalog.>= (money, money), operator 5 pg_catalog.> (money, money),
    function 1 pg_catalog.cash_cmp(money, money),
    function 2 rum_money_extract_value(money, internal),
    function 3 rum_money_extract_query(money, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_money_compare_prefix(money, money, smallint, internal);
create operator class rum_numeric_ops default for type numeric using rum as
    operator 1 pg_catalog.< (numeric, numeric), operator 2 pg_catalog.<= (numeric, numeric), operator 3 pg_catalog.= (numeric, numeric), operator 4 pg_catalog.>= (numeric, numeric), operator 5 pg_catalog.> (numeric, numeric),
    function 1 rum_numeric_cmp(numeric, numeric),
    function 2 rum_numeric_extract_value(numeric, internal),
    function 3 rum_numeric_extract_query(numeric, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_numeric_compare_prefix(numeric, numeric, smallint, internal);
create operator class rum_oid_ops default for type oid using rum as
    operator 1 pg_catalog.< (oid, oid), operator 2 pg_catalog.<= (oid, oid), operator 3 pg_catalog.= (oid, oid), operator 4 pg_catalog.>= (oid, oid), operator 5 pg_catalog.> (oid, oid),
    function 1 pg_catalog.btoidcmp(oid, oid),
    function 2 rum_oid_extract_value(oid, internal),
    function 3 rum_oid_extract_query(oid, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_oid_compare_prefix(oid, oid, smallint, internal);
create operator class rum_text_ops default for type text using rum as
    operator 1 pg_catalog.< (text, text), operator 2 pg_catalog.<= (text, text), operator 3 pg_catalog.= (text, text), operator 4 pg_catalog.>= (text, text), operator 5 pg_catalog.> (text, text),
    function 1 pg_catalog.bttextcmp(text, text),
    function 2 rum_text_extract_value(text, internal),
    function 3 rum_text_extract_query(text, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_text_compare_prefix(text, text, smallint, internal);
create operator class rum_time_ops default for type time without time zone using rum as
    operator 1 pg_catalog.< (time without time zone, time without time zone), operator 2 pg_catalog.<= (time without time zone, time without time zone), operator 3 pg_catalog.= (time without time zone, time without time zone), operator 4 pg_catalog.>= (time without time zone, time without time zone), operator 5 pg_catalog.> (time without time zone, time without time zone),
    function 1 pg_catalog.time_cmp(time without time zone, time without time zone),
    function 2 rum_time_extract_value(time without time zone, internal),
    function 3 rum_time_extract_query(time without time zone, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_time_compare_prefix(time without time zone, time without time zone, smallint, internal);
create operator class rum_timestamp_ops default for type timestamp without time zone using rum as
    operator 1 pg_catalog.< (timestamp without time zone, timestamp without time zone), operator 2 pg_catalog.<= (timestamp without time zone, timestamp without time zone), operator 3 pg_catalog.= (timestamp without time zone, timestamp without time zone), operator 4 pg_catalog.>= (timestamp without time zone, timestamp without time zone), operator 5 pg_catalog.> (timestamp without time zone, timestamp without time zone),
    function 1 pg_catalog.timestamp_cmp(timestamp without time zone, timestamp without time zone),
    function 2 rum_timestamp_extract_value(timestamp without time zone, internal, internal, internal, internal),
    function 3 rum_timestamp_extract_query(timestamp without time zone, internal, smallint, internal, internal, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_timestamp_compare_prefix(timestamp without time zone, timestamp without time zone, smallint, internal);
create operator class rum_timetz_ops default for type time with time zone using rum as
    operator 1 pg_catalog.< (time with time zone, time with time zone), operator 2 pg_catalog.<= (time with time zone, time with time zone), operator 3 pg_catalog.= (time with time zone, time with time zone), operator 4 pg_catalog.>= (time with time zone, time with time zone), operator 5 pg_catalog.> (time with time zone, time with time zone),
    function 1 pg_catalog.timetz_cmp(time with time zone, time with time zone),
    function 2 rum_timetz_extract_value(time with time zone, internal),
    function 3 rum_timetz_extract_query(time with time zone, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_timetz_compare_prefix(time with time zone, time with time zone, smallint, internal);
create operator class rum_varbit_ops default for type bit varying using rum as
    operator 1 pg_catalog.< (bit varying, bit varying), operator 2 pg_catalog.<= (bit varying, bit varying), operator 3 pg_catalog.= (bit varying, bit varying), operator 4 pg_catalog.>= (bit varying, bit varying), operator 5 pg_catalog.> (bit varying, bit varying),
    function 1 pg_catalog.varbitcmp(bit varying, bit varying),
    function 2 rum_varbit_extract_value(bit varying, internal),
    function 3 rum_varbit_extract_query(bit varying, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_varbit_compare_prefix(bit varying, bit varying, smallint, internal);
create operator class rum_varchar_ops default for type character varying using rum as
    operator 1 pg_catalog.< (text, text), operator 2 pg_catalog.<= (text, text), operator 3 pg_catalog.= (text, text), operator 4 pg_catalog.>= (text, text), operator 5 pg_catalog.> (text, text),
    function 1 pg_catalog.bttextcmp(text, text),
    function 2 rum_text_extract_value(text, internal),
    function 3 rum_text_extract_query(text, internal, smallint, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_text_compare_prefix(text, text, smallint, internal);
create operator class rum_timestamptz_ops default for type timestamp with time zone using rum as
    operator 1 pg_catalog.< (timestamp with time zone, timestamp with time zone), operator 2 pg_catalog.<= (timestamp with time zone, timestamp with time zone), operator 3 pg_catalog.= (timestamp with time zone, timestamp with time zone), operator 4 pg_catalog.>= (timestamp with time zone, timestamp with time zone), operator 5 pg_catalog.> (timestamp with time zone, timestamp with time zone),
    function 1 pg_catalog.timestamptz_cmp(timestamp with time zone, timestamp with time zone),
    function 2 rum_timestamp_extract_value(timestamp without time zone, internal, internal, internal, internal),
    function 3 rum_timestamp_extract_query(timestamp without time zone, internal, smallint, internal, internal, internal, internal),
    function 4 rum_btree_consistent(internal, smallint, internal, integer, internal, internal, internal, internal),
    function 5 rum_timestamp_compare_prefix(timestamp without time zone, timestamp without time zone, smallint, internal);


create operator % (leftarg = anyarray, rightarg = anyarray, function = rum_anyarray_similar, commutator = operator(%));
create operator <=> (leftarg = anyarray, rightarg = anyarray, function = rum_anyarray_distance, commutator = operator(<=>));
create operator <=> (leftarg = bigint, rightarg = bigint, function = rum_int8_distance, commutator = operator(<=>));
create operator <=> (leftarg = double precision, rightarg = double precision, function = rum_float8_distance, commutator = operator(<=>));
create operator <=> (leftarg = integer, rightarg = integer, function = rum_int4_distance, commutator = operator(<=>));
create operator <=> (leftarg = money, rightarg = money, function = rum_money_distance, commutator = operator(<=>));
create operator <=> (leftarg = oid, rightarg = oid, function = rum_oid_distance, commutator = operator(<=>));
create operator <=> (leftarg = real, rightarg = real, function = rum_float4_distance, commutator = operator(<=>));
create operator <=> (leftarg = smallint, rightarg = smallint, function = rum_int2_distance, commutator = operator(<=>));
create operator <=> (leftarg = timestamp with time zone, rightarg = timestamp with time zone, function = rum_timestamptz_distance, commutator = operator(<=>));
create operator <=> (leftarg = timestamp without time zone, rightarg = timestamp without time zone, function = rum_timestamp_distance, commutator = operator(<=>));
create operator <=> (leftarg = tsvector, rightarg = rum_distance_query, function = rum_ts_distance);
create operator <=> (leftarg = tsvector, rightarg = tsquery, function = rum_ts_distance);
create operator <=| (leftarg = bigint, rightarg = bigint, function = rum_int8_left_distance);
create operator <=| (leftarg = double precision, rightarg = double precision, function = rum_float8_left_distance);
create operator <=| (leftarg = integer, rightarg = integer, function = rum_int4_left_distance);
create operator <=| (leftarg = money, rightarg = money, function = rum_money_left_distance);
create operator <=| (leftarg = oid, rightarg = oid, function = rum_oid_left_distance);
create operator <=| (leftarg = real, rightarg = real, function = rum_float4_left_distance);
create operator <=| (leftarg = smallint, rightarg = smallint, function = rum_int2_left_distance);
create operator <=| (leftarg = timestamp with time zone, rightarg = timestamp with time zone, function = rum_timestamptz_left_distance);
create operator <=| (leftarg = timestamp without time zone, rightarg = timestamp without time zone, function = rum_timestamp_left_distance);
create operator |=> (leftarg = bigint, rightarg = bigint, function = rum_int8_right_distance);
create operator |=> (leftarg = double precision, rightarg = double precision, function = rum_float8_right_distance);
create operator |=> (leftarg = integer, rightarg = integer, function = rum_int4_right_distance);
create operator |=> (leftarg = money, rightarg = money, function = rum_money_right_distance);
create operator |=> (leftarg = oid, rightarg = oid, function = rum_oid_right_distance);
create operator |=> (leftarg = real, rightarg = real, function = rum_float4_right_distance);
create operator |=> (leftarg = smallint, rightarg = smallint, function = rum_int2_right_distance);
create operator |=> (leftarg = timestamp with time zone, rightarg = timestamp with time zone, function = rum_timestamptz_right_distance);
create operator |=> (leftarg = timestamp without time zone, rightarg = timestamp without time zone, function = rum_timestamp_right_distance);
create cast (tsquery as rum_distance_query) with function tsquery_to_distance_query(tsquery) as implicit;
