-- The annual report as of the fiscal year asked (issue 14).

-- What the department states for each fiscal year: its training budget, the part of it assigned to
-- UM (2 CCR 599.985 asks for both the amount and the percentage), and the ELTPA classes its program
-- targets that year. The program's own budget and class list (department_program) are today's;
-- the rows already there become the statement of the fiscal year they were last written in.
create table program_year (
    department      varchar(20)    not null,
    fiscal_year     varchar(7)     not null,
    training_budget numeric(14, 2),
    assigned_to_um  numeric(14, 2),
    um_class_codes  varchar(400),
    updated_by      varchar(200)   not null,
    updated_at      timestamptz    not null,
    primary key (department, fiscal_year)
);
insert into program_year (department, fiscal_year, training_budget, assigned_to_um, um_class_codes, updated_by,
                          updated_at)
select department,
       case when extract(month from updated_at) >= 7
            then extract(year from updated_at)::int || '-' || lpad(((extract(year from updated_at)::int + 1) % 100)::text, 2, '0')
            else (extract(year from updated_at)::int - 1) || '-' || lpad((extract(year from updated_at)::int % 100)::text, 2, '0')
       end,
       annual_training_budget, null, nullif(um_class_codes, ''), updated_by, updated_at
from department_program;

-- Every status a participant went through, from ParticipantStatusChanged events: a fiscal year's
-- participants are those active at any time in it, counted by their status at its end.
create table participant_status (
    event_id       varchar(100) primary key,
    participant_id uuid         not null,
    department     varchar(20)  not null,
    previous_status varchar(20),
    status         varchar(20)  not null,
    effective_date date         not null,
    event_time     timestamptz  not null
);
create index participant_status_department on participant_status (department, effective_date);
create index participant_status_participant on participant_status (participant_id);
insert into participant_status (event_id, participant_id, department, status, effective_date, event_time)
select 'migrated-' || participant_id, participant_id, department, status, since, updated_at from participant_fact;

-- The classification catalog as classification-service announces it: goals name only ELTPA classes
-- it knows.
create table catalog_class (
    class_code  char(4)      primary key,
    title       varchar(200) not null,
    um_category varchar(20),
    updated_at  timestamptz  not null
);

-- What was submitted: each submission of a fiscal year's report, frozen (figures, goals,
-- explanation, two-year plan), with CalHR's answer to it. A resubmission after a return adds a
-- version; none is ever changed but for the review. The statewide roll-up reads these figures.
create table report_snapshot (
    snapshot_id                     uuid         primary key,
    department                      varchar(20)  not null,
    fiscal_year                     varchar(7)   not null,
    version                         integer      not null,
    submitted_by                    varchar(200) not null,
    submitted_at                    timestamptz  not null,
    outcome                         varchar(20),
    feedback                        text,
    feedback_by                     varchar(200),
    feedback_at                     timestamptz,
    lpel_eligible_employees         bigint       not null,
    active_participants             bigint       not null,
    um_appointments                 bigint       not null,
    um_appointments_of_participants bigint       not null,
    goal_expected                   bigint       not null,
    goal_status                     varchar(20),
    below_goal                      boolean      not null,
    report                          text         not null,
    unique (department, fiscal_year, version)
);
