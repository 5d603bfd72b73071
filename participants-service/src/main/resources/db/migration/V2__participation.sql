-- Personnel actions of every kind (appointment, promotion, transfer, demotion, separation, T&D start/end).
alter table personnel_action add column action_type varchar(20);
update personnel_action set action_type = 'APPOINTMENT';
alter table personnel_action alter column action_type set not null;
-- a separation names no class to move to
alter table personnel_action alter column to_class_code drop not null;
alter table personnel_action add column supervisor_id varchar(40);

-- Employee registry: supervisor of record, employment status, a T&D assignment in progress.
alter table employee add column supervisor_id varchar(40);
alter table employee add column status varchar(20) not null default 'ACTIVE';
alter table employee add column td_class_code char(4);
alter table employee add column td_position_number varchar(40);
alter table employee add column td_effective date;
-- the effective date of the latest action that set the class or the status (later-dated actions win)
alter table employee rename column current_class_effective to state_effective;
create index employee_supervisor on employee (supervisor_id);
create index employee_department_class on employee (department, current_class_code);

-- An appointment of an LPEL employee or a UM participant into an ELTPA class, once per action.
create table um_appointment (
    action_id       varchar(80) primary key references personnel_action (action_id),
    employee_id     varchar(40) not null,
    department      varchar(20) not null,
    from_class_code char(4)     not null,
    to_class_code   char(4)     not null,
    effective_date  date        not null,
    participant_id  uuid,
    recorded_at     timestamptz not null
);

-- Training activities, T&D assignments and job openings announced to a department's employees.
create table opportunity (
    opportunity_id    uuid         primary key,
    department        varchar(20)  not null,
    kind              varchar(20)  not null,
    title             varchar(200) not null,
    description       text,
    class_code        char(4),
    opens_on          date         not null,
    closes_on         date         not null,
    eligibility_notes text,
    posted_by         varchar(200) not null,
    posted_at         timestamptz  not null,
    check (closes_on >= opens_on)
);
create index opportunity_department_dates on opportunity (department, closes_on, opens_on);

-- Applications to the department's UM program and their review.
create table application (
    application_id       uuid         primary key,
    department           varchar(20)  not null,
    employee_id          varchar(40)  not null,
    supervisor_id        varchar(40),
    career_goal          text         not null,
    target_class_code    char(4)      not null,
    opportunity_id       uuid         references opportunity (opportunity_id),
    status               varchar(30)  not null,
    submitted_at         timestamptz  not null,
    supervisor_reviewed_by varchar(200),
    supervisor_approved  boolean,
    supervisor_comments  text,
    supervisor_reviewed_at timestamptz,
    participant_id       uuid,
    updated_at           timestamptz  not null
);
create index application_department_status on application (department, status);
create index application_employee on application (employee_id);
-- one open application per employee
create unique index application_one_open on application (employee_id)
    where status in ('SUBMITTED', 'SUPERVISOR_APPROVED', 'WAITLISTED');

-- Every selection decision with the factors weighed, kept for audit (a waitlisted application has several).
create table application_decision (
    decision_id    uuid         primary key,
    application_id uuid         not null references application (application_id),
    outcome        varchar(20)  not null,
    reason         text         not null,
    factors        text         not null,
    decided_by     varchar(200) not null,
    decided_at     timestamptz  not null
);
create index application_decision_application on application_decision (application_id, decided_at);

create table participant (
    participant_id uuid        primary key,
    employee_id    varchar(40) not null,
    department     varchar(20) not null,
    application_id uuid        not null references application (application_id),
    status         varchar(20) not null,
    status_reason  text,
    since          date        not null,
    updated_at     timestamptz not null
);
create index participant_department_status on participant (department, status);
-- one current participation per employee
create unique index participant_one_current on participant (employee_id) where status in ('ACTIVE', 'SUSPENDED');

create table participant_status_change (
    change_id      bigserial    primary key,
    participant_id uuid         not null references participant (participant_id),
    status         varchar(20)  not null,
    reason         text,
    effective_date date         not null,
    changed_by     varchar(200) not null,
    cause          varchar(120) not null,
    changed_at     timestamptz  not null
);
create index participant_status_change_participant on participant_status_change (participant_id, change_id);

-- Messages to employees, supervisors and coordinators; a mail/portal system delivers them from the events.
create table notification (
    notification_id       uuid         primary key,
    department            varchar(20)  not null,
    recipient_employee_id varchar(40),
    recipient_role        varchar(40),
    kind                  varchar(40)  not null,
    subject_id            varchar(80)  not null,
    message               text         not null,
    created_at            timestamptz  not null,
    check (recipient_employee_id is not null or recipient_role is not null)
);
create index notification_employee on notification (recipient_employee_id, created_at);
create index notification_role on notification (department, recipient_role, created_at);
