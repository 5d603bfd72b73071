-- Letters to send by e-mail. A row is written in the transaction of the fact that calls for the
-- letter (a welcome notice issued, a decision taken) and the mail relay sends it later: at least
-- once, retried with a growing wait while the mail server is away. The letter itself is composed
-- when it is sent, from the facts as they stand then (a notice withdrawn meanwhile is not sent).
-- One row per letter: the same kind and subject again changes nothing.
create table mail_outbox (
    id              bigserial primary key,
    kind            varchar(60)  not null,
    subject_id      varchar(200) not null,
    created_at      timestamptz  not null default now(),
    next_attempt_at timestamptz  not null default now(),
    attempts        int          not null default 0,
    sent_at         timestamptz,
    recipients      varchar(2000),
    skipped_reason  varchar(500),
    last_error      varchar(1000),
    constraint mail_outbox_once unique (kind, subject_id)
);

create index mail_outbox_due on mail_outbox (next_attempt_at, id)
    where sent_at is null and skipped_reason is null;
