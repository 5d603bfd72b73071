-- The class an action moved the employee into (LPEL classifications used in the year).
alter table eligibility_change add column class_code char(4);

-- A department's UM program: coordinator, written-plan elements, training budget, UM classes.
create table department_program (
    department             varchar(20)    primary key,
    coordinator_name       varchar(200)   not null,
    coordinator_email      varchar(200)   not null,
    coordinator_phone      varchar(40),
    policy_statement       text,
    components_offered     text,
    how_to_access          text,
    selection_criteria     text,
    roles_responsibilities text,
    annual_training_budget numeric(14, 2),
    um_class_codes         varchar(400)   not null default '',
    updated_by             varchar(200)   not null,
    updated_at             timestamptz    not null
);

create table good_faith_action (
    action_id   uuid         primary key,
    department  varchar(20)  not null,
    fiscal_year varchar(7)   not null,
    action_date date         not null,
    category    varchar(40)  not null,
    description text         not null,
    recorded_by varchar(200) not null,
    recorded_at timestamptz  not null
);
create index good_faith_action_department on good_faith_action (department, fiscal_year);

-- A department's goals for a fiscal year (one set, reviewed by CalHR) and its lines per ELTPA class.
create table goal_set (
    goal_set_id  uuid         primary key,
    department   varchar(20)  not null,
    fiscal_year  varchar(7)   not null,
    status       varchar(20)  not null,
    comments     text,
    submitted_by varchar(200),
    submitted_at timestamptz,
    decided_by   varchar(200),
    decided_at   timestamptz,
    updated_at   timestamptz  not null,
    unique (department, fiscal_year)
);
create table goal (
    goal_id               uuid        primary key,
    goal_set_id           uuid        not null references goal_set (goal_set_id),
    class_code            char(4)     not null,
    expected_appointments integer     not null check (expected_appointments >= 0),
    timetable             text        not null,
    unique (goal_set_id, class_code)
);

-- Facts kept from other services' events (rebuildable by replaying the topics).
create table participant_fact (
    participant_id    uuid        primary key,
    employee_id       varchar(40) not null,
    department        varchar(20) not null,
    target_class_code char(4),
    status            varchar(20) not null,
    since             date        not null,
    updated_at        timestamptz not null
);
create index participant_fact_department on participant_fact (department, status);

create table um_appointment_fact (
    action_id       varchar(80) primary key,
    employee_id     varchar(40) not null,
    department      varchar(20) not null,
    from_class_code char(4)     not null,
    to_class_code   char(4)     not null,
    effective_date  date        not null,
    participant     boolean     not null
);
create index um_appointment_fact_department on um_appointment_fact (department, effective_date);

create table spend_fact (
    activity_id       uuid           primary key,
    department        varchar(20)    not null,
    fiscal_year       varchar(7),
    training_category varchar(40),
    amount            numeric(12, 2) not null,
    updated_at        timestamptz    not null
);
create index spend_fact_department on spend_fact (department, fiscal_year);

create table plan_fact (
    plan_id           uuid        primary key,
    participant_id    uuid        not null,
    employee_id       varchar(40) not null,
    department        varchar(20) not null,
    target_class_code char(4),
    target_date       date,
    status            varchar(30) not null,
    updated_at        timestamptz not null
);
create index plan_fact_participant on plan_fact (participant_id);

-- The annual report's submission to CalHR and CalHR's feedback.
create table report_submission (
    submission_id     uuid         primary key,
    department        varchar(20)  not null,
    fiscal_year       varchar(7)   not null,
    status            varchar(20)  not null,
    explanation       text,
    two_year_plan     text,
    submitted_by      varchar(200) not null,
    submitted_at      timestamptz  not null,
    feedback          text,
    feedback_by       varchar(200),
    feedback_at       timestamptz,
    unique (department, fiscal_year)
);
