-- The written UM plan as it stood at any time (issue 14): each description of the program is kept,
-- so that a fiscal year's report shows the plan that stood at the year's end, not today's.
create table department_program_version (
    department             varchar(20)  not null,
    recorded_at            timestamptz  not null,
    coordinator_name       varchar(200) not null,
    policy_statement       text,
    components_offered     text,
    how_to_access          text,
    selection_criteria     text,
    roles_responsibilities text,
    primary key (department, recorded_at)
);
insert into department_program_version (department, recorded_at, coordinator_name, policy_statement,
                                        components_offered, how_to_access, selection_criteria,
                                        roles_responsibilities)
select department, updated_at, coordinator_name, policy_statement, components_offered, how_to_access,
       selection_criteria, roles_responsibilities
from department_program;
