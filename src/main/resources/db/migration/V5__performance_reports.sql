-- Exports and reports: the weekly performance report goes out as an e-mail with its PDF attached.
-- Runs unchanged on H2 and PostgreSQL.

-- An optional attachment of an outbox message (e-mail only); all three are set together or none is.
alter table notification_outbox add column attachment_name varchar(200);
alter table notification_outbox add column attachment_type varchar(100);
alter table notification_outbox add column attachment_content bytea;

-- The weeks (by their Monday, WIT) whose performance reports were queued, so that a second run in the same
-- week, after a restart or on another node, queues nothing. The row commits with the queued messages.
create table performance_report_week (
    week_start date primary key,
    queued_at  timestamp with time zone not null,
    messages   int not null
);
