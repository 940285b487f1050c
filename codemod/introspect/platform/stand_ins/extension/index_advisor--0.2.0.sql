-- Stand-in for index_advisor (0.2.0) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. Without hypothetical indexes it can
-- only report the query's current plan costs, with no index statements.

create function index_advisor(query text)
returns table (
    startup_cost_before jsonb,
    startup_cost_after jsonb,
    total_cost_before jsonb,
    total_cost_after jsonb,
    index_statements text[],
    errors text[]
)
language plpgsql volatile
as $$
declare
    plan jsonb;
begin
    begin
        execute pg_catalog.format('explain (generic_plan, format json) %s',
            pg_catalog.regexp_replace(query, ';\s*$', '')) into plan;
    exception
        when others then
            return query select null::jsonb, null::jsonb, null::jsonb, null::jsonb, '{}'::text[],
                array[sqlerrm];
            return;
    end;
    return query select plan -> 0 -> 'Plan' -> 'Startup Cost', plan -> 0 -> 'Plan' -> 'Startup Cost',
        plan -> 0 -> 'Plan' -> 'Total Cost', plan -> 0 -> 'Plan' -> 'Total Cost',
        '{}'::text[], '{}'::text[];
end
$$;
