-- The participation each plan belongs to and its revision (amendments), as plans-service announces them.
alter table plan_copy add column participant_id uuid;
alter table plan_copy add column revision integer not null default 1;
create index plan_copy_participant on plan_copy (participant_id, updated_at);
create index application_opportunity on application (department, opportunity_id);

-- Departments' own career ladders beside the statewide ones ('*'), as classification-service announces them.
alter table career_step_copy add column ladder varchar(20) not null default '*';
alter table career_step_copy drop constraint career_step_copy_pkey;
alter table career_step_copy add primary key (ladder, from_class, to_class);
