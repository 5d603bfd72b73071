-- T&D assignments as plans-service announces them (compliance: none over the 24-month limit).
create table td_fact (
    assignment_id      uuid          primary key,
    department         varchar(20)   not null,
    employee_id        varchar(40)   not null,
    start_date         date          not null,
    end_date           date          not null,
    time_base_fraction numeric(4, 3) not null,
    status             varchar(20)   not null,
    updated_at         timestamptz   not null
);
create index td_fact_department on td_fact (department);

-- Openings a department anticipates in an ELTPA class in a fiscal year (goal recommendation).
create table anticipated_opening (
    department  varchar(20) not null,
    fiscal_year varchar(7)  not null,
    class_code  char(4)     not null,
    openings    integer     not null check (openings >= 0),
    updated_at  timestamptz not null,
    primary key (department, fiscal_year, class_code)
);
