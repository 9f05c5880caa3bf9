-- Issue #10: reports and status by SMS through the Gammu SMSD gateway. Gammu's own tables (inbox, outbox,
-- outbox_multipart, sentitems, phones, gammu) live in the gateway's database, created from the SQL file its
-- Debian package ships; they are never part of these migrations.

-- Staff choose per report whether its reporter is told of its progress by SMS; on unless switched off.
alter table report add column sms_notices boolean default true not null;

-- Each text message the program has handled, once: keyed by what makes two deliveries the same message (a hash of
-- the sender, the text and the time the network stamped it), with the gateway row it came in and the reply sent,
-- so that a row handled again after a crash gets the same reply and a second delivery gets none.
create table sms_received (
    message_key  varchar(64)   primary key,
    gateway_id   bigint        not null,
    command      varchar(12)   not null,
    ticket       varchar(9),
    reply        varchar(1000),
    handled_at   timestamp with time zone not null
);
