-- Stand-in for pg_jsonschema (0.3.3) in schemasync's shadow database: schemasync's own SQL,
-- written from the extension's documented interface. It validates the common JSON Schema
-- keywords (type, enum, const, numeric/string/array/object bounds, properties, required,
-- additionalProperties, items, allOf/anyOf/oneOf/not, if/then/else); others are accepted.

create function @extschema@.jsonschema_validation_errors(schema json, instance json) returns text[]
language plpgsql immutable strict parallel safe
as $$
declare
    s jsonb := schema::jsonb;
    v jsonb := instance::jsonb;
    kind text := pg_catalog.jsonb_typeof(instance::jsonb);
    errors text[] := '{}';
    types text[];
    sub text[];
    item record;
    matches integer;
    n numeric;
    str text;
begin
    if pg_catalog.jsonb_typeof(s) = 'boolean' then
        if s = 'false'::jsonb then
            return array['False schema does not allow ' || v::text];
        end if;
        return errors;
    end if;
    if pg_catalog.jsonb_typeof(s) is distinct from 'object' then
        return errors;
    end if;

    if s ? 'type' then
        types := case pg_catalog.jsonb_typeof(s -> 'type')
            when 'array' then array(select pg_catalog.jsonb_array_elements_text(s -> 'type'))
            else array[s ->> 'type'] end;
        if not (kind = any(types)
                or (kind = 'number' and 'integer' = any(types) and v::text::numeric = pg_catalog.trunc(v::text::numeric))) then
            errors := errors || pg_catalog.format('%s is not of type %s', v::text,
                pg_catalog.array_to_string(array(select pg_catalog.to_jsonb(t)::text from pg_catalog.unnest(types) as t), ', '));
        end if;
    end if;
    if s ? 'enum' and not exists (
        select from pg_catalog.jsonb_array_elements(s -> 'enum') as e where e = v
    ) then
        errors := errors || pg_catalog.format('%s is not one of %s', v::text, (s -> 'enum')::text);
    end if;
    if s ? 'const' and s -> 'const' <> v then
        errors := errors || pg_catalog.format('%s was expected', (s -> 'const')::text);
    end if;

    if kind = 'number' then
        n := v::text::numeric;
        if pg_catalog.jsonb_typeof(s -> 'minimum') = 'number' and n < (s ->> 'minimum')::numeric then
            errors := errors || pg_catalog.format('%s is less than the minimum of %s', v::text, s ->> 'minimum');
        end if;
        if pg_catalog.jsonb_typeof(s -> 'maximum') = 'number' and n > (s ->> 'maximum')::numeric then
            errors := errors || pg_catalog.format('%s is greater than the maximum of %s', v::text, s ->> 'maximum');
        end if;
        if pg_catalog.jsonb_typeof(s -> 'exclusiveMinimum') = 'number' and n <= (s ->> 'exclusiveMinimum')::numeric then
            errors := errors || pg_catalog.format('%s is less than or equal to the minimum of %s', v::text, s ->> 'exclusiveMinimum');
        end if;
        if pg_catalog.jsonb_typeof(s -> 'exclusiveMaximum') = 'number' and n >= (s ->> 'exclusiveMaximum')::numeric then
            errors := errors || pg_catalog.format('%s is greater than or equal to the maximum of %s', v::text, s ->> 'exclusiveMaximum');
        end if;
        if pg_catalog.jsonb_typeof(s -> 'multipleOf') = 'number' and (s ->> 'multipleOf')::numeric <> 0
            and n % (s ->> 'multipleOf')::numeric <> 0 then
            errors := errors || pg_catalog.format('%s is not a multiple of %s', v::text, s ->> 'multipleOf');
        end if;
    end if;

    if kind = 'string' then
        str := v #>> '{}';
        if pg_catalog.jsonb_typeof(s -> 'minLength') = 'number' and pg_catalog.char_length(str) < (s ->> 'minLength')::numeric then
            errors := errors || pg_catalog.format('%s is shorter than %s character%s', v::text, s ->> 'minLength',
                case when s ->> 'minLength' = '1' then '' else 's' end);
        end if;
        if pg_catalog.jsonb_typeof(s -> 'maxLength') = 'number' and pg_catalog.char_length(str) > (s ->> 'maxLength')::numeric then
            errors := errors || pg_catalog.format('%s is longer than %s character%s', v::text, s ->> 'maxLength',
                case when s ->> 'maxLength' = '1' then '' else 's' end);
        end if;
        if pg_catalog.jsonb_typeof(s -> 'pattern') = 'string' then
            begin
                if str !~ (s ->> 'pattern') then
                    errors := errors || pg_catalog.format('%s does not match %s', v::text, (s -> 'pattern')::text);
                end if;
            exception
                when invalid_regular_expression then
                    null;
            end;
        end if;
    end if;

    if kind = 'array' then
        if pg_catalog.jsonb_typeof(s -> 'minItems') = 'number' and pg_catalog.jsonb_array_length(v) < (s ->> 'minItems')::numeric then
            errors := errors || pg_catalog.format('%s has less than %s item%s', v::text, s ->> 'minItems',
                case when s ->> 'minItems' = '1' then '' else 's' end);
        end if;
        if pg_catalog.jsonb_typeof(s -> 'maxItems') = 'number' and pg_catalog.jsonb_array_length(v) > (s ->> 'maxItems')::numeric then
            errors := errors || pg_catalog.format('%s has more than %s item%s', v::text, s ->> 'maxItems',
                case when s ->> 'maxItems' = '1' then '' else 's' end);
        end if;
        if s -> 'uniqueItems' = 'true'::jsonb
            and (select pg_catalog.count(distinct e) <> pg_catalog.count(*) from pg_catalog.jsonb_array_elements(v) as e) then
            errors := errors || pg_catalog.format('%s has non-unique elements', v::text);
        end if;
        for item in
            select e.value, e.ordinality - 1 as position,
                case
                    when pg_catalog.jsonb_typeof(s -> 'prefixItems') = 'array'
                        and e.ordinality <= pg_catalog.jsonb_array_length(s -> 'prefixItems')
                        then s -> 'prefixItems' -> (e.ordinality::integer - 1)
                    when pg_catalog.jsonb_typeof(s -> 'items') = 'array'
                        then coalesce(s -> 'items' -> (e.ordinality::integer - 1), s -> 'additionalItems')
                    when pg_catalog.jsonb_typeof(s -> 'prefixItems') = 'array' then s -> 'items'
                    else s -> 'items'
                end as subschema
            from pg_catalog.jsonb_array_elements(v) with ordinality as e
        loop
            if item.subschema is not null then
                errors := errors || @extschema@.jsonschema_validation_errors(item.subschema::json, item.value::json);
            end if;
        end loop;
        if s ? 'contains' and not exists (
            select from pg_catalog.jsonb_array_elements(v) as e
            where pg_catalog.cardinality(@extschema@.jsonschema_validation_errors((s -> 'contains')::json, e::json)) = 0
        ) then
            errors := errors || pg_catalog.format('%s does not contain items matching the given schema', v::text);
        end if;
    end if;

    if kind = 'object' then
        if pg_catalog.jsonb_typeof(s -> 'required') = 'array' then
            errors := errors || array(
                select pg_catalog.format('%s is a required property', pg_catalog.to_jsonb(r)::text)
                from pg_catalog.jsonb_array_elements_text(s -> 'required') as r
                where not v ? r);
        end if;
        if pg_catalog.jsonb_typeof(s -> 'minProperties') = 'number'
            and (select pg_catalog.count(*) from pg_catalog.jsonb_object_keys(v)) < (s ->> 'minProperties')::numeric then
            errors := errors || pg_catalog.format('%s has less than %s properties', v::text, s ->> 'minProperties');
        end if;
        if pg_catalog.jsonb_typeof(s -> 'maxProperties') = 'number'
            and (select pg_catalog.count(*) from pg_catalog.jsonb_object_keys(v)) > (s ->> 'maxProperties')::numeric then
            errors := errors || pg_catalog.format('%s has more than %s properties', v::text, s ->> 'maxProperties');
        end if;
        for item in select e.key, e.value from pg_catalog.jsonb_each(v) as e loop
            matches := 0;
            if pg_catalog.jsonb_typeof(s -> 'properties') = 'object' and s -> 'properties' ? item.key then
                matches := 1;
                errors := errors || @extschema@.jsonschema_validation_errors(
                    (s -> 'properties' -> item.key)::json, item.value::json);
            end if;
            if pg_catalog.jsonb_typeof(s -> 'patternProperties') = 'object' then
                declare
                    pattern record;
                begin
                    for pattern in select p.key, p.value from pg_catalog.jsonb_each(s -> 'patternProperties') as p loop
                        begin
                            if item.key ~ pattern.key then
                                matches := 1;
                                errors := errors || @extschema@.jsonschema_validation_errors(pattern.value::json, item.value::json);
                            end if;
                        exception
                            when invalid_regular_expression then
                                null;
                        end;
                    end loop;
                end;
            end if;
            if matches = 0 and s ? 'additionalProperties' then
                if s -> 'additionalProperties' = 'false'::jsonb then
                    errors := errors || pg_catalog.format(
                        'Additional properties are not allowed (%s was unexpected)', pg_catalog.to_jsonb(item.key)::text);
                else
                    errors := errors || @extschema@.jsonschema_validation_errors(
                        (s -> 'additionalProperties')::json, item.value::json);
                end if;
            end if;
        end loop;
    end if;

    if pg_catalog.jsonb_typeof(s -> 'allOf') = 'array' then
        for item in select e as subschema from pg_catalog.jsonb_array_elements(s -> 'allOf') as e loop
            errors := errors || @extschema@.jsonschema_validation_errors(item.subschema::json, instance);
        end loop;
    end if;
    if pg_catalog.jsonb_typeof(s -> 'anyOf') = 'array' and not exists (
        select from pg_catalog.jsonb_array_elements(s -> 'anyOf') as e
        where pg_catalog.cardinality(@extschema@.jsonschema_validation_errors(e::json, instance)) = 0
    ) then
        errors := errors || pg_catalog.format('%s is not valid under any of the schemas listed in the ''anyOf'' keyword', v::text);
    end if;
    if pg_catalog.jsonb_typeof(s -> 'oneOf') = 'array' then
        select pg_catalog.count(*) into matches
        from pg_catalog.jsonb_array_elements(s -> 'oneOf') as e
        where pg_catalog.cardinality(@extschema@.jsonschema_validation_errors(e::json, instance)) = 0;
        if matches = 0 then
            errors := errors || pg_catalog.format('%s is not valid under any of the schemas listed in the ''oneOf'' keyword', v::text);
        elsif matches > 1 then
            errors := errors || pg_catalog.format('%s is valid under more than one of the schemas listed in the ''oneOf'' keyword', v::text);
        end if;
    end if;
    if s ? 'not' and pg_catalog.cardinality(@extschema@.jsonschema_validation_errors((s -> 'not')::json, instance)) = 0 then
        errors := errors || pg_catalog.format('%s is not allowed for %s', (s -> 'not')::text, v::text);
    end if;
    if s ? 'if' then
        if pg_catalog.cardinality(@extschema@.jsonschema_validation_errors((s -> 'if')::json, instance)) = 0 then
            if s ? 'then' then
                errors := errors || @extschema@.jsonschema_validation_errors((s -> 'then')::json, instance);
            end if;
        elsif s ? 'else' then
            errors := errors || @extschema@.jsonschema_validation_errors((s -> 'else')::json, instance);
        end if;
    end if;
    return errors;
