-- The trace an event was published in (W3C traceparent), sent with it as a Kafka header so that a
-- consumer's work joins the trace of the request or event that caused it.
alter table outbox_event add column trace_parent varchar(100);
