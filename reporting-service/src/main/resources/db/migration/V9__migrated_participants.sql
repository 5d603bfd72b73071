-- Participants migrated into participant_status (V5) kept only their current status. One whose
-- participation has ended (withdrawn, promoted, separated) took part until that day, so the year it
-- ended in counts them; their earlier years come back only by replaying the participant topic
-- (deploy/stack.sh rebuild-reporting). The figures are counted again at the next start.
update participant_status set previous_status = 'ACTIVE'
where event_id like 'migrated-%' and previous_status is null and status not in ('ACTIVE', 'SUSPENDED');
update figure_recount set requested = true
where exists (select 1 from participant_status where event_id like 'migrated-%');
