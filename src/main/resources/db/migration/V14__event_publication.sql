-- Spring Modulith's event publication registry (decision 73): an event that another module listens to after
-- the commit is stored in the same transaction as the change that caused it, one row per listener, and stays
-- until that listener has handled it, so a notice is never lost to a crash and never undoes the change.
-- The columns of Modulith's JDBC schema v2, in types H2 and PostgreSQL share. Completed rows are deleted.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_publication_date_idx on event_publication (publication_date);

-- A notice queued again for the same event and recipient (an event handled twice after a crash) is refused by
-- the database, so nobody gets a message twice.
alter table notification_outbox add column dedupe_key varchar(200);
create unique index notification_outbox_dedupe_uq on notification_outbox (dedupe_key);
