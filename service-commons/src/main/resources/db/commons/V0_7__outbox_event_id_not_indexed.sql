-- An outbox row's event id is a random UUID the outbox draws itself, and no query looks a row up
-- by it: its unique index only cost an index entry on every write and on every publish (a new row
-- version), into an index as large as the table and touched at random.
alter table outbox_event drop constraint outbox_event_event_id_key;
