-- Audit trail: one row per change of an audited entity, written in the change's own transaction.
create table audit_entry (
    audit_id         bigserial    primary key,
    entity           varchar(100) not null,
    entity_id        varchar(200) not null,
    department       varchar(20),
    statewide        boolean      not null,
    action           varchar(10)  not null,
    changes          text         not null,
    actor_subject    varchar(200) not null,
    actor_roles      varchar(500) not null,
    actor_department varchar(20),
    via              varchar(500) not null,
    request_id       varchar(100),
    occurred_at      timestamptz  not null
);
create index audit_entry_entity on audit_entry (entity, entity_id, audit_id);
