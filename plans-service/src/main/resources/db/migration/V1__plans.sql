-- Local read models, kept from other services' events.
create table classification_view (
    class_code  char(4)      primary key,
    title       varchar(200) not null,
    um_category varchar(10)  not null,
    updated_at  timestamptz  not null
);

-- Participants as participants-service announces them (ParticipantStatusChanged).
create table participant_view (
    participant_id    uuid        primary key,
    employee_id       varchar(40) not null,
    department        varchar(20) not null,
    target_class_code char(4),
    status            varchar(20) not null,
    updated_at        timestamptz not null
);
create index participant_view_employee on participant_view (employee_id);

-- Career development plans; earlier plans of a participant are kept.
create table plan (
    plan_id            uuid         primary key,
    participant_id     uuid         not null,
    employee_id        varchar(40)  not null,
    department         varchar(20)  not null,
    supervisor_id      varchar(40)  not null,
    coordinator        varchar(200),
    career_objectives  text,
    target_class_code  char(4),
    target_date        date,
    status             varchar(30)  not null,
    status_reason      text,
    suspension_ground  varchar(40),
    missing_items      text,
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            integer      not null default 0
);
create index plan_department_status on plan (department, status);
create index plan_employee on plan (employee_id);
create index plan_supervisor on plan (supervisor_id);
-- one plan in progress per participant
create unique index plan_one_open on plan (participant_id)
    where status not in ('COMPLETED', 'CLOSED');

create table plan_transition (
    transition_id bigserial    primary key,
    plan_id       uuid         not null references plan (plan_id),
    from_status   varchar(30),
    to_status     varchar(30)  not null,
    reason        text,
    changed_by    varchar(200) not null,
    cause         varchar(120) not null,
    changed_at    timestamptz  not null
);
create index plan_transition_plan on plan_transition (plan_id, transition_id);

create table activity (
    activity_id       uuid          primary key,
    plan_id           uuid          not null references plan (plan_id),
    department        varchar(20)   not null,
    type              varchar(50)   not null,
    title             varchar(200)  not null,
    provider          varchar(200),
    hours             numeric(7, 2),
    planned_start     date,
    planned_end       date,
    actual_start      date,
    actual_end        date,
    status            varchar(20)   not null,
    cost              numeric(12, 2) not null default 0,
    training_category varchar(40),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    check (planned_end is null or planned_start is null or planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start),
    check (cost >= 0)
);
create index activity_plan on activity (plan_id);
create index activity_department_start on activity (department, actual_start);

create table td_assignment (
    assignment_id             uuid         primary key,
    plan_id                   uuid         not null references plan (plan_id),
    department                varchar(20)  not null,
    employee_id               varchar(40)  not null,
    receiving_position        varchar(40)  not null,
    receiving_class_code      char(4),
    current_supervisor_id     varchar(40)  not null,
    receiving_supervisor_id   varchar(40)  not null,
    employee_agreed_on        date         not null,
    current_supervisor_agreed_on   date    not null,
    receiving_supervisor_agreed_on date    not null,
    time_base_fraction        numeric(4, 3) not null,
    start_date                date         not null,
    end_date                  date         not null,
    return_position           varchar(40)  not null,
    status                    varchar(20)  not null,
    early_end_requested_by    varchar(20),
    early_end_requested_on    date,
    early_end_reason          text,
    created_by                varchar(200) not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    check (end_date >= start_date),
    check (time_base_fraction > 0 and time_base_fraction <= 1)
);
create index td_assignment_plan on td_assignment (plan_id);
create index td_assignment_department on td_assignment (department, status);
