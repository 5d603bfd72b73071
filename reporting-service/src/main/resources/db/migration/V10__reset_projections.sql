-- The tables reporting-service fills from other services' events: a rebuild from the topics
-- (deploy/stack.sh rebuild-reporting) empties exactly these and forgets which events reporting's
-- consumers processed; the department's own data (program, goals, submissions, snapshots) stays.
-- The list lives here, with the tables: a migration that adds a projection table replaces this
-- function with the longer list.
create function reset_projections() returns table (projection text, row_count bigint)
language plpgsql as $$
declare
    tables constant text[] := array['employee_facts', 'eligibility_period', 'um_appointment_fact',
        'participant_fact', 'participant_status', 'plan_fact', 'spend_fact', 'td_fact', 'catalog_class',
        'department_um_classes', 'figure_delta'];
    t text;
begin
    foreach t in array tables loop
        projection := t;
        execute format('select count(*) from %I', t) into row_count;
        return next;
    end loop;
    execute 'truncate ' || (select string_agg(format('%I', n), ', ') from unnest(tables) n);
    delete from processed_event where consumer like 'reporting.%';
end
$$;
