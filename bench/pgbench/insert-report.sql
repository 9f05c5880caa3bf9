-- pgbench script: one transaction = one row like the one POST /api/v1/reports stores in "report" (same
-- values as bench/lua/intake.lua sends, a unique 9-character ticket, deadline 5 days on, "returning id" as
-- the application's JDBC insert asks for its generated key).
\set n random(1, 1000000000)
insert into bench_report (ticket, private_access, kind, category_code, description, district_code, village_code,
    latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email, channel,
    recorded_by, status, agency_code, submitted_at, due_at, late, me_too, reroute_requested, escalation_level, version)
values (to_char(nextval('bench_report_ticket_seq'), 'FM000000000'), false, 'COMPLAINT', 'JALAN',
    'Jalan berlubang di depan pasar nomor ' || :n, '94.04.01', '94.04.01.1008', null, null, null, false, false,
    null, null, null, 'API', null, 'SUBMITTED', null, now(), now() + interval '5 days', false, 0, false, 0, 0)
returning id;
