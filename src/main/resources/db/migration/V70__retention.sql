-- Retention (decision 76): idempotency keys are forgotten after mimika.report.idempotency-retention, found by their
-- age. (Sent outbox rows are found by sent_at through notification_outbox_due_idx, which starts with it.)
create index idempotency_record_created_idx on idempotency_record (created_at);
