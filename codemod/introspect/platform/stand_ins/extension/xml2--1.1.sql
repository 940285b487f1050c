-- Stand-in for xml2 (1.1) in schemasync's shadow database: schemasync's own SQL, written from
-- the extension's documented interface. The server is built without libxml, so the XPath and
-- XSLT functions fail when called.

create function @extschema@.xml_encode_special_chars(text) returns text
language sql immutable strict parallel safe
as $$
    select pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
        pg_catalog.replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), E'\r', '&#13;')
$$;

create function @extschema@.xml_valid(text) returns boolean
language plpgsql stable strict parallel safe
as $$ begin raise exception 'xml_valid() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_string(text, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xpath_string() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_number(text, text) returns real
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xpath_number() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_bool(text, text) returns boolean
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xpath_bool() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_nodeset(text, text, text, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xpath_nodeset() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_nodeset(text, text) returns text
language sql immutable strict parallel safe
as $$ select @extschema@.xpath_nodeset($1, $2, '', '') $$;

create function @extschema@.xpath_nodeset(text, text, text) returns text
language sql immutable strict parallel safe
as $$ select @extschema@.xpath_nodeset($1, $2, '', $3) $$;

create function @extschema@.xpath_list(text, text, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xpath_list() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xpath_list(text, text) returns text
language sql immutable strict parallel safe
as $$ select @extschema@.xpath_list($1, $2, ',') $$;

create function @extschema@.xpath_table(text, text, text, text, text) returns setof record
language plpgsql stable strict parallel safe
as $$ begin raise exception 'xpath_table() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xslt_process(text, text, text) returns text
language plpgsql volatile strict parallel safe
as $$ begin raise exception 'xslt_process() is not available in schemasync''s shadow database (no libxml)'; end $$;

create function @extschema@.xslt_process(text, text) returns text
language plpgsql immutable strict parallel safe
as $$ begin raise exception 'xslt_process() is not available in schemasync''s shadow database (no libxml)'; end $$;
