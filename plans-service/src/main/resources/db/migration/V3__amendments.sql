-- Amendments of accepted plans: each revision of a plan's written content, the first as accepted and
-- each amendment as proposed, reviewed and accepted or withdrawn. The plan row holds the revision in force.
alter table plan add column revision integer not null default 1;
alter table plan add column accepted_at timestamptz;

create table plan_revision (
    plan_id           uuid         not null references plan (plan_id),
    revision          integer      not null check (revision >= 1),
    status            varchar(30)  not null,
    amendment_reason  text,
    career_objectives text,
    target_class_code char(4),
    target_date       date,
    status_reason     text,
    missing_items     text,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    accepted_by       varchar(200),
    accepted_at       timestamptz,
    updated_at        timestamptz  not null,
    primary key (plan_id, revision)
);
-- one amendment in review per plan
create unique index plan_revision_one_open on plan_revision (plan_id)
    where status in ('DRAFT', 'SUBMITTED', 'SUPERVISOR_APPROVED', 'RETURNED');
