-- Departments build career ladders of their own beside the statewide ones (CalHR UM guidelines:
-- departments are encouraged to develop career ladders for their LPEL classes). A step belongs to a
-- ladder: '*' for the statewide ladders, else the department code; a department's path finder walks
-- the statewide steps and its own.
alter table career_step add column ladder varchar(20) not null default '*';
alter table career_step drop constraint career_step_pkey;
alter table career_step add primary key (ladder, from_class, to_class);
create index career_step_from on career_step (from_class);
create index career_step_to on career_step (to_class);
