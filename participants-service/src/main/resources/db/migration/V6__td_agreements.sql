-- Training and development assignments as plans-service announces them (TdAssignmentRecorded), kept
-- so that the agreement letter reaches its three parties: the employee, the supervisor who releases
-- them and the supervisor of the assignment. Newest wins by event time.
create table td_agreement_copy (
    assignment_id           uuid primary key,
    department              varchar(20)  not null,
    employee_id             varchar(40)  not null,
    current_supervisor_id   varchar(40),
    receiving_supervisor_id varchar(40),
    receiving_position      varchar(40),
    receiving_class_code    varchar(4),
    return_position         varchar(40),
    start_date              date         not null,
    end_date                date         not null,
    time_base_fraction      numeric(4, 3) not null,
    status                  varchar(20)  not null,
    updated_at              timestamptz  not null
);
