-- Postings can be changed, extended and cancelled, each change announced: the posting's status, why
-- it was cancelled, and its version (each change a new one, so that each change's letters go once).
alter table opportunity add column status varchar(20) not null default 'OPEN';
alter table opportunity add column cancelled_reason varchar(1000);
alter table opportunity add column version int not null default 1;
alter table opportunity add column updated_at timestamptz;
