-- pgbench script (diagnostic, bench/reports-load.sh --app-transaction): the SQL that one
-- POST /api/v1/reports runs, statement for statement, without the Java around it. Before the transaction:
-- the category look-up (ReportCategories.find) and the idempotency replay look-up; in it: the SLA policy,
-- the idempotency record, the report (returning its id), its first timeline entry and the audit append,
-- which locks the single audit_chain_head row until commit (AuditTrail.recordAs). The hashes are not real
-- chain hashes: this writes into a throwaway database and only the timing matters.
-- Needs pgbench -M prepared (or extended): the :variables become bind parameters, not quoted text.
-- pgbench takes any ":name" as a variable, also inside a string, so the JSON below is written with "~"
-- where its colons go and replace(..., '~', chr(58)) puts them back.
\set n random(1, 1000000000)
select * from report_category where code = 'JALAN';
select request_hash, response_body from idempotency_record where idempotency_key = 'pgbench-' || :client_id || '-' || :n;
begin;
select * from sla_policy where category_code = 'JALAN';
select 'P' || to_char(nextval('bench_report_ticket_seq'), 'FM00000000') as ticket \gset
insert into idempotency_record (idempotency_key, request_hash, ticket, response_body, created_at)
values ('pgbench-' || cast(:ticket as text), md5(cast(:ticket as text)) || md5(cast(:ticket as text)), cast(:ticket as text),
    replace('{"ticket"~"' || cast(:ticket as text) || '","status"~"SUBMITTED","responsibleType"~"COMMAND_CENTER","dueAt"~"2026-12-03T14~59~59Z"}', '~', chr(58)), now());
insert into report (ticket, private_access, kind, category_code, description, district_code, village_code,
    latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email, channel,
    recorded_by, status, agency_code, submitted_at, due_at, late, me_too, reroute_requested, escalation_level, version)
values (cast(:ticket as text), false, 'COMPLAINT', 'JALAN', 'Jalan berlubang di depan pasar nomor ' || :n, '94.04.01',
    '94.04.01.1008', null, null, null, false, false, null, null, null, 'API', null, 'SUBMITTED', null, now(),
    now() + interval '5 days', false, 0, false, 0, 0)
returning id as report_id \gset
insert into report_event (report_id, at, actor, action, status, public_note, internal_note, agency_code, late)
values (cast(:report_id as bigint), now(), 'warga', 'SUBMITTED', 'SUBMITTED', null, null, null, false);
-- audit:begin (bench/reports-load.sh --app-transaction also runs this script without these lines)
select last_seq, last_hash from audit_chain_head where id = 1 for update \gset
insert into audit_entry (seq, recorded_at, actor, action, target_type, target_id, before_value, after_value,
    previous_hash, entry_hash)
values (cast(:last_seq as bigint) + 1, now(), 'warga', 'REPORT_SUBMITTED', 'report', cast(:ticket as text), null,
    replace('{"status"~"SUBMITTED","agencyCode"~null,"assignee"~null,"dueAt"~"2026-12-03T14~59~59Z","late"~false}', '~', chr(58)), cast(:last_hash as text), md5(cast(:ticket as text)) || md5(cast(:last_hash as text)));
update audit_chain_head set last_seq = cast(:last_seq as bigint) + 1, last_hash = md5(cast(:ticket as text)) || md5(cast(:last_hash as text)) where id = 1;
-- audit:end
commit;
