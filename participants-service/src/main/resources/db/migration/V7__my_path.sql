-- What an employee's path ("my path") is answered from, kept from other services' events so that
-- the answer needs no call to them: each class's salary range and abolition (ClassificationUpserted),
-- the statewide career ladders (CareerStepChanged), and each employee's career development plan
-- (PlanStatusChanged).
alter table classification_view add column salary_min numeric(12, 2);
alter table classification_view add column salary_max numeric(12, 2);
alter table classification_view add column abolished_on date;

create table career_step_copy (
    from_class char(4)     not null,
    to_class   char(4)     not null,
    kind       varchar(30) not null,
    note       varchar(1000),
    removed    boolean     not null,
    updated_at timestamptz not null,
    primary key (from_class, to_class)
);

create table plan_copy (
    plan_id           uuid primary key,
    employee_id       varchar(40) not null,
    department        varchar(20) not null,
    target_class_code varchar(4),
    target_date       date,
    status            varchar(30) not null,
    updated_at        timestamptz not null
);
create index plan_copy_employee on plan_copy (employee_id, updated_at desc);
