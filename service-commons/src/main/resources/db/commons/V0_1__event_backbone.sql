-- Transactional outbox: written in the same transaction as the change it announces.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(100) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Processed-event log: a consumer claims an event id in the transaction that applies its effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
