-- Outbox ids are handed out in blocks of 50 (Hibernate's pooled sequence optimizer), so that a
-- transaction's outbox rows are inserted in JDBC batches rather than one round trip each.
alter sequence outbox_event_id_seq increment by 50;
