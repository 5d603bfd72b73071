-- The department's own selection criteria (its written UM plan, kept in reporting-service's
-- department program), which welcome letters state instead of the statewide default.
alter table program_settings add column selection_criteria text;

-- Notices still waiting for the department to name a coordinator, found when it does.
create index welcome_notice_awaiting_coordinator on welcome_notice (department)
    where coordinator_email is null and withdrawn_at is null and delivered_at is null;
