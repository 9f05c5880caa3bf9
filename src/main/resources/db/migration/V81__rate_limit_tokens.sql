-- Abuse limits counted in one statement each (decision 175): a row per limit, tier and hashed key, holding the
-- tokens left and when they were last brought up to date (nanoseconds since 1970 in real time). On PostgreSQL
-- these replace Bucket4j's serialized buckets, whose rows stayed locked across three round trips; on H2 the
-- limits are in the node's memory, so the table stays empty there. The old rows are only recent counts.
-- No index besides the key: every attempt rewrites its row, and with no other indexed column changing, PostgreSQL
-- can rewrite it in place on the same page (a HOT update, helped by the free room the fill factor leaves) instead
-- of adding index entries for each attempt. The cleanup every ten minutes reads the whole table, which holds only
-- the buckets of the last hour or so.
create table rate_limit_tokens (
    id          varchar(100)     primary key,
    tokens      double precision not null,
    refilled_at bigint           not null,
    expires_at  bigint           not null
);

drop table rate_limit_bucket;
