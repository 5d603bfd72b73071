-- Employees' derived facts, from participants-service's EmployeeFactsChanged events (issue 13): the
-- highest version seen replaces the employee's eligibility periods and UM appointments whole, so
-- late, corrected and cancelled personnel actions converge on what in-order delivery would give.
create table employee_facts (
    employee_id varchar(40) primary key,
    version     bigint      not null,
    department  varchar(20) not null,
    recorded_at timestamptz not null
);
create index employee_facts_department on employee_facts (department);

-- Active in an LPEL class of record in the department from starts until the day before ends (null: still).
create table eligibility_period (
    employee_id varchar(40) not null,
    department  varchar(20) not null,
    class_code  char(4)     not null,
    starts      date        not null,
    ends        date,
    primary key (employee_id, starts)
);
create index eligibility_period_department on eligibility_period (department, starts);

create index um_appointment_fact_employee on um_appointment_fact (employee_id);

-- superseded: eligibility was kept per action and read with window functions
drop table eligibility_change;
