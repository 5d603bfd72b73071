-- The participant's supervisor of record, as participants-service announces it: the plan's supervisor.
alter table participant_view add column supervisor_id varchar(40);
