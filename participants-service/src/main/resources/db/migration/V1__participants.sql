-- Local read model of the classification catalog, kept from ClassificationUpserted events.
create table classification_view (
    class_code     char(4)      primary key,
    schematic_code char(4)      not null,
    title          varchar(200) not null,
    um_category    varchar(10)  not null,
    updated_at     timestamptz  not null
);

-- A department's program settings: who its UM coordinator is.
create table program_settings (
    department        varchar(20)  primary key,
    coordinator_name  varchar(200) not null,
    coordinator_email varchar(200) not null,
    coordinator_phone varchar(40),
    updated_at        timestamptz  not null
);

create table employee (
    employee_id             varchar(40)  primary key,
    department              varchar(20)  not null,
    name                    varchar(200) not null,
    email                   varchar(200),
    tenure                  varchar(20)  not null,
    time_base               varchar(20)  not null,
    position_number         varchar(40),
    current_class_code      char(4)      not null,
    current_class_effective date         not null,
    updated_at              timestamptz  not null
);
create index employee_department on employee (department);

-- Every personnel action received, once (idempotent on action_id).
create table personnel_action (
    action_id        varchar(80)  primary key,
    employee_id      varchar(40)  not null,
    department       varchar(20)  not null,
    position_number  varchar(40)  not null,
    from_class_code  char(4),
    to_class_code    char(4)      not null,
    transaction_code varchar(10)  not null,
    effective_date   date         not null,
    request_hash     varchar(64)  not null,
    received_at      timestamptz  not null
);
create index personnel_action_employee on personnel_action (employee_id, effective_date);

create table welcome_notice (
    notice_id         uuid         primary key,
    action_id         varchar(80)  not null unique references personnel_action (action_id),
    employee_id       varchar(40)  not null,
    department        varchar(20)  not null,
    class_code        char(4)      not null,
    criteria          text         not null,
    coordinator_name  varchar(200),
    coordinator_email varchar(200),
    coordinator_phone varchar(40),
    issued_at         timestamptz  not null,
    delivered_at      timestamptz
);
create index welcome_notice_employee on welcome_notice (employee_id);
