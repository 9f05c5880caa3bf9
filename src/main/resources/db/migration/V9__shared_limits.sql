-- Abuse limits shared by every node, and the end of account locks. Runs unchanged on H2 and PostgreSQL.

-- Bucket4j's token buckets (login attempts, wrong PINs, submissions, "me too"), keyed by a hash of the
-- limit's name and the client address, ticket or username; rows expire once their bucket is full again.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

-- One "saya juga mengalami" per client and report: the voter is a keyed hash of the client address.
create table me_too_vote (
    report_id bigint      not null references report (id),
    voter     varchar(64) not null,
    voted_at  timestamp with time zone not null,
    constraint me_too_vote_pk primary key (report_id, voter)
);

-- Sign-in is slowed down per client and per account instead of locking the account (anyone could lock it).
alter table staff_account drop column locked_until;
alter table staff_account drop column failed_logins;

-- Every report now has a PIN for its reporter (a ticket alone no longer lets anyone act as the reporter),
-- so whether a report has "private access" is no longer a property of the report.
alter table report drop column private_access;
