-- Stand-in for pgTAP 1.2 (extension pgtap): schemasync's SQL, written from the
-- extension's documented interface, so that migrations which create and use it apply
-- in a shadow database. Functions keep their real signatures; those without a body
-- here fail when called.

\echo Use "CREATE EXTENSION pgtap" to load this file. \quit

create type _time_trial_type as (a_time numeric);



set check_function_bodies = off;
create function _add(text, integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_add() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _add(text, integer, text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_add() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _alike(boolean, anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_alike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ancestor_of(name, name, integer) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ancestor_of(name, name, name, name, integer) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _areni(text, text[], text[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_areni() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _are(text, name[], name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _array_to_sorted_string(name[], text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_array_to_sorted_string() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _assets_are(text, text[], text[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_assets_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cast_exists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cast_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cast_exists(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cast_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cast_exists(name, name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cast_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cdi(name, name, anyelement) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cdi() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cdi(name, name, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cdi() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cdi(name, name, name, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cdi() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cexists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cexists(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ckeys(name, character) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ckeys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ckeys(name, name, character) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ckeys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cleanup() returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cleanup() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _cmp_types(oid, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_cmp_types() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _col_is_null(name, name, name, text, boolean) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_col_is_null() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _col_is_null(name, name, text, boolean) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_col_is_null() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _constraint(name, character, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_constraint() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _constraint(name, name, character, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_constraint() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _contract_on(text) returns "char"
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_contract_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _currtest() returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_currtest() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _db_privs() returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_db_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _def_is(text, text, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_def_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _definer(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _definer(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _definer(name, name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _definer(name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _dexists(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_dexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _dexists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_dexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _do_ne(text, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_do_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _docomp(text, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_docomp() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _error_diag(text, text, text, text, text, text, text, text, text, text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_error_diag() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _expand_context(character) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_expand_context() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _expand_on(character) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_expand_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _expand_vol(character) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_expand_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ext_exists(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ext_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ext_exists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ext_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extensions() returns SETOF name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extensions() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extensions(name) returns SETOF name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extensions() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extras(character, name, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extras() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extras(character, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extras() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extras(character[], name, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extras() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _extras(character[], name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_extras() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _finish(integer, integer, integer, boolean DEFAULT NULL::boolean) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_finish() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _fkexists(name, name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_fkexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _fkexists(name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_fkexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _fprivs_are(text, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_fprivs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _func_compare(name, name, anyelement, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_func_compare() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _func_compare(name, name, boolean, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_func_compare() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _func_compare(name, name, name[], anyelement, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_func_compare() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _func_compare(name, name, name[], boolean, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_func_compare() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _funkargs(name[]) returns text
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_funkargs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_ac_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_ac_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_col_ns_type(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_col_ns_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_col_privs(name, text, name) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_col_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_col_type(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_col_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_col_type(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_col_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_context(name, name) returns "char"
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_context() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_db_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_db_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_db_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_db_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_dtype(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_dtype() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_dtype(name, text, boolean) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_dtype() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_fdw_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_fdw_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_func_owner(name, name, name[]) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_func_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_func_owner(name, name[]) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_func_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_func_privs(text, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_func_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_index_owner(name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_index_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_index_owner(name, name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_index_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_lang_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_lang_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_language_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_language_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_latest(text) returns integer[]
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_get_latest() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_latest(text, integer) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_get_latest() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_note(integer) returns text
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_get_note() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_note(text) returns text
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_get_note() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_opclass_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_opclass_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_opclass_owner(name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_opclass_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(character, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(character, name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(character[], name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(character[], name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_rel_owner(name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_rel_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_schema_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_schema_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_schema_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_schema_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_sequence_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_sequence_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_server_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_server_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_table_privs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_table_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_tablespace_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_tablespace_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_tablespaceprivs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_tablespaceprivs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_type_owner(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_type_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get_type_owner(name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_get_type_owner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _get(text) returns integer
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_get() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _got_func(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_got_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _got_func(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_got_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _got_func(name, name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_got_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _got_func(name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_got_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _grolist(name) returns oid[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_grolist() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_def(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_has_def() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_def(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_has_def() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_group(name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_has_group() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_role(name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_has_role() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_type(name, character[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_has_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_type(name, name, character[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_has_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _has_user(name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_has_user() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _hasc(name, character) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_hasc() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _hasc(name, name, character) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_hasc() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _have_index(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_have_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _have_index(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_have_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ident_array_to_sorted_string(name[], text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_ident_array_to_sorted_string() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ident_array_to_string(name[], text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_ident_array_to_string() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ikeys(name, name) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ikeys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _ikeys(name, name, name) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_ikeys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _inherited(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_inherited() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _inherited(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_inherited() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_indexed(name, name, text[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_instead(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_instead(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_schema(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_is_schema() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_super(name) returns boolean
    language plpgsql volatile strict as $$ begin raise exception feature_not_supported using message = '_is_super() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_trusted(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_is_trusted() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _is_verbose() returns boolean
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_is_verbose() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _keys(name, character) returns SETOF name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_keys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _keys(name, name, character) returns SETOF name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_keys() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _lang(name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_lang() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _lang(name, name) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_lang() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _lang(name, name, name[]) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_lang() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _lang(name, name[]) returns name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_lang() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _missing(character, name, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_missing() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _missing(character, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_missing() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _missing(character[], name, name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_missing() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _missing(character[], name[]) returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_missing() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _nosuch(name, name, name[]) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_nosuch() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _op_exists(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_op_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _op_exists(name, name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_op_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _op_exists(name, name, name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_op_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _opc_exists(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_opc_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _opc_exists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_opc_exists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _partof(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_partof() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _partof(name, name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_partof() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _parts(name) returns SETOF name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_parts() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _parts(name, name) returns SETOF name
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_parts() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _pg_sv_column_array(oid, smallint[]) returns name[]
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_pg_sv_column_array() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _pg_sv_table_accessible(oid, oid) returns boolean
    language plpgsql immutable strict as $$ begin raise exception feature_not_supported using message = '_pg_sv_table_accessible() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _pg_sv_type_array(oid[]) returns name[]
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_pg_sv_type_array() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _prokind(p_oid oid) returns "char"
    language plpgsql stable as $$ begin raise exception feature_not_supported using message = '_prokind() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _query(text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_query() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _quote_ident_like(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_quote_ident_like() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _refine_vol(text) returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = '_refine_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relcomp(text, anyarray, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relcomp() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relcomp(text, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relcomp() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relcomp(text, text, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relcomp() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relexists(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relexists(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relne(text, anyarray, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _relne(text, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_relne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _returns(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _returns(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _returns(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _returns(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rexists(character, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rexists(character, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rexists(character[], name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rexists(character[], name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rexists() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rule_on(name, name) returns "char"
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rule_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _rule_on(name, name, name) returns "char"
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_rule_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _runem(text[], boolean) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_runem() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _runner(text[], text[], text[], text[], text[]) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_runner() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _set(integer, integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_set() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _set(text, integer) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_set() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _set(text, integer, text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_set() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _strict(name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _strict(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _strict(name, name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _strict(name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _table_privs() returns name[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_table_privs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _temptable(anyarray, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_temptable() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _temptable(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_temptable() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _temptypes(text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_temptypes() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _time_trials(text, integer, numeric) returns SETOF _time_trial_type
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_time_trials() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _tlike(boolean, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_tlike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _todo() returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_todo() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _trig(name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_trig() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _trig(name, name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_trig() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _type_func("char", name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_type_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _type_func("char", name, name) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_type_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _type_func("char", name, name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_type_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _type_func("char", name, name[]) returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_type_func() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _types_are(name, name[], text, character[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _types_are(name[], text, character[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _unalike(boolean, anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_unalike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _vol(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _vol(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _vol(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function _vol(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = '_vol() is not available in schemasync''s stand-in for pgtap'; end $$;
create function add_result(boolean, boolean, text, text, text) returns integer
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'add_result() is not available in schemasync''s stand-in for pgtap'; end $$;
create function any_column_privs_are(name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'any_column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function any_column_privs_are(name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'any_column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function any_column_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'any_column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function any_column_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'any_column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_hasnt(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_hasnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_hasnt(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_hasnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_has(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_has() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_has(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_has() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_ne(text, anyarray) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_ne(text, anyarray, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_ne(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function bag_ne(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'bag_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function can(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'can() is not available in schemasync''s stand-in for pgtap'; end $$;
create function can(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'can() is not available in schemasync''s stand-in for pgtap'; end $$;
create function can(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'can() is not available in schemasync''s stand-in for pgtap'; end $$;
create function can(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'can() is not available in schemasync''s stand-in for pgtap'; end $$;
create function cast_context_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'cast_context_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function cast_context_is(name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'cast_context_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function casts_are(text[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'casts_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function casts_are(text[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'casts_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function check_test(text, boolean) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'check_test() is not available in schemasync''s stand-in for pgtap'; end $$;
create function check_test(text, boolean, text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'check_test() is not available in schemasync''s stand-in for pgtap'; end $$;
create function check_test(text, boolean, text, text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'check_test() is not available in schemasync''s stand-in for pgtap'; end $$;
create function check_test(text, boolean, text, text, text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'check_test() is not available in schemasync''s stand-in for pgtap'; end $$;
create function check_test(text, boolean, text, text, text, boolean) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'check_test() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, anyelement) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, name, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_default_is(name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_default_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_has_check(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_fk(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_fk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function col_isnt_pk(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'col_isnt_pk() is not available in schemasync''s stand-in for pgtap'; end $$;
create function collect_tap(VARIADIC text[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'collect_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function collect_tap(character varying[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'collect_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function column_privs_are(name, name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function column_privs_are(name, name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function column_privs_are(name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function column_privs_are(name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'column_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function composite_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'composite_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function composite_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'composite_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function composite_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'composite_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function composite_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'composite_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function database_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'database_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function database_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'database_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function db_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'db_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function db_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'db_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function diag_test_name(text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'diag_test_name() is not available in schemasync''s stand-in for pgtap'; end $$;
create function display_oper(name, oid) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'display_oper() is not available in schemasync''s stand-in for pgtap'; end $$;
create function do_tap() returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'do_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function do_tap(name) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'do_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function do_tap(name, text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'do_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function do_tap(text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'do_tap() is not available in schemasync''s stand-in for pgtap'; end $$;
create function doesnt_imatch(anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'doesnt_imatch() is not available in schemasync''s stand-in for pgtap'; end $$;
create function doesnt_imatch(anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'doesnt_imatch() is not available in schemasync''s stand-in for pgtap'; end $$;
create function doesnt_match(anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'doesnt_match() is not available in schemasync''s stand-in for pgtap'; end $$;
create function doesnt_match(anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'doesnt_match() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(name, text, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(name, text, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(name, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(name, text, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(name, text, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(name, text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_isnt(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_isnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domain_type_is(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domain_type_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domains_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domains_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domains_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domains_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domains_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domains_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function domains_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'domains_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function enums_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'enums_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function enums_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'enums_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function enums_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'enums_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function enums_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'enums_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fdw_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fdw_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fdw_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fdw_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function findfuncs(name, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findfuncs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function findfuncs(name, text, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findfuncs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function findfuncs(text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findfuncs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function findfuncs(text, text) returns text[]
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'findfuncs() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name[], name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name, name[], name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name[], name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function fk_ok(name, name[], name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'fk_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_table_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_table_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_table_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_table_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_tables_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_tables_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_tables_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_tables_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_tables_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_tables_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function foreign_tables_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'foreign_tables_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name, name[], name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name, name[], name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name[], name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_lang_is(name, name[], name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_lang_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_owner_is(name, name, name[], name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_owner_is(name, name, name[], name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_owner_is(name, name[], name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_owner_is(name, name[], name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_privs_are(name, name, name[], name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_privs_are(name, name, name[], name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_privs_are(name, name[], name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_privs_are(name, name[], name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function function_returns(name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'function_returns() is not available in schemasync''s stand-in for pgtap'; end $$;
create function functions_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'functions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function functions_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'functions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function groups_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'groups_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function groups_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'groups_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_cast(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_check(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_check(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_check(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_check() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_function(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_function(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_function(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_function(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_group(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_group() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_group(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_group() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_index(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_inherited_tables(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_inherited_tables(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_inherited_tables(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_inherited_tables(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_language(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_language() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_language(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_language() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_leftop(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_opclass(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_opclass(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_opclass(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_opclass(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_operator(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rightop(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rule(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rule(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rule(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_rule(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_tablespace(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_tablespace() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_tablespace(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_tablespace() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_tablespace(name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_tablespace() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_unique(text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_unique(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function has_unique(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'has_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_cast(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_cast() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_function(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_function(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_function(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_function(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_group(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_group() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_group(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_group() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_index(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_index(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_index(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_index(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_index() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_inherited_tables(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_inherited_tables(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_inherited_tables(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_inherited_tables(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_inherited_tables() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_language(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_language() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_language(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_language() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_leftop(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_leftop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_opclass(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_opclass(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_opclass(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_opclass(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_opclass() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_operator(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_operator() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rightop(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rightop() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rule(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rule(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rule(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_rule(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_rule() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_tablespace(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_tablespace() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_tablespace(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_tablespace() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_trigger(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_trigger() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_trigger(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_trigger() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_trigger(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_trigger() is not available in schemasync''s stand-in for pgtap'; end $$;
create function hasnt_trigger(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'hasnt_trigger() is not available in schemasync''s stand-in for pgtap'; end $$;
create function ialike(anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'ialike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function ialike(anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'ialike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function in_todo() returns boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'in_todo() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_primary(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_primary() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_primary(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_primary() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_primary(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_primary() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_primary(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_primary() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_type(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_type(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_type(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_type(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_type() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_unique(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_unique(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_unique(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_is_unique(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_is_unique() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_owner_is(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_owner_is(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function index_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'index_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_aggregate(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_ancestor_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_clustered(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_clustered() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_clustered(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_clustered() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_clustered(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_clustered() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_clustered(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_clustered() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_definer(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_descendent_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_indexed(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_indexed() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_member_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_member_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_member_of(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_member_of(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_normal_function(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partition_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partition_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partition_of(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partition_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partition_of(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partition_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partition_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partition_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partitioned(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partitioned(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partitioned(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_partitioned(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_procedure(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_strict(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_superuser(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_superuser() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_superuser(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_superuser() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function is_window(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'is_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_aggregate(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_aggregate() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_ancestor_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_ancestor_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_definer(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_definer() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, name, name, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, name, name, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_descendent_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_descendent_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_member_of(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_member_of(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_member_of(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_member_of(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_member_of() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_normal_function(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_normal_function() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_partitioned(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_partitioned(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_partitioned(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_partitioned(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_partitioned() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_procedure(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_procedure() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_strict(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_strict() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_superuser(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_superuser() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_superuser(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_superuser() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function isnt_window(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'isnt_window() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_is_trusted(name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_is_trusted() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_is_trusted(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_is_trusted() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function language_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'language_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function languages_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'languages_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function languages_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'languages_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_view_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_view_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_view_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_view_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_views_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_views_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_views_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_views_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_views_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_views_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function materialized_views_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'materialized_views_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclass_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclass_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclass_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclass_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclass_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclass_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclass_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclass_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclasses_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclasses_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclasses_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclasses_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclasses_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclasses_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function opclasses_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'opclasses_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function operators_are(name, text[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'operators_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function operators_are(name, text[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'operators_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function operators_are(text[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'operators_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function operators_are(text[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'operators_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function os_name() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'os_name() is not available in schemasync''s stand-in for pgtap'; end $$;
create function partitions_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'partitions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function partitions_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'partitions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function partitions_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'partitions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function partitions_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'partitions_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_ok(text, numeric) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_ok(text, numeric, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_ok() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_within(text, numeric, numeric) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_within() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_within(text, numeric, numeric, integer) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_within() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_within(text, numeric, numeric, integer, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_within() is not available in schemasync''s stand-in for pgtap'; end $$;
create function performs_within(text, numeric, numeric, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'performs_within() is not available in schemasync''s stand-in for pgtap'; end $$;
create function pg_version() returns text
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'pg_version() is not available in schemasync''s stand-in for pgtap'; end $$;
create function pg_version_num() returns integer
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'pg_version_num() is not available in schemasync''s stand-in for pgtap'; end $$;
create function pgtap_version() returns numeric
    language plpgsql immutable as $$ begin raise exception feature_not_supported using message = 'pgtap_version() is not available in schemasync''s stand-in for pgtap'; end $$;
create function relation_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'relation_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function relation_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'relation_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function relation_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'relation_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function relation_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'relation_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function roles_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'roles_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function roles_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'roles_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function row_eq(text, anyelement) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'row_eq() is not available in schemasync''s stand-in for pgtap'; end $$;
create function row_eq(text, anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'row_eq() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_instead(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_instead(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_instead(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_instead(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_instead() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_on(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_on(name, name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_on(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rule_is_on(name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rule_is_on() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rules_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rules_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rules_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rules_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rules_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rules_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function rules_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'rules_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function runtests() returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'runtests() is not available in schemasync''s stand-in for pgtap'; end $$;
create function runtests(name) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'runtests() is not available in schemasync''s stand-in for pgtap'; end $$;
create function runtests(name, text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'runtests() is not available in schemasync''s stand-in for pgtap'; end $$;
create function runtests(text) returns SETOF text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'runtests() is not available in schemasync''s stand-in for pgtap'; end $$;
create function schema_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'schema_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function schema_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'schema_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function schema_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'schema_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function schema_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'schema_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_privs_are(name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_privs_are(name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function sequence_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'sequence_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function server_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'server_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function server_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'server_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_hasnt(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_hasnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_hasnt(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_hasnt() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_has(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_has() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_has(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_has() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_ne(text, anyarray) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_ne(text, anyarray, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_ne(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function set_ne(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'set_ne() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_privs_are(name, name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_privs_are(name, name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function table_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'table_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespace_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespace_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespace_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespace_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespace_privs_are(name, name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespace_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespace_privs_are(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespace_privs_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespaces_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespaces_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function tablespaces_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'tablespaces_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function throws_imatching(text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'throws_imatching() is not available in schemasync''s stand-in for pgtap'; end $$;
create function throws_imatching(text, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'throws_imatching() is not available in schemasync''s stand-in for pgtap'; end $$;
create function todo_end() returns SETOF boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'todo_end() is not available in schemasync''s stand-in for pgtap'; end $$;
create function todo_start() returns SETOF boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'todo_start() is not available in schemasync''s stand-in for pgtap'; end $$;
create function todo_start(text) returns SETOF boolean
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'todo_start() is not available in schemasync''s stand-in for pgtap'; end $$;
create function trigger_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'trigger_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function trigger_is(name, name, name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'trigger_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function trigger_is(name, name, name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'trigger_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function trigger_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'trigger_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function type_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'type_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function type_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'type_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function type_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'type_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function type_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'type_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function types_are(name, name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function types_are(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function types_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function types_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'types_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function unialike(anyelement, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'unialike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function unialike(anyelement, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'unialike() is not available in schemasync''s stand-in for pgtap'; end $$;
create function users_are(name[]) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'users_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function users_are(name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'users_are() is not available in schemasync''s stand-in for pgtap'; end $$;
create function view_owner_is(name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function view_owner_is(name, name, name) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function view_owner_is(name, name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function view_owner_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'view_owner_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name[], text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, name[], text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
create function volatility_is(name, text, text) returns text
    language plpgsql volatile as $$ begin raise exception feature_not_supported using message = 'volatility_is() is not available in schemasync''s stand-in for pgtap'; end $$;
reset check_function_bodies;

-- ---------------------------------------------------------------------------
-- The test run's state (planned, run and failed counts) lives in session
-- settings; the _tap_standin_* helpers are schemasync's own, not pgTAP's.
-- ---------------------------------------------------------------------------

create function _tap_standin_get(k text) returns integer
    language sql stable
    as $$ select coalesce(nullif(current_setting('pgtap_standin.' || k, true), '')::integer, 0) $$;

create function _tap_standin_set(k text, v integer) returns integer
    language sql volatile
    as $$ select set_config('pgtap_standin.' || k, v::text, false)::integer $$;

create function _tap_standin_diag_lines(msg text) returns text
    language sql immutable strict
    as $$ select '# ' || replace(msg, E'\n', E'\n# ') $$;

-- one test: its TAP line, and the diagnostics of a failure
create function _tap_standin_ok(pass boolean, descr text, failure text) returns text
    language plpgsql volatile as $$
declare
    n integer := _tap_standin_set('run', _tap_standin_get('run') + 1);
    line text;
begin
    pass := coalesce(pass, false);
    line := case when pass then 'ok ' else 'not ok ' end || n
        || case when coalesce(descr, '') <> '' then ' - ' || replace(descr, E'\n', E'\n# ') else '' end;
    if not pass then
        perform _tap_standin_set('failed', _tap_standin_get('failed') + 1);
        line := line || E'\n' || _tap_standin_diag_lines(
            'Failed test ' || n || case when coalesce(descr, '') <> '' then ': "' || descr || '"' else '' end)
            || coalesce(E'\n' || _tap_standin_diag_lines(failure), '');
    end if;
    return line;
end $$;

-- compare two lists of names: the diagnostics name the extra and the missing ones
create function _tap_standin_names_are(have name[], want name[], descr text) returns text
    language plpgsql volatile as $$
declare
    extra name[] := array(select unnest(have) except select unnest(want) order by 1);
    missing name[] := array(select unnest(want) except select unnest(have) order by 1);
    msg text := '';
begin
    if cardinality(extra) > 0 then
        msg := E'    Extra:\n        ' || array_to_string(extra, E'\n        ');
    end if;
    if cardinality(missing) > 0 then
        msg := msg || case when msg = '' then '' else E'\n' end
            || E'    Missing:\n        ' || array_to_string(missing, E'\n        ');
    end if;
    return _tap_standin_ok(msg = '', descr, nullif(msg, ''));
end $$;

-- the rows of a query or cursor, each as its text form
create function _tap_standin_rows(c refcursor) returns text[]
    language plpgsql volatile as $$
declare
    r record;
    rows text[] := '{}';
begin
    loop
        fetch c into r;
        exit when not found;
        rows := rows || r::text;
    end loop;
    return rows;
end $$;

create function _tap_standin_rows(query text) returns text[]
    language plpgsql volatile as $$
declare
    c refcursor;
begin
    if query !~* '^\s*(select|with|values|table|execute)\s' and query ~ '^\s*"?[A-Za-z_][A-Za-z0-9_$]*"?\s*$' then
        query := 'execute ' || query;  -- a prepared statement's name
    end if;
    open c for execute query;
    return _tap_standin_rows(c);
end $$;

create function _tap_standin_rows(a anyarray) returns text[]
    language sql stable
    as $$ select coalesce(array_agg(row(e)::text order by n), '{}') from unnest(a) with ordinality as u(e, n) $$;

create function _tap_standin_rows_cmp(have text[], want text[], how text, descr text) returns text
    language plpgsql volatile as $$
declare
    same boolean;
    msg text;
begin
    same := case how
        when 'results' then have = want
        when 'set' then array(select distinct unnest(have) order by 1) = array(select distinct unnest(want) order by 1)
        else array(select unnest(have) order by 1) = array(select unnest(want) order by 1) end;
    if not same then
        msg := E'    have: ' || array_to_string(have, ', ') || E'\n    want: ' || array_to_string(want, ', ');
    end if;
    return _tap_standin_ok(same, descr, msg);
end $$;

-- run a statement; compare its error with the one wanted
create function _tap_standin_throws(query text, errcode text, errmsg text, descr text, how text) returns text
    language plpgsql volatile as $$
declare
    state text;
    message text;
begin
    if query ~ '^\s*"?[A-Za-z_][A-Za-z0-9_$]*"?\s*$' then
        query := 'execute ' || query;
    end if;
    begin
        execute query;
    exception when others then
        get stacked diagnostics state = returned_sqlstate, message = message_text;
    end;
    descr := coalesce(descr, case when how = 'lives' then null
        when errcode is not null or errmsg is not null
            then 'threw ' || concat_ws(': ', errcode, errmsg) else 'threw an exception' end);
    if how = 'lives' then
        return _tap_standin_ok(state is null, descr, '    died: ' || state || ': ' || message);
    elsif state is null then
        return _tap_standin_ok(false, descr, E'    caught: no exception\n    wanted: ' || coalesce(errcode, errmsg, 'an exception'));
    elsif how = 'like' then
        return _tap_standin_ok(message like errmsg, descr, E'    error message: ' || message || E'\n       doesn''t match: ' || errmsg);
    elsif how = 'ilike' then
        return _tap_standin_ok(message ilike errmsg, descr, E'    error message: ' || message || E'\n       doesn''t match: ' || errmsg);
    elsif how = 'matching' then
        return _tap_standin_ok(message ~ errmsg, descr, E'    error message: ' || message || E'\n       doesn''t match: ' || errmsg);
    end if;
    return _tap_standin_ok((errcode is null or state = errcode) and (errmsg is null or message = errmsg), descr,
        E'    caught: ' || state || ': ' || message || E'\n    wanted: ' || concat_ws(': ', coalesce(errcode, state), errmsg));
end $$;

-- does a catalogue object exist? kind: a relkind list, 'schema', 'type', 'enum', 'domain',
-- 'extension', 'role', 'function'
create function _tap_standin_exists(kind text, sch name, obj name) returns boolean
    language sql stable as $$
    select case
        when kind = 'schema' then exists (select from pg_namespace where nspname = obj)
        when kind = 'role' then exists (select from pg_roles where rolname = obj)
        when kind = 'user' then exists (select from pg_roles where rolname = obj and rolcanlogin)
        when kind = 'extension' then exists (select from pg_extension e where extname = obj
            and (sch is null or e.extnamespace::regnamespace::name = sch))
        when kind = 'function' then exists (select from pg_proc p where proname = obj
            and (case when sch is null then pg_function_is_visible(p.oid) else p.pronamespace::regnamespace::name = sch end))
        when kind in ('type', 'enum', 'domain') then exists (select from pg_type t where typname = obj
            and (kind = 'type' or t.typtype = case kind when 'enum' then 'e' else 'd' end)
            and (case when sch is null then pg_type_is_visible(t.oid) else t.typnamespace::regnamespace::name = sch end))
        else exists (select from pg_class c where relname = obj and strpos(kind, c.relkind::text) > 0
            and (case when sch is null then pg_table_is_visible(c.oid) else c.relnamespace::regnamespace::name = sch end))
    end
$$;

create function _tap_standin_has(kind text, label text, sch name, obj name, descr text, want boolean) returns text
    language sql volatile as $$
    select _tap_standin_ok(_tap_standin_exists(kind, sch, obj) = want,
        coalesce(descr, label || ' ' || case when sch is null then quote_ident(obj) else quote_ident(sch) || '.' || quote_ident(obj) end
            || case when want then ' should exist' else ' should not exist' end), null)
$$;

-- the relation a (schema, table) pair or a visible table name means
create function _tap_standin_rel(sch name, tab name) returns oid
    language sql stable as $$
    select c.oid from pg_class c
    where c.relname = tab and (case when sch is null then pg_table_is_visible(c.oid) else c.relnamespace::regnamespace::name = sch end)
    limit 1
$$;

create function _tap_standin_col(sch name, tab name, col name) returns pg_attribute
    language sql stable as $$
    select a.* from pg_attribute a
    where a.attrelid = _tap_standin_rel(sch, tab) and a.attname = col and a.attnum > 0 and not a.attisdropped
$$;

create function _tap_standin_label(sch name, tab name, col name default null) returns text
    language sql immutable as $$
    select concat_ws('.', quote_ident(sch), quote_ident(tab), quote_ident(col))
$$;

create function _tap_standin_col_check(what text, sch name, tab name, col name, descr text, arg text default null) returns text
    language plpgsql volatile as $$
declare
    a pg_attribute := _tap_standin_col(sch, tab, col);
    have text;
    label text := _tap_standin_label(sch, tab, col);
begin
    if a.attname is null and what <> 'hasnt' then
        return _tap_standin_ok(false, coalesce(descr, 'Column ' || label || ' should exist'), '    Column ' || label || ' does not exist');
    end if;
    if what = 'has' then
        return _tap_standin_ok(true, coalesce(descr, 'Column ' || label || ' should exist'), null);
    elsif what = 'hasnt' then
        return _tap_standin_ok(a.attname is null, coalesce(descr, 'Column ' || label || ' should not exist'), null);
    elsif what = 'not_null' then
        return _tap_standin_ok(a.attnotnull, coalesce(descr, 'Column ' || label || ' should be NOT NULL'), null);
    elsif what = 'null' then
        return _tap_standin_ok(not a.attnotnull, coalesce(descr, 'Column ' || label || ' should allow NULL'), null);
    elsif what = 'default' then
        return _tap_standin_ok(a.atthasdef, coalesce(descr, 'Column ' || label || ' should have a default'), null);
    elsif what = 'no_default' then
        return _tap_standin_ok(not a.atthasdef, coalesce(descr, 'Column ' || label || ' should not have a default'), null);
    elsif what = 'type' then
        have := format_type(a.atttypid, a.atttypmod);
        return _tap_standin_ok(
            lower(have) = lower(arg) or (arg !~ '\(' and to_regtype(arg) = a.atttypid)
                or (arg ~ '\(' and to_regtype(arg) = a.atttypid and lower(regexp_replace(have, '\s', '', 'g')) like '%' || lower(regexp_replace(substring(arg from '\(.*$'), '\s', '', 'g'))),
            coalesce(descr, 'Column ' || label || ' should be type ' || arg),
            E'        have: ' || have || E'\n        want: ' || arg);
    end if;
    raise exception 'unknown column check %', what;
end $$;

create function _tap_standin_keycols(rel oid, contype "char") returns name[]
    language sql stable as $$
    select array(select a.attname from pg_constraint k, unnest(k.conkey) with ordinality as u(attnum, n)
                 join pg_attribute a on a.attrelid = rel and a.attnum = u.attnum
                 where k.conrelid = rel and k.contype = $2 order by k.oid, u.n)
$$;

create function _tap_standin_key(kind "char", label text, sch name, tab name, cols name[], descr text, want boolean) returns text
    language plpgsql volatile as $$
declare
    rel oid := _tap_standin_rel(sch, tab);
    found boolean;
begin
    if cols is null then
        found := exists (select from pg_constraint where conrelid = rel and contype = kind);
        return _tap_standin_ok(found = want, coalesce(descr, 'Table ' || _tap_standin_label(sch, tab)
            || case when want then ' should have a ' else ' should not have a ' end || label), null);
    end if;
    found := exists (select from pg_constraint k where k.conrelid = rel and k.contype = kind
        and array(select a.attname from unnest(k.conkey) with ordinality as u(attnum, n)
                  join pg_attribute a on a.attrelid = rel and a.attnum = u.attnum order by u.n) = cols);
    return _tap_standin_ok(found, coalesce(descr, 'Column ' || _tap_standin_label(sch, tab)
        || '(' || array_to_string(cols, ', ') || ') should be a ' || label), null);
end $$;

-- ---------------------------------------------------------------------------
-- plan, results, diagnostics
-- ---------------------------------------------------------------------------

create function plan(integer) returns text
    language plpgsql volatile strict as $$
begin
    if _tap_standin_get('plan') <> 0 then
        raise exception 'You tried to plan twice!';
    end if;
    perform _tap_standin_set('plan', $1), _tap_standin_set('run', 0), _tap_standin_set('failed', 0);
    return '1..' || $1;
end $$;

create function no_plan() returns setof boolean
    language plpgsql volatile strict as $$
begin
    perform _tap_standin_set('plan', -1), _tap_standin_set('run', 0), _tap_standin_set('failed', 0);
    return;
end $$;

create function num_failed() returns integer
    language sql volatile as $$ select _tap_standin_get('failed') $$;

create function finish(exception_on_failure boolean DEFAULT NULL::boolean) returns setof text
    language plpgsql volatile as $$
declare
    planned integer := _tap_standin_get('plan');
    ran integer := _tap_standin_get('run');
    failed integer := _tap_standin_get('failed');
    bad boolean := false;
begin
    perform _tap_standin_set('plan', 0);
    if planned = 0 and ran = 0 then
        return;
    end if;
    if planned = -1 then
        return next '1..' || ran;
    elsif ran <> planned then
        bad := true;
        return next _tap_standin_diag_lines('Looks like you planned ' || planned || ' test'
            || case when planned = 1 then '' else 's' end || ' but ran ' || ran);
    end if;
    if failed > 0 then
        bad := true;
        return next _tap_standin_diag_lines('Looks like you failed ' || failed || ' test'
            || case when failed = 1 then '' else 's' end || ' of ' || ran);
    end if;
    if bad and coalesce(exception_on_failure, false) then
        raise exception 'pgTAP: % of % tests failed', failed, ran;
    end if;
end $$;

create function diag(msg text) returns text
    language sql volatile strict as $$ select _tap_standin_diag_lines(msg) $$;

create function diag(msg anyelement) returns text
    language sql volatile as $$ select _tap_standin_diag_lines(msg::text) $$;

create function diag(VARIADIC text[]) returns text
    language sql volatile as $$ select _tap_standin_diag_lines(array_to_string($1, '')) $$;

create function diag(VARIADIC anyarray) returns text
    language sql volatile as $$ select _tap_standin_diag_lines(array_to_string($1, '')) $$;

create function ok(boolean, text) returns text
    language sql volatile as $$ select _tap_standin_ok($1, $2, case when $1 is null then '    (test result was NULL)' end) $$;

create function ok(boolean) returns text
    language sql volatile as $$ select ok($1, null) $$;

create function pass(text) returns text
    language sql volatile as $$ select _tap_standin_ok(true, $1, null) $$;

create function pass() returns text
    language sql volatile as $$ select _tap_standin_ok(true, null, null) $$;

create function fail(text) returns text
    language sql volatile as $$ select _tap_standin_ok(false, $1, null) $$;

create function fail() returns text
    language sql volatile as $$ select _tap_standin_ok(false, null, null) $$;

create function "is"(anyelement, anyelement, text) returns text
    language plpgsql volatile as $$
begin
    return _tap_standin_ok($1 is not distinct from $2, $3,
        E'        have: ' || coalesce($1::text, 'NULL') || E'\n        want: ' || coalesce($2::text, 'NULL'));
end $$;

create function "is"(anyelement, anyelement) returns text
    language sql volatile as $$ select "is"($1, $2, null) $$;

create function isnt(anyelement, anyelement, text) returns text
    language plpgsql volatile as $$
begin
    return _tap_standin_ok($1 is distinct from $2, $3,
        E'        have: ' || coalesce($1::text, 'NULL') || E'\n        want: anything else');
end $$;

create function isnt(anyelement, anyelement) returns text
    language sql volatile as $$ select isnt($1, $2, null) $$;

create function matches(anyelement, text, text) returns text
    language sql volatile as $$ select _tap_standin_ok($1::text ~ $2, $3, E'                  ' || coalesce(quote_literal($1::text), 'NULL') || E'\n   doesn''t match: ' || quote_literal($2)) $$;
create function matches(anyelement, text) returns text
    language sql volatile as $$ select matches($1, $2, null) $$;
create function imatches(anyelement, text, text) returns text
    language sql volatile as $$ select _tap_standin_ok($1::text ~* $2, $3, E'                  ' || coalesce(quote_literal($1::text), 'NULL') || E'\n   doesn''t match: ' || quote_literal($2)) $$;
create function imatches(anyelement, text) returns text
    language sql volatile as $$ select imatches($1, $2, null) $$;
create function alike(anyelement, text, text) returns text
    language sql volatile as $$ select _tap_standin_ok($1::text like $2, $3, E'                  ' || coalesce(quote_literal($1::text), 'NULL') || E'\n   doesn''t match: ' || quote_literal($2)) $$;
create function alike(anyelement, text) returns text
    language sql volatile as $$ select alike($1, $2, null) $$;
create function unalike(anyelement, text, text) returns text
    language sql volatile as $$ select _tap_standin_ok(not ($1::text like $2), $3, E'                  ' || coalesce(quote_literal($1::text), 'NULL') || E'\n         matches: ' || quote_literal($2)) $$;
create function unalike(anyelement, text) returns text
    language sql volatile as $$ select unalike($1, $2, null) $$;

create function cmp_ok(anyelement, text, anyelement, text) returns text
    language plpgsql volatile as $$
declare
    result boolean;
begin
    execute format('select $1 %s $2', $2) into result using $1, $3;
    return _tap_standin_ok(result, $4, E'    ' || coalesce(quote_literal($1::text), 'NULL') || E'\n        ' || $2
        || E'\n    ' || coalesce(quote_literal($3::text), 'NULL'));
end $$;
create function cmp_ok(anyelement, text, anyelement) returns text
    language sql volatile as $$ select cmp_ok($1, $2, $3, null) $$;

create function isa_ok(anyelement, regtype, text) returns text
    language sql volatile as $$ select _tap_standin_ok(pg_typeof($1) = $2, coalesce($3, 'the value') || ' isa ' || $2::text,
        '    ' || coalesce($3, 'the value') || ' isn''t a "' || $2::text || '" it''s a "' || pg_typeof($1)::text || '"') $$;
create function isa_ok(anyelement, regtype) returns text
    language sql volatile as $$ select isa_ok($1, $2, null) $$;

create function skip(why text, how_many integer) returns text
    language sql volatile as $$
    select string_agg('ok ' || _tap_standin_set('run', _tap_standin_get('run') + 1) || ' # SKIP' || coalesce(' ' || why, ''), E'\n')
    from generate_series(1, greatest(how_many, 1))
$$;
create function skip(text) returns text
    language sql volatile as $$ select skip($1, 1) $$;
create function skip(integer, text) returns text
    language sql volatile as $$ select skip($2, $1) $$;
create function skip(integer) returns text
    language sql volatile as $$ select skip(null::text, $1) $$;

create function todo(why text, how_many integer) returns setof boolean
    language sql volatile as $$ select true where false $$;
create function todo(how_many integer, why text) returns setof boolean
    language sql volatile as $$ select true where false $$;
create function todo(why text) returns setof boolean
    language sql volatile as $$ select true where false $$;
create function todo(how_many integer) returns setof boolean
    language sql volatile as $$ select true where false $$;

-- ---------------------------------------------------------------------------
-- assertions over the helpers above
-- ---------------------------------------------------------------------------

create function throws_ok(text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, null, null, 'ok') $$;

create function throws_ok(text, text) returns text
    language sql volatile
    as $$ select case when $2 ~ '^[0-9A-Z]{5}$' then _tap_standin_throws($1, $2, null, null, 'ok') else _tap_standin_throws($1, null, $2, null, 'ok') end $$;

create function throws_ok(text, text, text) returns text
    language sql volatile
    as $$ select case when $2 ~ '^[0-9A-Z]{5}$' then _tap_standin_throws($1, $2, $3, null, 'ok') else _tap_standin_throws($1, null, $2, $3, 'ok') end $$;

create function throws_ok(text, character, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, $2, $3, $4, 'ok') $$;

create function throws_ok(text, integer) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, lpad($2::text, 5, '0'), null, null, 'ok') $$;

create function throws_ok(text, integer, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, lpad($2::text, 5, '0'), $3, null, 'ok') $$;

create function throws_ok(text, integer, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, lpad($2::text, 5, '0'), $3, $4, 'ok') $$;

create function lives_ok(text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, null, null, 'lives') $$;

create function lives_ok(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, null, $2, 'lives') $$;

create function throws_like(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, 'Should throw exception like ' || quote_literal($2), 'like') $$;

create function throws_like(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, $3, 'like') $$;

create function throws_ilike(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, 'Should throw exception ilike ' || quote_literal($2), 'ilike') $$;

create function throws_ilike(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, $3, 'ilike') $$;

create function throws_matching(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, 'Should throw exception matching ' || quote_literal($2), 'matching') $$;

create function throws_matching(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_throws($1, null, $2, $3, 'matching') $$;

create function results_eq(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_eq(text, refcursor) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(text, refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_eq(text, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(text, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_eq(refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(refcursor, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_eq(refcursor, refcursor) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(refcursor, refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_eq(refcursor, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', null) $$;

create function results_eq(refcursor, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'results', $3) $$;

create function results_ne(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function results_ne(text, refcursor) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(text, refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function results_ne(text, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(text, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function results_ne(refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(refcursor, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function results_ne(refcursor, refcursor) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(refcursor, refcursor, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function results_ne(refcursor, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), null, '    the results are the same') $$;

create function results_ne(refcursor, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(_tap_standin_rows($1) <> _tap_standin_rows($2), $3, '    the results are the same') $$;

create function set_eq(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'set', null) $$;

create function set_eq(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'set', $3) $$;

create function set_eq(text, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'set', null) $$;

create function set_eq(text, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'set', $3) $$;

create function bag_eq(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'bag', null) $$;

create function bag_eq(text, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'bag', $3) $$;

create function bag_eq(text, anyarray) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'bag', null) $$;

create function bag_eq(text, anyarray, text) returns text
    language sql volatile
    as $$ select _tap_standin_rows_cmp(_tap_standin_rows($1), _tap_standin_rows($2), 'bag', $3) $$;

create function is_empty(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(cardinality(_tap_standin_rows($1)) = 0, $2, '    Unexpected records:' || E'\n        ' || array_to_string(_tap_standin_rows($1), E'\n        ')) $$;

create function is_empty(text) returns text
    language sql volatile
    as $$ select is_empty($1, null) $$;

create function isnt_empty(text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(cardinality(_tap_standin_rows($1)) > 0, $2, null) $$;

create function isnt_empty(text) returns text
    language sql volatile
    as $$ select isnt_empty($1, null) $$;

create function has_table(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', null, $1, null, true) $$;

create function has_table(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', null, $1, $2, true) $$;

create function has_table(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', $1, $2, null, true) $$;

create function has_table(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', $1, $2, $3, true) $$;

create function hasnt_table(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', null, $1, null, false) $$;

create function hasnt_table(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', null, $1, $2, false) $$;

create function hasnt_table(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', $1, $2, null, false) $$;

create function hasnt_table(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rp', 'Table', $1, $2, $3, false) $$;

create function has_view(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', null, $1, null, true) $$;

create function has_view(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', null, $1, $2, true) $$;

create function has_view(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', $1, $2, null, true) $$;

create function has_view(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', $1, $2, $3, true) $$;

create function hasnt_view(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', null, $1, null, false) $$;

create function hasnt_view(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', null, $1, $2, false) $$;

create function hasnt_view(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', $1, $2, null, false) $$;

create function hasnt_view(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('v', 'View', $1, $2, $3, false) $$;

create function has_materialized_view(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', null, $1, null, true) $$;

create function has_materialized_view(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', null, $1, $2, true) $$;

create function has_materialized_view(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', $1, $2, $3, true) $$;

create function hasnt_materialized_view(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', null, $1, null, false) $$;

create function hasnt_materialized_view(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', null, $1, $2, false) $$;

create function hasnt_materialized_view(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('m', 'Materialized view', $1, $2, $3, false) $$;

create function has_sequence(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', null, $1, null, true) $$;

create function has_sequence(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', null, $1, $2, true) $$;

create function has_sequence(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', $1, $2, null, true) $$;

create function has_sequence(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', $1, $2, $3, true) $$;

create function hasnt_sequence(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', null, $1, null, false) $$;

create function hasnt_sequence(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', null, $1, $2, false) $$;

create function hasnt_sequence(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('S', 'Sequence', $1, $2, $3, false) $$;

create function has_foreign_table(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', null, $1, null, true) $$;

create function has_foreign_table(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', null, $1, $2, true) $$;

create function has_foreign_table(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', $1, $2, null, true) $$;

create function has_foreign_table(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', $1, $2, $3, true) $$;

create function hasnt_foreign_table(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', null, $1, null, false) $$;

create function hasnt_foreign_table(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', null, $1, $2, false) $$;

create function hasnt_foreign_table(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', $1, $2, null, false) $$;

create function hasnt_foreign_table(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('f', 'Foreign table', $1, $2, $3, false) $$;

create function has_relation(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', null, $1, null, true) $$;

create function has_relation(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', null, $1, $2, true) $$;

create function has_relation(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', $1, $2, $3, true) $$;

create function hasnt_relation(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', null, $1, null, false) $$;

create function hasnt_relation(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', null, $1, $2, false) $$;

create function hasnt_relation(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('rpvmSfci', 'Relation', $1, $2, $3, false) $$;

create function has_composite(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', null, $1, null, true) $$;

create function has_composite(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', null, $1, $2, true) $$;

create function has_composite(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', $1, $2, $3, true) $$;

create function hasnt_composite(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', null, $1, null, false) $$;

create function hasnt_composite(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', null, $1, $2, false) $$;

create function hasnt_composite(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('c', 'Composite type', $1, $2, $3, false) $$;

create function has_type(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', null, $1, null, true) $$;

create function has_type(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', null, $1, $2, true) $$;

create function has_type(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', $1, $2, null, true) $$;

create function has_type(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', $1, $2, $3, true) $$;

create function hasnt_type(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', null, $1, null, false) $$;

create function hasnt_type(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', null, $1, $2, false) $$;

create function hasnt_type(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', $1, $2, null, false) $$;

create function hasnt_type(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('type', 'Type', $1, $2, $3, false) $$;

create function has_domain(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', null, $1, null, true) $$;

create function has_domain(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', null, $1, $2, true) $$;

create function has_domain(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', $1, $2, null, true) $$;

create function has_domain(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', $1, $2, $3, true) $$;

create function hasnt_domain(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', null, $1, null, false) $$;

create function hasnt_domain(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', null, $1, $2, false) $$;

create function hasnt_domain(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', $1, $2, null, false) $$;

create function hasnt_domain(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('domain', 'Domain', $1, $2, $3, false) $$;

create function has_enum(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', null, $1, null, true) $$;

create function has_enum(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', null, $1, $2, true) $$;

create function has_enum(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', $1, $2, null, true) $$;

create function has_enum(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', $1, $2, $3, true) $$;

create function hasnt_enum(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', null, $1, null, false) $$;

create function hasnt_enum(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', null, $1, $2, false) $$;

create function hasnt_enum(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', $1, $2, null, false) $$;

create function hasnt_enum(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('enum', 'Enum', $1, $2, $3, false) $$;

create function has_extension(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', null, $1, null, true) $$;

create function has_extension(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', null, $1, $2, true) $$;

create function has_extension(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', $1, $2, null, true) $$;

create function has_extension(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', $1, $2, $3, true) $$;

create function hasnt_extension(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', null, $1, null, false) $$;

create function hasnt_extension(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', null, $1, $2, false) $$;

create function hasnt_extension(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', $1, $2, null, false) $$;

create function hasnt_extension(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('extension', 'Extension', $1, $2, $3, false) $$;

create function has_function(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', null, $1, null, true) $$;

create function has_function(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', null, $1, $2, true) $$;

create function has_function(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', $1, $2, null, true) $$;

create function has_function(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', $1, $2, $3, true) $$;

create function hasnt_function(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', null, $1, null, false) $$;

create function hasnt_function(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', null, $1, $2, false) $$;

create function hasnt_function(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', $1, $2, null, false) $$;

create function hasnt_function(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('function', 'Function', $1, $2, $3, false) $$;

create function has_schema(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('schema', 'Schema', null, $1, null, true) $$;

create function has_schema(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('schema', 'Schema', null, $1, $2, true) $$;

create function hasnt_schema(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('schema', 'Schema', null, $1, null, false) $$;

create function hasnt_schema(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('schema', 'Schema', null, $1, $2, false) $$;

create function has_role(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('role', 'Role', null, $1, null, true) $$;

create function has_role(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('role', 'Role', null, $1, $2, true) $$;

create function hasnt_role(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('role', 'Role', null, $1, null, false) $$;

create function hasnt_role(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('role', 'Role', null, $1, $2, false) $$;

create function has_user(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('user', 'User', null, $1, null, true) $$;

create function has_user(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('user', 'User', null, $1, $2, true) $$;

create function hasnt_user(name) returns text
    language sql volatile
    as $$ select _tap_standin_has('user', 'User', null, $1, null, false) $$;

create function hasnt_user(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_has('user', 'User', null, $1, $2, false) $$;

create function has_column(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('has', null, $1, $2, null) $$;

create function has_column(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('has', null, $1, $2, $3) $$;

create function has_column(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('has', $1, $2, $3, $4) $$;

create function hasnt_column(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('hasnt', null, $1, $2, null) $$;

create function hasnt_column(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('hasnt', null, $1, $2, $3) $$;

create function hasnt_column(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('hasnt', $1, $2, $3, $4) $$;

create function col_has_default(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('default', null, $1, $2, null) $$;

create function col_has_default(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('default', null, $1, $2, $3) $$;

create function col_has_default(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('default', $1, $2, $3, $4) $$;

create function col_hasnt_default(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('no_default', null, $1, $2, null) $$;

create function col_hasnt_default(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('no_default', null, $1, $2, $3) $$;

create function col_hasnt_default(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('no_default', $1, $2, $3, $4) $$;

create function col_not_null(schema_name name, table_name name, column_name name, description text DEFAULT NULL::text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('not_null', schema_name, table_name, column_name, description) $$;

create function col_not_null(table_name name, column_name name, description text DEFAULT NULL::text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('not_null', null, table_name, column_name, description) $$;

create function col_is_null(schema_name name, table_name name, column_name name, description text DEFAULT NULL::text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('null', schema_name, table_name, column_name, description) $$;

create function col_is_null(table_name name, column_name name, description text DEFAULT NULL::text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('null', null, table_name, column_name, description) $$;

create function col_type_is(name, name, name, name, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', $1, $2, $3, $6, $4 || '.' || $5) $$;

create function col_type_is(name, name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', $1, $2, $3, null, $4 || '.' || $5) $$;

create function col_type_is(name, name, name, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', $1, $2, $3, $5, $4) $$;

create function col_type_is(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', $1, $2, $3, null, $4) $$;

create function col_type_is(name, name, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', null, $1, $2, $4, $3) $$;

create function col_type_is(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_col_check('type', null, $1, $2, null, $3) $$;

create function has_pk(name) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, null, null, true) $$;

create function has_pk(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, null, $2, true) $$;

create function has_pk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', $1, $2, null, $3, true) $$;

create function hasnt_pk(name) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, null, null, false) $$;

create function hasnt_pk(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, null, $2, false) $$;

create function hasnt_pk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', $1, $2, null, $3, false) $$;

create function has_fk(name) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, null, null, true) $$;

create function has_fk(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, null, $2, true) $$;

create function has_fk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', $1, $2, null, $3, true) $$;

create function hasnt_fk(name) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, null, null, false) $$;

create function hasnt_fk(name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, null, $2, false) $$;

create function hasnt_fk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', $1, $2, null, $3, false) $$;

create function col_is_pk(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, array[$2], null, true) $$;

create function col_is_pk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, array[$2], $3, true) $$;

create function col_is_pk(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', $1, $2, array[$3], $4, true) $$;

create function col_is_pk(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, $2, null, true) $$;

create function col_is_pk(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', null, $1, $2, $3, true) $$;

create function col_is_pk(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('p', 'primary key', $1, $2, $3, $4, true) $$;

create function col_is_fk(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, array[$2], null, true) $$;

create function col_is_fk(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, array[$2], $3, true) $$;

create function col_is_fk(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', $1, $2, array[$3], $4, true) $$;

create function col_is_fk(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, $2, null, true) $$;

create function col_is_fk(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', null, $1, $2, $3, true) $$;

create function col_is_fk(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('f', 'foreign key', $1, $2, $3, $4, true) $$;

create function col_is_unique(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', null, $1, array[$2], null, true) $$;

create function col_is_unique(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', null, $1, array[$2], $3, true) $$;

create function col_is_unique(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', $1, $2, array[$3], $4, true) $$;

create function col_is_unique(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', null, $1, $2, null, true) $$;

create function col_is_unique(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', null, $1, $2, $3, true) $$;

create function col_is_unique(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', $1, $2, $3, $4, true) $$;

create function col_is_unique(name, name, name) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', $1, $2, array[$3], null, true) $$;

create function col_is_unique(name, name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_key('u', 'unique key', $1, $2, $3, null, true) $$;

create function tables_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{r,p}') and c.relnamespace::regnamespace::name = $1), $2, $3) $$;

create function tables_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{r,p}') and c.relnamespace::regnamespace::name = $1), $2, 'Schema ' || quote_ident($1) || ' should have the correct tables') $$;

create function tables_are(name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{r,p}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, $2) $$;

create function tables_are(name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{r,p}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, 'Search path should have the correct tables') $$;

create function views_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{v}') and c.relnamespace::regnamespace::name = $1), $2, $3) $$;

create function views_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{v}') and c.relnamespace::regnamespace::name = $1), $2, 'Schema ' || quote_ident($1) || ' should have the correct views') $$;

create function views_are(name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{v}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, $2) $$;

create function views_are(name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{v}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, 'Search path should have the correct views') $$;

create function sequences_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{S}') and c.relnamespace::regnamespace::name = $1), $2, $3) $$;

create function sequences_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{S}') and c.relnamespace::regnamespace::name = $1), $2, 'Schema ' || quote_ident($1) || ' should have the correct sequences') $$;

create function sequences_are(name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{S}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, $2) $$;

create function sequences_are(name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_class c where c.relkind = any('{S}') and pg_table_is_visible(c.oid) and c.relnamespace::regnamespace::name not in ('pg_catalog', 'information_schema')), $1, 'Search path should have the correct sequences') $$;

create function functions_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select distinct p.proname from pg_proc p where p.pronamespace::regnamespace::name = $1), $2, $3) $$;

create function functions_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select distinct p.proname from pg_proc p where p.pronamespace::regnamespace::name = $1), $2, 'Schema ' || quote_ident($1) || ' should have the correct functions') $$;

create function schemas_are(name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select nspname from pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema'), $1, $2) $$;

create function schemas_are(name[]) returns text
    language sql volatile
    as $$ select schemas_are($1, 'There should be the correct schemas') $$;

create function extensions_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select extname from pg_extension where extnamespace::regnamespace::name = $1), $2, $3) $$;

create function extensions_are(name, name[]) returns text
    language sql volatile
    as $$ select extensions_are($1, $2, 'Schema ' || quote_ident($1) || ' should have the correct extensions') $$;

create function extensions_are(name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select extname from pg_extension), $1, $2) $$;

create function extensions_are(name[]) returns text
    language sql volatile
    as $$ select extensions_are($1, 'Should have the correct extensions') $$;

create function columns_are(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select a.attname from pg_attribute a where a.attrelid = _tap_standin_rel($1, $2) and a.attnum > 0 and not a.attisdropped), $3, $4) $$;

create function columns_are(name, name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select a.attname from pg_attribute a where a.attrelid = _tap_standin_rel($1, $2) and a.attnum > 0 and not a.attisdropped), $3, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have the correct columns') $$;

create function columns_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select a.attname from pg_attribute a where a.attrelid = _tap_standin_rel(null, $1) and a.attnum > 0 and not a.attisdropped), $2, $3) $$;

create function columns_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select a.attname from pg_attribute a where a.attrelid = _tap_standin_rel(null, $1) and a.attnum > 0 and not a.attisdropped), $2, 'Table ' || quote_ident($1) || ' should have the correct columns') $$;

create function policies_are(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select p.polname from pg_policy p where p.polrelid = _tap_standin_rel($1, $2)), $3, $4) $$;

create function policies_are(name, name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select p.polname from pg_policy p where p.polrelid = _tap_standin_rel($1, $2)), $3, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have the correct policies') $$;

create function policies_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select p.polname from pg_policy p where p.polrelid = _tap_standin_rel(null, $1)), $2, $3) $$;

create function policies_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select p.polname from pg_policy p where p.polrelid = _tap_standin_rel(null, $1)), $2, 'Table ' || quote_ident($1) || ' should have the correct policies') $$;

create function indexes_are(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel($1, $2)), $3, $4) $$;

create function indexes_are(name, name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel($1, $2)), $3, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have the correct indexes') $$;

create function indexes_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel(null, $1)), $2, $3) $$;

create function indexes_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel(null, $1)), $2, 'Table ' || quote_ident($1) || ' should have the correct indexes') $$;

create function triggers_are(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select t.tgname from pg_trigger t where t.tgrelid = _tap_standin_rel($1, $2) and not t.tgisinternal), $3, $4) $$;

create function triggers_are(name, name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select t.tgname from pg_trigger t where t.tgrelid = _tap_standin_rel($1, $2) and not t.tgisinternal), $3, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have the correct triggers') $$;

create function triggers_are(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select t.tgname from pg_trigger t where t.tgrelid = _tap_standin_rel(null, $1) and not t.tgisinternal), $2, $3) $$;

create function triggers_are(name, name[]) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select t.tgname from pg_trigger t where t.tgrelid = _tap_standin_rel(null, $1) and not t.tgisinternal), $2, 'Table ' || quote_ident($1) || ' should have the correct triggers') $$;

create function has_index(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel(null, $1) and c.relname = $2), 'Index ' || quote_ident($2) || ' should exist', null) $$;

create function has_index(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel(null, $1) and c.relname = $2), $3, null) $$;

create function has_index(name, name, name) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = _tap_standin_rel($1, $2) and c.relname = $3), 'Index ' || quote_ident($3) || ' should exist', null) $$;

create function has_trigger(name, name) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_trigger t where t.tgrelid = _tap_standin_rel(null, $1) and t.tgname = $2), 'Table ' || quote_ident($1) || ' should have trigger ' || quote_ident($2), null) $$;

create function has_trigger(name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_trigger t where t.tgrelid = _tap_standin_rel(null, $1) and t.tgname = $2), $3, null) $$;

create function has_trigger(name, name, name) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_trigger t where t.tgrelid = _tap_standin_rel($1, $2) and t.tgname = $3), 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have trigger ' || quote_ident($3), null) $$;

create function has_trigger(name, name, name, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(exists (select from pg_trigger t where t.tgrelid = _tap_standin_rel($1, $2) and t.tgname = $3), $4, null) $$;

create function policy_cmd_is(name, name, name, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok((select case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end from pg_policy p where p.polrelid = _tap_standin_rel($1, $2) and p.polname = $3) = upper($4), $5, '        have: ' || coalesce((select case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end from pg_policy p where p.polrelid = _tap_standin_rel($1, $2) and p.polname = $3), 'no such policy') || E'\n        want: ' || upper($4)) $$;

create function policy_cmd_is(name, name, name, text) returns text
    language sql volatile
    as $$ select policy_cmd_is($1, $2, $3, $4, 'Policy ' || quote_ident($3) || ' for table ' || quote_ident($1) || '.' || quote_ident($2) || ' should apply to ' || upper($4) || ' command') $$;

create function policy_cmd_is(name, name, text, text) returns text
    language sql volatile
    as $$ select _tap_standin_ok((select case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end from pg_policy p where p.polrelid = _tap_standin_rel(null, $1) and p.polname = $2) = upper($3), $4, '        have: ' || coalesce((select case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end from pg_policy p where p.polrelid = _tap_standin_rel(null, $1) and p.polname = $2), 'no such policy') || E'\n        want: ' || upper($3)) $$;

create function policy_cmd_is(name, name, text) returns text
    language sql volatile
    as $$ select policy_cmd_is($1, $2, $3, 'Policy ' || quote_ident($2) || ' for table ' || quote_ident($1) || ' should apply to ' || upper($3) || ' command') $$;

create function policy_roles_are(name, name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select case when r = 0 then 'public'::name else r::regrole::name end from pg_policy p, unnest(p.polroles) r where p.polrelid = _tap_standin_rel($1, $2) and p.polname = $3), $4, $5) $$;

create function policy_roles_are(name, name, name, name[]) returns text
    language sql volatile
    as $$ select policy_roles_are($1, $2, $3, $4, 'Policy ' || quote_ident($3) || ' for table ' || quote_ident($1) || '.' || quote_ident($2) || ' should have the correct roles') $$;

create function policy_roles_are(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_names_are(array(select case when r = 0 then 'public'::name else r::regrole::name end from pg_policy p, unnest(p.polroles) r where p.polrelid = _tap_standin_rel(null, $1) and p.polname = $2), $3, $4) $$;

create function policy_roles_are(name, name, name[]) returns text
    language sql volatile
    as $$ select policy_roles_are($1, $2, $3, 'Policy ' || quote_ident($2) || ' for table ' || quote_ident($1) || ' should have the correct roles') $$;

create function enum_has_labels(name, name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(array(select e.enumlabel::name from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $2 and t.typnamespace::regnamespace::name = $1 order by e.enumsortorder) = $3, $4, '        have: ' || array_to_string(array(select e.enumlabel::name from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $2 and t.typnamespace::regnamespace::name = $1 order by e.enumsortorder), ', ') || E'\n        want: ' || array_to_string($3, ', ')) $$;

create function enum_has_labels(name, name, name[]) returns text
    language sql volatile
    as $$ select enum_has_labels($1, $2, $3, 'Enum ' || quote_ident($1) || '.' || quote_ident($2) || ' should have labels (' || array_to_string($3, ', ') || ')') $$;

create function enum_has_labels(name, name[], text) returns text
    language sql volatile
    as $$ select _tap_standin_ok(array(select e.enumlabel::name from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $1 and pg_type_is_visible(t.oid) order by e.enumsortorder) = $2, $3, '        have: ' || array_to_string(array(select e.enumlabel::name from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $1 and pg_type_is_visible(t.oid) order by e.enumsortorder), ', ') || E'\n        want: ' || array_to_string($2, ', ')) $$;

create function enum_has_labels(name, name[]) returns text
    language sql volatile
    as $$ select enum_has_labels($1, $2, 'Enum ' || quote_ident($1) || ' should have labels (' || array_to_string($2, ', ') || ')') $$;


create view pg_all_foreign_keys as select
    null::name as fk_schema_name,
    null::name as fk_table_name,
    null::name as fk_constraint_name,
    null::oid as fk_table_oid,
    null::name[] as fk_columns,
    null::name as pk_schema_name,
    null::name as pk_table_name,
    null::name as pk_constraint_name,
    null::oid as pk_table_oid,
    null::name as pk_index_name,
    null::name[] as pk_columns,
    null::text as match_type,
    null::text as on_delete,
    null::text as on_update,
    null::boolean as is_deferrable,
    null::boolean as is_deferred
where false;
create view tap_funky as select
    null::oid as oid,
    null::name as schema,
    null::name as name,
    null::name as owner,
    null::text as args,
    null::text as returns,
    null::oid as langoid,
    null::boolean as is_strict,
    null::"char" as kind,
    null::boolean as is_definer,
    null::boolean as returns_set,
    null::character(1) as volatility,
    null::boolean as is_visible
where false;
