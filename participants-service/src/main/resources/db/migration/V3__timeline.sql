-- Personnel actions as an effective-dated employee timeline (issue 13): everything derived is
-- recomputed from all of an employee's actions whenever one arrives or is cancelled.

-- the SCO transaction's order within its day; the cancel transaction and what it cancels; HR's reason
alter table personnel_action add column sequence bigint;
alter table personnel_action add column cancels_action_id varchar(80);
alter table personnel_action add column reason text;
-- the employee's details as the action reported them: the latest-dated action carrying them wins
alter table personnel_action add column employee_name varchar(200);
alter table personnel_action add column employee_email varchar(200);
alter table personnel_action add column tenure varchar(20);
alter table personnel_action add column time_base varchar(20);
-- HR's fromClassCode checked against the timeline: the class of record the timeline had, when they disagree
alter table personnel_action add column timeline_from_class char(4);
create index personnel_action_cancels on personnel_action (cancels_action_id) where cancels_action_id is not null;
create index personnel_action_discrepancy on personnel_action (department) where timeline_from_class is not null;

-- An employee's row is written once HR has named them; its class and status are today's.
alter table employee alter column current_class_code drop not null;
alter table employee alter column state_effective drop not null;

-- The bookkeeping of each employee's timeline: the version of the derived facts last announced,
-- the day they were derived for, and the next day a scheduled action takes effect.
create table employee_timeline (
    employee_id         varchar(40) primary key,
    department          varchar(20) not null,
    facts_version       bigint      not null,
    facts_hash          varchar(64) not null,
    evaluated_on        date        not null,
    next_effective_date date,
    updated_at          timestamptz not null
);
create index employee_timeline_next on employee_timeline (next_effective_date) where next_effective_date is not null;

-- A welcome notice answers one LPEL entry (employee, day, class); a wrong one is withdrawn, never deleted.
alter table welcome_notice add column effective_date date;
update welcome_notice n set effective_date = a.effective_date from personnel_action a where a.action_id = n.action_id;
alter table welcome_notice alter column effective_date set not null;
alter table welcome_notice add column withdrawn_at timestamptz;
alter table welcome_notice add column withdrawn_reason text;

-- One UM appointment per move, whatever actionIds reported it (the first in timeline order is kept).
delete from um_appointment u using um_appointment v
where u.employee_id = v.employee_id and u.effective_date = v.effective_date
  and u.to_class_code = v.to_class_code and u.action_id > v.action_id;
create unique index um_appointment_move on um_appointment (employee_id, effective_date, to_class_code);
create index um_appointment_employee on um_appointment (employee_id);
-- a withdrawn notice stays beside the one that replaces it: one standing notice per action
alter table welcome_notice drop constraint welcome_notice_action_id_key;
create unique index welcome_notice_standing on welcome_notice (action_id) where withdrawn_at is null;
