-- Stand-in for PGroonga 3.2 (extension pgroonga): schemasync's SQL, written from
-- PGroonga's documented interface, so that migrations using pgroonga indexes and operators
-- apply in a shadow database. No Groonga here: operators use PostgreSQL's pattern
-- matching; indexes are GIN indexes that searches do not use.

\echo Use "CREATE EXTENSION pgroonga" to load this file. \quit

create function @extschema@.pgroonga_handler(internal) returns index_am_handler
    language internal as 'ginhandler';
create access method pgroonga type index handler @extschema@.pgroonga_handler;

create type @extschema@.pgroonga_full_text_search_condition as (query text, weigths integer[], indexname text);
create type @extschema@.pgroonga_full_text_search_condition_with_scorers as (query text, weigths integer[], scorers text[], indexname text);
create type @extschema@.pgroonga_condition as (query text, weights integer[], scorers text[], schema_name text,
    index_name text, column_name text, fuzzy_max_distance_ratio real);

-- Groonga's query syntax, roughly: words must all occur (case-insensitively), "OR"
-- joins alternatives, a leading "-" excludes a word, double quotes keep a phrase
create function @extschema@._pgroonga_standin_query(target text, query text) returns boolean
    language plpgsql immutable strict parallel safe as $$
declare
    alternative text;
    term text;
    ok boolean;
begin
    foreach alternative in array regexp_split_to_array(query, '\s+OR\s+') loop
        ok := true;
        for term in select coalesce(m[1], m[2]) from regexp_matches(alternative, '"([^"]*)"|(\S+)', 'g') as m loop
            if term like '-%' and length(term) > 1 then
                ok := ok and strpos(lower(target), lower(substr(term, 2))) = 0;
            else
                ok := ok and strpos(lower(target), lower(term)) > 0;
            end if;
        end loop;
        if ok then return true; end if;
    end loop;
    return false;
end $$;

