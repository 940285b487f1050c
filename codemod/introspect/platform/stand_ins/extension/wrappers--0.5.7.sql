-- Stand-in for Supabase Wrappers (wrappers 0.5.7) in schemasync's shadow database:
-- schemasync's own SQL, written from the extension's documented interface. Every wrapper's
-- handler, validator and meta function exists, so foreign data wrappers, servers and foreign
-- tables can be declared; the handlers are postgres_fdw's, so nothing remote is ever read.

create function airtable_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function airtable_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function airtable_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Airtable Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function auth0_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function auth0_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function auth0_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Auth0 Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function big_query_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function big_query_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function big_query_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'BigQuery Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function click_house_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function click_house_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function click_house_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'ClickHouse Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function cognito_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function cognito_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function cognito_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Cognito Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function duckdb_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function duckdb_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function duckdb_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'DuckDB Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function dynamo_db_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function dynamo_db_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function dynamo_db_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'DynamoDB Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function firebase_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function firebase_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function firebase_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Firebase Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function hello_world_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function hello_world_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function hello_world_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Hello World Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function iceberg_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function iceberg_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function iceberg_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Iceberg Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function logflare_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function logflare_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function logflare_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Logflare Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function mssql_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function mssql_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function mssql_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'SQL Server Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function mysql_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function mysql_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function mysql_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'MySQL Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function redis_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function redis_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function redis_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Redis Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function s3_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function s3_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function s3_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'S3 Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function s3_vectors_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function s3_vectors_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function s3_vectors_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'S3 Vectors Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function stripe_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function stripe_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function stripe_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Stripe Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

create function wasm_fdw_handler() returns fdw_handler
language c strict
as '$libdir/postgres_fdw', 'postgres_fdw_handler';

create function wasm_fdw_validator(options text[], catalog oid) returns void
language plpgsql strict
as $$
begin
end
$$;

create function wasm_fdw_meta() returns table (name text, version text, author text, website text)
language sql strict
as $$ select 'Wasm Wrapper'::text, '0.5.7'::text, 'Supabase'::text, 'https://github.com/supabase/wrappers'::text $$;

-- S3 Vectors' vector type: stored as its text form.
create type s3vec;

create function s3vec_in(input cstring) returns s3vec
language internal immutable strict parallel safe
as 'textin';

create function s3vec_out(input s3vec) returns cstring
language internal immutable strict parallel safe
as 'textout';

create type s3vec (
    input = s3vec_in,
    output = s3vec_out,
    internallength = variable,
    storage = extended,
    category = 'U'
);

create function s3vec_distance(s3vec s3vec) returns real
language plpgsql immutable strict parallel safe
as $$
begin
    raise exception 's3vec_distance() is only evaluated by the S3 Vectors wrapper, which is not available in schemasync''s shadow database';
end
$$;

create function s3vec_knn(_left s3vec, _right s3vec) returns boolean
language plpgsql immutable strict parallel safe
as $$
begin
    raise exception 's3vec_knn() is only evaluated by the S3 Vectors wrapper, which is not available in schemasync''s shadow database';
end
$$;

create function metadata_filter(_left jsonb, _right jsonb) returns boolean
language sql immutable strict parallel safe
as $$ select _left @> _right $$;

create table wrappers_fdw_stats (
    fdw_name text not null primary key,
    create_times bigint,
    rows_in bigint,
    rows_out bigint,
    bytes_in bigint,
    bytes_out bigint,
    metadata jsonb,
    created_at timestamptz not null default pg_catalog.timezone('utc', pg_catalog.now()),
    updated_at timestamptz not null default pg_catalog.timezone('utc', pg_catalog.now())
);
comment on table wrappers_fdw_stats is 'Wrappers Foreign Data Wrapper statistics';
