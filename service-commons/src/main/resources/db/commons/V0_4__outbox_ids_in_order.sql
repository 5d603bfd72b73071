-- Outbox rows are written by the outbox itself in JDBC batches, each taking the next id in the
-- order the transaction recorded its events: no blocks of ids need handing out any more. The
-- sequence goes on past every id handed out in blocks before (the last block may be partly unused).
alter sequence outbox_event_id_seq increment by 1;
select setval('outbox_event_id_seq',
              greatest((select coalesce(max(id), 0) from outbox_event),
                       (select last_value from outbox_event_id_seq)) + 50);