end
$$;

create function @extschema@.json_matches_schema(schema json, instance json) returns boolean
language sql immutable strict parallel safe
as $$ select pg_catalog.cardinality(@extschema@.jsonschema_validation_errors(schema, instance)) = 0 $$;

create function @extschema@.jsonb_matches_schema(schema json, instance jsonb) returns boolean
language sql immutable strict parallel safe
as $$ select pg_catalog.cardinality(@extschema@.jsonschema_validation_errors(schema, instance::json)) = 0 $$;

-- A schema is an object or a boolean, and any `type` names JSON Schema's types.
create function @extschema@.jsonschema_is_valid(schema json) returns boolean
language sql immutable strict parallel safe
as $$
    select case pg_catalog.jsonb_typeof(schema::jsonb)
        when 'boolean' then true
        when 'object' then not exists (
            select from pg_catalog.jsonb_array_elements(
                case pg_catalog.jsonb_typeof(schema::jsonb -> 'type')
                    when 'array' then schema::jsonb -> 'type'
                    when 'string' then pg_catalog.jsonb_build_array(schema::jsonb -> 'type')
                    when 'null' then '[]'::jsonb
                    else case when schema::jsonb ? 'type' then '[1]'::jsonb else '[]'::jsonb end
                end) as t
            where t #>> '{}' is null
                or t #>> '{}' not in ('array', 'boolean', 'integer', 'null', 'number', 'object', 'string'))
        else false
    end
$$;