create function @extschema@.pgroonga_match_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1), lower($2)) > 0 $$;
create function @extschema@.pgroonga_match_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1), lower($2)) > 0 $$;
create function @extschema@.pgroonga_match_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where strpos(lower(t), lower($2)) > 0) $$;
create function @extschema@.pgroonga_query_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_query_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_query_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t, $2)) $$;
create function @extschema@.pgroonga_similar_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from regexp_split_to_table(lower($2), '\s+') w where w <> '' and strpos(lower($1), w) > 0) $$;
create function @extschema@.pgroonga_similar_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from regexp_split_to_table(lower($2), '\s+') w where w <> '' and strpos(lower($1), w) > 0) $$;
create function @extschema@.pgroonga_similar_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from regexp_split_to_table(lower($2), '\s+') w where w <> '' and strpos(lower(t), w) > 0)) $$;
create function @extschema@.pgroonga_script_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_script_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_script_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t, $2)) $$;
create function @extschema@.pgroonga_prefix_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select lower($1) like lower($2) || '%' $$;
create function @extschema@.pgroonga_prefix_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select lower($1) like lower($2) || '%' $$;
create function @extschema@.pgroonga_prefix_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where lower(t) like lower($2) || '%') $$;
create function @extschema@.pgroonga_prefix_rk_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select lower($1) like lower($2) || '%' $$;
create function @extschema@.pgroonga_prefix_rk_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select lower($1) like lower($2) || '%' $$;
create function @extschema@.pgroonga_prefix_rk_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where lower(t) like lower($2) || '%') $$;
create function @extschema@.pgroonga_regexp_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select $1 ~* $2 $$;
create function @extschema@.pgroonga_regexp_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select $1 ~* $2 $$;
create function @extschema@.pgroonga_regexp_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where t ~* $2) $$;
create function @extschema@.pgroonga_equal_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select $1 = $2 $$;
create function @extschema@.pgroonga_equal_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select $1 = $2 $$;
create function @extschema@.pgroonga_equal_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where t = $2) $$;
create function @extschema@.pgroonga_equal_query_text(target text, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_equal_query_varchar(target character varying, query character varying) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1, $2) $$;
create function @extschema@.pgroonga_equal_query_text_array(target text[], query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t, $2)) $$;
create function @extschema@.pgroonga_match_in_text(target text, keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where strpos(lower($1), lower(k)) > 0) $$;
create function @extschema@.pgroonga_match_in_varchar(target character varying, keywords character varying[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where strpos(lower($1), lower(k)) > 0) $$;
create function @extschema@.pgroonga_match_in_text_array(target text[], keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from unnest($2) k where strpos(lower(t), lower(k)) > 0)) $$;
create function @extschema@.pgroonga_query_in_text(target text, keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where @extschema@._pgroonga_standin_query($1, k)) $$;
create function @extschema@.pgroonga_query_in_varchar(target character varying, keywords character varying[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where @extschema@._pgroonga_standin_query($1, k)) $$;
create function @extschema@.pgroonga_query_in_text_array(target text[], keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from unnest($2) k where @extschema@._pgroonga_standin_query(t, k))) $$;
create function @extschema@.pgroonga_prefix_in_text(target text, keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where lower($1) like lower(k) || '%') $$;
create function @extschema@.pgroonga_prefix_in_varchar(target character varying, keywords character varying[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where lower($1) like lower(k) || '%') $$;
create function @extschema@.pgroonga_prefix_in_text_array(target text[], keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from unnest($2) k where lower(t) like lower(k) || '%')) $$;
create function @extschema@.pgroonga_prefix_rk_in_text(target text, keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where lower($1) like lower(k) || '%') $$;
create function @extschema@.pgroonga_prefix_rk_in_varchar(target character varying, keywords character varying[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where lower($1) like lower(k) || '%') $$;
create function @extschema@.pgroonga_prefix_rk_in_text_array(target text[], keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from unnest($2) k where lower(t) like lower(k) || '%')) $$;
create function @extschema@.pgroonga_regexp_in_text(target text, keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where $1 ~* k) $$;
create function @extschema@.pgroonga_regexp_in_varchar(target character varying, keywords character varying[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($2) k where $1 ~* k) $$;
create function @extschema@.pgroonga_regexp_in_text_array(target text[], keywords text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where exists (select from unnest($2) k where t ~* k)) $$;
create function @extschema@.pgroonga_match_jsonb(target jsonb, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower($2)) > 0 $$;
create function @extschema@.pgroonga_query_jsonb(target jsonb, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, $2) $$;
create function @extschema@.pgroonga_script_jsonb(target jsonb, query text) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, $2) $$;
create function @extschema@.pgroonga_match_text_condition(target text, condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_match_text_condition_with_scorers(target text, condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_match_text_condition_v2(target text, condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_query_text_condition(target text, condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_query_text_condition_with_scorers(target text, condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_query_text_condition_v2(target text, condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_match_varchar_condition(target character varying, condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_match_varchar_condition_with_scorers(target character varying, condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_match_varchar_condition_v2(target character varying, condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select strpos(lower($1::text), lower(($2).query)) > 0 $$;
create function @extschema@.pgroonga_query_varchar_condition(target character varying, condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_query_varchar_condition_with_scorers(target character varying, condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_query_varchar_condition_v2(target character varying, condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select @extschema@._pgroonga_standin_query($1::text, ($2).query) $$;
create function @extschema@.pgroonga_match_text_array_condition(target text[], condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where strpos(lower(t::text), lower(($2).query)) > 0) $$;
create function @extschema@.pgroonga_match_text_array_condition_with_scorers(target text[], condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where strpos(lower(t::text), lower(($2).query)) > 0) $$;
create function @extschema@.pgroonga_match_text_array_condition_v2(target text[], condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where strpos(lower(t::text), lower(($2).query)) > 0) $$;
create function @extschema@.pgroonga_query_text_array_condition(target text[], condition @extschema@.pgroonga_full_text_search_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t::text, ($2).query)) $$;
create function @extschema@.pgroonga_query_text_array_condition_with_scorers(target text[], condition @extschema@.pgroonga_full_text_search_condition_with_scorers) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t::text, ($2).query)) $$;
create function @extschema@.pgroonga_query_text_array_condition_v2(target text[], condition @extschema@.pgroonga_condition) returns boolean
    language sql immutable strict parallel safe
    as $$ select exists (select from unnest($1) t where @extschema@._pgroonga_standin_query(t::text, ($2).query)) $$;

create operator @extschema@.&@ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_match_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_match_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_match_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_query_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_query_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_query_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@* (leftarg = text, rightarg = text, function = @extschema@.pgroonga_similar_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@* (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_similar_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@* (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_similar_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&` (leftarg = text, rightarg = text, function = @extschema@.pgroonga_script_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&` (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_script_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&` (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_script_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_prefix_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_prefix_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_prefix_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_prefix_rk_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_prefix_rk_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_prefix_rk_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_regexp_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_regexp_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_regexp_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&= (leftarg = text, rightarg = text, function = @extschema@.pgroonga_equal_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&= (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_equal_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&= (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_equal_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&=~ (leftarg = text, rightarg = text, function = @extschema@.pgroonga_equal_query_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&=~ (leftarg = character varying, rightarg = character varying, function = @extschema@.pgroonga_equal_query_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&=~ (leftarg = text[], rightarg = text, function = @extschema@.pgroonga_equal_query_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@| (leftarg = text, rightarg = text[], function = @extschema@.pgroonga_match_in_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@| (leftarg = character varying, rightarg = character varying[], function = @extschema@.pgroonga_match_in_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@| (leftarg = text[], rightarg = text[], function = @extschema@.pgroonga_match_in_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~| (leftarg = text, rightarg = text[], function = @extschema@.pgroonga_query_in_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~| (leftarg = character varying, rightarg = character varying[], function = @extschema@.pgroonga_query_in_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~| (leftarg = text[], rightarg = text[], function = @extschema@.pgroonga_query_in_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^| (leftarg = text, rightarg = text[], function = @extschema@.pgroonga_prefix_in_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^| (leftarg = character varying, rightarg = character varying[], function = @extschema@.pgroonga_prefix_in_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^| (leftarg = text[], rightarg = text[], function = @extschema@.pgroonga_prefix_in_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~| (leftarg = text, rightarg = text[], function = @extschema@.pgroonga_prefix_rk_in_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~| (leftarg = character varying, rightarg = character varying[], function = @extschema@.pgroonga_prefix_rk_in_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&^~| (leftarg = text[], rightarg = text[], function = @extschema@.pgroonga_prefix_rk_in_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~| (leftarg = text, rightarg = text[], function = @extschema@.pgroonga_regexp_in_text, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~| (leftarg = character varying, rightarg = character varying[], function = @extschema@.pgroonga_regexp_in_varchar, restrict = contsel, join = contjoinsel);
create operator @extschema@.&~| (leftarg = text[], rightarg = text[], function = @extschema@.pgroonga_regexp_in_text_array, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = jsonb, rightarg = text, function = @extschema@.pgroonga_match_jsonb, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = jsonb, rightarg = text, function = @extschema@.pgroonga_query_jsonb, restrict = contsel, join = contjoinsel);
create operator @extschema@.&` (leftarg = jsonb, rightarg = text, function = @extschema@.pgroonga_script_jsonb, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text, rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_match_text_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text, rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_match_text_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text, rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_match_text_condition_v2, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text, rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_query_text_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text, rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_query_text_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text, rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_query_text_condition_v2, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = character varying, rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_match_varchar_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = character varying, rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_match_varchar_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = character varying, rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_match_varchar_condition_v2, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = character varying, rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_query_varchar_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = character varying, rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_query_varchar_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = character varying, rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_query_varchar_condition_v2, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text[], rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_match_text_array_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text[], rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_match_text_array_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@ (leftarg = text[], rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_match_text_array_condition_v2, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text[], rightarg = @extschema@.pgroonga_full_text_search_condition, function = @extschema@.pgroonga_query_text_array_condition, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text[], rightarg = @extschema@.pgroonga_full_text_search_condition_with_scorers, function = @extschema@.pgroonga_query_text_array_condition_with_scorers, restrict = contsel, join = contjoinsel);
create operator @extschema@.&@~ (leftarg = text[], rightarg = @extschema@.pgroonga_condition, function = @extschema@.pgroonga_query_text_array_condition_v2, restrict = contsel, join = contjoinsel);

-- functions
create function @extschema@.pgroonga_score(tableoid oid, ctid tid) returns double precision
    language sql volatile strict parallel safe as $$ select 0::double precision $$;
create function @extschema@.pgroonga_score("row" record) returns double precision
    language plpgsql volatile strict parallel safe as $$ begin return 0; end $$;
create function @extschema@.pgroonga_table_name(indexname cstring) returns text
    language internal stable strict as 'textin';
create function @extschema@.pgroonga_flush(indexname cstring) returns boolean
    language internal volatile strict as 'boolin';
create function @extschema@.pgroonga_command(groongacommand text) returns text
    language plpgsql volatile strict as $$
begin
    raise exception feature_not_supported using message = 'pgroonga_command() is not available in schemasync''s stand-in for pgroonga';
end $$;
create function @extschema@.pgroonga_command(groongacommand text, arguments text[]) returns text
    language sql volatile strict as $$ select @extschema@.pgroonga_command(groongacommand) $$;
create function @extschema@.pgroonga_query_expand(tableoid oid, termcolumnname text, synonymscolumnname text, query text) returns text
    language sql stable strict parallel safe as $$ select query $$;
create function @extschema@.pgroonga_snippet_html(target text, keywords text[], width integer DEFAULT 200) returns text[]
    language sql immutable strict parallel safe
    as $$ select array[left(@extschema@.pgroonga_highlight_html(target, keywords), width)] $$;
create function @extschema@.pgroonga_highlight_html(target text, keywords text[]) returns text
    language plpgsql immutable strict parallel safe as $$
declare
    k text;
    result text := replace(replace(replace(target, '&', '&amp;'), '<', '&lt;'), '>', '&gt;');
begin
    foreach k in array keywords loop
        if k <> '' then
            result := regexp_replace(result, '(' || regexp_replace(k, '([^[:alnum:][:space:]])', '\\\1', 'g') || ')',
                '<span class="keyword">\1</span>', 'gi');
        end if;
    end loop;
    return result;
end $$;
create function @extschema@.pgroonga_highlight_html(targets text[], keywords text[]) returns text[]
    language sql immutable strict parallel safe
    as $$ select array(select @extschema@.pgroonga_highlight_html(t, keywords) from unnest(targets) t) $$;
create function @extschema@.pgroonga_query_extract_keywords(query text, index_name text DEFAULT ''::text) returns text[]
    language sql immutable strict parallel safe
    as $$ select array(select coalesce(m[1], m[2]) from regexp_matches(query, '"([^"]*)"|(\S+)', 'g') m
                       where coalesce(m[1], m[2]) <> 'OR' and (m[1] is not null or m[2] !~ '^-')) $$;
create function @extschema@.pgroonga_normalize(target text) returns text
    language sql immutable strict parallel safe as $$ select lower(normalize(target, NFKC)) $$;
create function @extschema@.pgroonga_normalize(target text, normalizername text) returns text
    language sql immutable strict parallel safe as $$ select lower(normalize(target, NFKC)) $$;
create function @extschema@.pgroonga_tokenize(target text, VARIADIC options text[]) returns json[]
    language sql immutable strict parallel safe
    as $$ select array(select json_build_object('value', w) from regexp_split_to_table(target, '\s+') w where w <> '') $$;
create function @extschema@.pgroonga_escape(value text) returns text
    language sql immutable strict parallel safe as $$ select '"' || replace(replace(value, '\', '\\'), '"', '\"') || '"' $$;
create function @extschema@.pgroonga_escape(value text, special_characters text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(value, '([' || regexp_replace(special_characters, '([\]\[\\^-])', '\\\1', 'g') || '])', '\\\1', 'g') $$;
create function @extschema@.pgroonga_escape(value boolean) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value smallint) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value integer) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value bigint) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value real) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value double precision) returns text
    language sql immutable strict parallel safe as $$ select value::text $$;
create function @extschema@.pgroonga_escape(value timestamp without time zone) returns text
    language sql immutable strict parallel safe as $$ select '"' || value::text || '"' $$;
create function @extschema@.pgroonga_escape(value timestamp with time zone) returns text
    language sql immutable strict parallel safe as $$ select '"' || value::text || '"' $$;
create function @extschema@.pgroonga_query_escape(query text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(query, '([+\-><~*()"\\:])', '\\\1', 'g') $$;
create function @extschema@.pgroonga_command_escape_value(value text) returns text
    language sql immutable strict parallel safe as $$ select '"' || replace(replace(value, '\', '\\'), '"', '\"') || '"' $$;
create function @extschema@.pgroonga_is_writable() returns boolean
    language sql volatile strict as $$ select true $$;
create function @extschema@.pgroonga_set_writable(newwritable boolean) returns boolean
    language sql volatile strict as $$ select true $$;
create function @extschema@.pgroonga_list_lagged_indexes() returns SETOF text
    language sql volatile strict as $$ select null::text where false $$;
create function @extschema@.pgroonga_list_broken_indexes() returns SETOF text
    language sql volatile strict as $$ select null::text where false $$;
create function @extschema@.pgroonga_wal_apply() returns bigint
    language sql volatile strict as $$ select 0::bigint $$;
create function @extschema@.pgroonga_wal_truncate() returns bigint
    language sql volatile strict as $$ select 0::bigint $$;
create function @extschema@.pgroonga_result_to_jsonb_objects(result jsonb) returns jsonb
    language sql immutable strict parallel safe as $$ select '[]'::jsonb $$;
create function @extschema@.pgroonga_condition(query text DEFAULT NULL::text, weights integer[] DEFAULT NULL::integer[],
        scorers text[] DEFAULT NULL::text[], schema_name text DEFAULT NULL::text, index_name text DEFAULT NULL::text,
        column_name text DEFAULT NULL::text, fuzzy_max_distance_ratio real DEFAULT NULL::real)
    returns @extschema@.pgroonga_condition
    language sql immutable parallel safe
    as $$ select row(query, weights, scorers, schema_name, index_name, column_name, fuzzy_max_distance_ratio)::@extschema@.pgroonga_condition $$;

-- operator classes: they let `using pgroonga (column)` build (over pg_trgm's GIN code,
-- or the server's for arrays and jsonb); no operator is served, so searches scan
create function @extschema@._pgroonga_standin_extract_value(text, internal) returns internal
    language c immutable strict as '$libdir/pg_trgm', 'gin_extract_value_trgm';
create function @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal) returns internal
    language c immutable strict as '$libdir/pg_trgm', 'gin_extract_query_trgm';
create function @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal) returns boolean
    language c immutable strict as '$libdir/pg_trgm', 'gin_trgm_consistent';

create operator class @extschema@.pgroonga_text_full_text_search_ops_v2 default for type text using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_text_term_search_ops_v2 for type text using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_text_regexp_ops_v2 for type text using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_varchar_full_text_search_ops_v2 for type character varying using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_varchar_term_search_ops_v2 for type character varying using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_varchar_regexp_ops_v2 for type character varying using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_varchar_ops default for type character varying using pgroonga as
    function 1 pg_catalog.btint4cmp(integer, integer),
    function 2 @extschema@._pgroonga_standin_extract_value(text, internal),
    function 3 @extschema@._pgroonga_standin_extract_query(text, internal, smallint, internal, internal, internal, internal),
    function 4 @extschema@._pgroonga_standin_consistent(internal, smallint, text, integer, internal, internal, internal, internal),
    storage integer;
create operator class @extschema@.pgroonga_text_array_full_text_search_ops_v2 default for type text[] using pgroonga as
    function 1 pg_catalog.bttextcmp(text, text),
    function 2 pg_catalog.ginarrayextract(anyarray, internal, internal),
    function 3 pg_catalog.ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
    function 4 pg_catalog.ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    storage text;
create operator class @extschema@.pgroonga_text_array_term_search_ops_v2 for type text[] using pgroonga as
    function 1 pg_catalog.bttextcmp(text, text),
    function 2 pg_catalog.ginarrayextract(anyarray, internal, internal),
    function 3 pg_catalog.ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
    function 4 pg_catalog.ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    storage text;
create operator class @extschema@.pgroonga_varchar_array_term_search_ops_v2 default for type character varying[] using pgroonga as
    function 1 pg_catalog.bttextcmp(text, text),
    function 2 pg_catalog.ginarrayextract(anyarray, internal, internal),
    function 3 pg_catalog.ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
    function 4 pg_catalog.ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    storage text;
create operator class @extschema@.pgroonga_jsonb_ops_v2 default for type jsonb using pgroonga as
    function 1 pg_catalog.gin_compare_jsonb(text, text),
    function 2 pg_catalog.gin_extract_jsonb(jsonb, internal, internal),
    function 3 pg_catalog.gin_extract_jsonb_query(jsonb, internal, smallint, internal, internal, internal, internal),
    function 4 pg_catalog.gin_consistent_jsonb(internal, smallint, jsonb, integer, internal, internal, internal, internal),
    storage text;
create operator class @extschema@.pgroonga_jsonb_full_text_search_ops_v2 for type jsonb using pgroonga as
    function 1 pg_catalog.gin_compare_jsonb(text, text),
    function 2 pg_catalog.gin_extract_jsonb(jsonb, internal, internal),
    function 3 pg_catalog.gin_extract_jsonb_query(jsonb, internal, smallint, internal, internal, internal, internal),
    function 4 pg_catalog.gin_consistent_jsonb(internal, smallint, jsonb, integer, internal, internal, internal, internal),
    storage text;
