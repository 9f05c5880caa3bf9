-- pgbench script (diagnostic, bench/reports-load.sh --app-transaction): the SQL that one
-- POST /api/v1/reports runs, statement for statement, without the Java around it. Categories and deadline
-- policies come from a copy the program keeps a few seconds, and a keyed submission without photos claims its
-- key inside the transaction without looking it up first; so the transaction holds: the idempotency record,
-- the report's case (returning its id), the report (returning its id), its first timeline entry and the audit
-- append (AuditTrail.recordAs, no lock; the chain is sealed later by a separate pass).
-- Needs pgbench -M prepared (or extended): the :variables become bind parameters, not quoted text.
-- pgbench takes any ":name" as a variable, also inside a string, so the JSON below is written with "~"
-- where its colons go and replace(..., '~', chr(58)) puts them back.
\set n random(1, 1000000000)
begin;
select 'P' || to_char(nextval('bench_report_ticket_seq'), 'FM00000000') as ticket \gset
insert into idempotency_record (idempotency_key, request_hash, ticket, response_body, created_at)
values ('pgbench-' || cast(:ticket as text), md5(cast(:ticket as text)) || md5(cast(:ticket as text)), cast(:ticket as text),
    replace('{"ticket"~"' || cast(:ticket as text) || '","status"~"SUBMITTED","responsibleType"~"COMMAND_CENTER","dueAt"~"2026-12-03T14~59~59Z"}', '~', chr(58)), now());
insert into work_case (kind, reference, subject_code, summary, confidential, district_code, village_code, latitude,
    longitude, opened_at, stage, waiting_on, agency_code, assignee, needs_routing, due_at, paused_remaining, assigned_at,
    answered_at, answered_by, answer_late, answer_working_days, late, closed_at, escalation_level)
values ('REPORT', cast(:ticket as text), 'JALAN', 'Jalan berlubang di depan pasar nomor ' || :n, false, '94.04.01',
    '94.04.01.1008', null, null, now(), 'SUBMITTED', 'COMMAND_CENTER', null, null, true, now() + interval '5 days', null,
    null, null, null, null, null, false, null, 0)
returning id as case_id \gset
insert into report (ticket, case_id, kind, category_code, description, district_code, village_code,
    latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email, channel,
    recorded_by, submitted_at, me_too, reroute_requested, version)
values (cast(:ticket as text), cast(:case_id as bigint), 'COMPLAINT', 'JALAN', 'Jalan berlubang di depan pasar nomor ' || :n,
    '94.04.01', '94.04.01.1008', null, null, null, false, false, null, null, null, 'API', null, now(), 0, false, 0)
returning id as report_id \gset
insert into report_event (report_id, at, actor, action, status, public_note, internal_note, agency_code, late)
values (cast(:report_id as bigint), now(), 'warga', 'SUBMITTED', 'SUBMITTED', null, null, null, false);
-- audit:begin (bench/reports-load.sh --app-transaction also runs this script without these lines)
insert into audit_record (recorded_at, actor, action, target_type, target_id, before_value, after_value)
values (now(), 'warga', 'REPORT_SUBMITTED', 'report', cast(:ticket as text), null,
    replace('{"status"~"SUBMITTED","agencyCode"~null,"assignee"~null,"dueAt"~"2026-12-03T14~59~59Z","late"~false}', '~', chr(58)));
-- audit:end
commit;
