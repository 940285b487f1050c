-- Stand-in for the http extension (pgsql-http 1.6) in schemasync's shadow database:
-- schemasync's own SQL, written from the extension's documented interface. The types and
-- helpers work; anything that would make a request fails when called.

create domain @extschema@.http_method as text;
create domain @extschema@.content_type as text check (value ~ '^\S+\/\S+');

create type @extschema@.http_header as (
    field character varying,
    value character varying
);

create type @extschema@.http_response as (
    status integer,
    content_type character varying,
    headers @extschema@.http_header[],
    content character varying
);

create type @extschema@.http_request as (
    method @extschema@.http_method,
    uri character varying,
    headers @extschema@.http_header[],
    content_type character varying,
    content character varying
);

create function @extschema@.http_set_curlopt(curlopt character varying, value character varying)
returns boolean
language sql
as $$ select true $$;

create function @extschema@.http_reset_curlopt() returns boolean
language sql
as $$ select true $$;

create function @extschema@.http_list_curlopt() returns table (curlopt text, value text)
language sql
as $$ select null::text, null::text where false $$;

create function @extschema@.http_header(field character varying, value character varying)
returns @extschema@.http_header
language sql
as $$ select field, value $$;

create function @extschema@.http(request @extschema@.http_request) returns @extschema@.http_response
language plpgsql
as $$
begin
    raise exception 'http % % is not sent: the http extension is not available in schemasync''s shadow database',
        (request).method, (request).uri;
end
$$;

create function @extschema@.urlencode(string bytea) returns text
language sql immutable strict
as $$
    select coalesce(pg_catalog.string_agg(
        case
            when pg_catalog.get_byte(string, i) between 48 and 57
                or pg_catalog.get_byte(string, i) between 65 and 90
                or pg_catalog.get_byte(string, i) between 97 and 122
                or pg_catalog.get_byte(string, i) in (45, 46, 95, 126)
                then pg_catalog.chr(pg_catalog.get_byte(string, i))
            else '%' || pg_catalog.upper(pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(string, i)), 2, '0'))
        end, '' order by i), '')
    from pg_catalog.generate_series(0, pg_catalog.length(string) - 1) as i
$$;

create function @extschema@.urlencode(string character varying) returns text
language sql immutable strict
as $$ select @extschema@.urlencode(pg_catalog.convert_to(string, 'UTF8')) $$;

create function @extschema@.urlencode(data jsonb) returns text
language sql immutable strict
as $$
    select coalesce(pg_catalog.string_agg(
        @extschema@.urlencode(pg_catalog.convert_to(e.key, 'UTF8')) || '='
            || @extschema@.urlencode(pg_catalog.convert_to(coalesce(e.value, ''), 'UTF8')),
        '&'), '')
    from pg_catalog.jsonb_each_text(data) as e
$$;

create function @extschema@.text_to_bytea(data text) returns bytea
language sql immutable strict
as $$ select pg_catalog.convert_to(data, pg_catalog.getdatabaseencoding()) $$;

create function @extschema@.bytea_to_text(data bytea) returns text
language sql immutable strict
as $$ select pg_catalog.convert_from(data, pg_catalog.getdatabaseencoding()) $$;

create function @extschema@.http_get(uri character varying) returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('GET', uri, null, null, null)::@extschema@.http_request) $$;

create function @extschema@.http_get(uri character varying, data jsonb) returns @extschema@.http_response
language sql
as $$
    select @extschema@.http(('GET', uri || '?' || @extschema@.urlencode(data), null, null, null)::@extschema@.http_request)
$$;

create function @extschema@.http_post(uri character varying, content character varying, content_type character varying)
returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('POST', uri, null, content_type, content)::@extschema@.http_request) $$;

create function @extschema@.http_post(uri character varying, data jsonb) returns @extschema@.http_response
language sql
as $$
    select @extschema@.http(('POST', uri, null, 'application/x-www-form-urlencoded',
        @extschema@.urlencode(data))::@extschema@.http_request)
$$;

create function @extschema@.http_put(uri character varying, content character varying, content_type character varying)
returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('PUT', uri, null, content_type, content)::@extschema@.http_request) $$;

create function @extschema@.http_patch(uri character varying, content character varying, content_type character varying)
returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('PATCH', uri, null, content_type, content)::@extschema@.http_request) $$;

create function @extschema@.http_delete(uri character varying) returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('DELETE', uri, null, null, null)::@extschema@.http_request) $$;

create function @extschema@.http_delete(uri character varying, content character varying, content_type character varying)
returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('DELETE', uri, null, content_type, content)::@extschema@.http_request) $$;

create function @extschema@.http_head(uri character varying) returns @extschema@.http_response
language sql
as $$ select @extschema@.http(('HEAD', uri, null, null, null)::@extschema@.http_request) $$;
