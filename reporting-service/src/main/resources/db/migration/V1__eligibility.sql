-- Every change of an employee's LPEL eligibility, as personnel actions report it. Eligibility over
-- time is read from these rows ordered by effective date, so actions arriving out of order still
-- give the right spans.
create table eligibility_change (
    action_id      varchar(80) primary key,
    employee_id    varchar(40) not null,
    department     varchar(20) not null,
    effective_date date        not null,
    lpel_eligible  boolean     not null,
    recorded_at    timestamptz not null
);
create index eligibility_change_employee on eligibility_change (employee_id, effective_date);
create index eligibility_change_department on eligibility_change (department, effective_date);
