-- Fills "report" and its cases ("work_case", the case mechanism's read model the dashboards query) with :rows
-- citizen reports (default 1,000,000) submitted evenly over the two years up to now(), for bench/dashboard-load.sh.
-- The reports are generated first in the shape the report table had before the case mechanism moved out of it
-- (temp table gen_report), then split into work_case and report as migration V12 does, so the data are the same
-- as those of the runs before that move. Plain SQL over generate_series, in one transaction, into the schema
-- Flyway created; the reference data (categories, agencies, villages) must be there already.
--
--   psql -v ON_ERROR_STOP=1 -v rows=1000000 -f bench/sql/generate-reports.sql
--
-- The mix, deterministic for a given :rows (pseudo-random numbers are hashes of the row number, not random()):
--  * tickets: unique, XXXX-XXXX in the TicketNumber alphabet: the row number times a constant prime to 30
--    (a bijection modulo 30^8), written in base 30, so consecutive rows get unrelated tickets;
--  * categories skewed towards the first ones (roads, floods, water), each report with its category's default
--    agency; villages skewed towards the first districts, the district always the village's parent;
--  * about 1.6 % open: 60 % of the last 7 days, 20 % of the 7-30 days before, 3 % of 30-90 days and 0.2 % of the
--    older ones (stuck), as SUBMITTED 10 %, NEEDS_INFO 4 %, ROUTED 30 %, REOPENED 4 %, FOLLOWED_UP 22 %,
--    IN_PROGRESS 18 %, COMPLETED 12 %; deadlines (due_at) follow the lifecycle, so the older SUBMITTED, ROUTED and
--    REOPENED ones are red, and escalation_level is where the escalation job would have left it;
--  * the rest closed: 7 % REJECTED at verification (spam, not the regency's authority, duplicates), the others
--    CLOSED after follow-up and completion (confirmed with a rating or closed silently after 14 days);
--  * follow-up after 0-12 working days, 80 % within the 5-day rule (follow_up_late false) and 20 % after it;
--    routed_at, acknowledged_at, followed_up_at, completed_at, close_due_at and closed_at in that order, never
--    after now(); a recent report's timeline is compressed to fit before now;
--  * 5 % confidential, 20 % anonymous, 30 % with a phone number (private_access = confidential or contact
--    details), 70 % via the web form, 60 % with coordinates.
-- Timeline events (report_event) are written for the open reports only; closed ones have none, and no audit
-- entries are written. answered_by is the PIC, or the agency's generic staff name.

\if :{?rows}
\else
\set rows 1000000
\endif

set client_min_messages = warning;
begin;

-- u(n, k): the k-th pseudo-random number in [0, 1) of row n.
create function pg_temp.u(n bigint, k int) returns float8 language sql immutable parallel safe
    as $$ select (hashint8extended(n, k) & 2147483647)::float8 / 2147483648 $$;
create function pg_temp.b30(v bigint) returns text language sql immutable parallel safe
    as $$ select substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (v % 30)::int + 1, 1) $$;
create function pg_temp.t8(v bigint) returns varchar language sql immutable parallel safe
    as $$ select pg_temp.b30(v / 21870000000) || pg_temp.b30(v / 729000000) || pg_temp.b30(v / 24300000)
              || pg_temp.b30(v / 810000) || '-' || pg_temp.b30(v / 27000) || pg_temp.b30(v / 900)
              || pg_temp.b30(v / 30) || pg_temp.b30(v) $$;
-- 405496268581 (about 0.618 * 30^8) is odd and divisible by neither 3 nor 5, so n -> n * 405496268581 mod 30^8
-- is one-to-one, and consecutive rows land far apart.
create function pg_temp.ticket(n bigint) returns varchar language sql immutable parallel safe
    as $$ select pg_temp.t8((n * 405496268581 + 104729) % 656100000000) $$;

create temp table gen_category on commit drop as
    select (row_number() over (order by sort_order, code) - 1)::int as i, code, name, default_agency_code as agency_code,
           'opd.' || lower(default_agency_code) as staff
    from report_category where active;
create temp table gen_village on commit drop as
    select (row_number() over (order by v.code) - 1)::int as i, v.code, v.parent_code as district_code, v.name
    from region v where v.level = 'VILLAGE';
create unique index on gen_category (i);
create unique index on gen_village (i);

select count(*) as categories from gen_category \gset
select count(*) as villages from gen_village \gset

create temp table gen_report (
    id bigint generated always as identity, ticket varchar(9), private_access boolean, kind varchar(24),
    category_code varchar(30), description varchar(4000), district_code varchar(20), village_code varchar(20),
    latitude double precision, longitude double precision, address varchar(300), anonymous boolean,
    confidential boolean, reporter_name varchar(120), reporter_phone varchar(20), reporter_email varchar(200),
    channel varchar(12), recorded_by varchar(60), status varchar(16), agency_code varchar(20), assignee varchar(60),
    submitted_at timestamptz, due_at timestamptz, paused_remaining int, routed_at timestamptz,
    acknowledged_at timestamptz, followed_up_at timestamptz, completed_at timestamptz, close_due_at timestamptz,
    closed_at timestamptz, completion_target_at timestamptz, planned_for date, late boolean, follow_up_late boolean,
    follow_up_working_days int, rejection_reason varchar(24), merged_into varchar(9), rating int, me_too int,
    reroute_requested boolean, escalation_level int, version int
) on commit drop;

-- Layer a: the submission instant and the row's pseudo-random numbers. Layer b: open or closed, the status and
-- the lifecycle's durations in days. Layer c: the durations compressed into the time between submission and now.
insert into gen_report (ticket, private_access, kind, category_code, description, district_code, village_code,
                    latitude, longitude, address, anonymous, confidential, reporter_name, reporter_phone,
                    reporter_email, channel, recorded_by, status, agency_code, assignee, submitted_at, due_at,
                    paused_remaining, routed_at, acknowledged_at, followed_up_at, completed_at, close_due_at,
                    closed_at, completion_target_at, planned_for, late, follow_up_late, follow_up_working_days,
                    rejection_reason, merged_into, rating, me_too, reroute_requested, escalation_level, version)
select pg_temp.ticket(n),
       confidential or phone is not null,
       case when pg_temp.u(n, 20) < 0.8 then 'COMPLAINT' when pg_temp.u(n, 20) < 0.9 then 'ASPIRATION'
            else 'INFORMATION_REQUEST' end,
       cat.code,
       cat.name || ' di ' || vil.name || ': '
           || (array['sudah lebih dari seminggu belum ada perbaikan, mohon segera ditindaklanjuti.',
                     'warga sekitar terganggu setiap hari, terutama saat hujan.',
                     'kondisinya makin parah dan membahayakan anak-anak yang lewat.',
                     'sudah dilaporkan ke kampung tetapi belum ada tanggapan.',
                     'mohon petugas datang meninjau lokasi.'])[1 + floor(pg_temp.u(n, 21) * 5)::int],
       vil.district_code, vil.code,
       case when pg_temp.u(n, 22) < 0.6 then -4.55 + (pg_temp.u(n, 23) - 0.5) * 0.6 end,
       case when pg_temp.u(n, 22) < 0.6 then 136.88 + (pg_temp.u(n, 24) - 0.5) * 0.6 end,
       null,
       anonymous, confidential,
       case when not anonymous then 'Warga ' || vil.name end,
       phone, null,
       channel, case when channel in ('PHONE', 'WHATSAPP', 'IN_PERSON') then 'mcc' end,
       status,
       case when routed then cat.agency_code end,
       case when routed and pg_temp.u(n, 25) < 0.6 then cat.staff end,
       submitted_at,
       case status
           when 'SUBMITTED' then submitted_at + interval '4 days 6 hours'
           when 'ROUTED' then routed_at + interval '7 days'
           when 'REOPENED' then reopened_at + interval '7 days'
       end as due_at,
       case when status = 'NEEDS_INFO' then 1 + floor(pg_temp.u(n, 26) * 3)::int end,
       case when routed then routed_at end,
       case when routed and (status <> 'ROUTED' or pg_temp.u(n, 27) < 0.5) then routed_at + interval '2 hours' end,
       case when answered then followed_up_at end,
       case when status in ('COMPLETED', 'CLOSED') then completed_at end,
       case when status = 'COMPLETED' then completed_at + interval '14 days' end,
       case when status = 'CLOSED' then closed_at when status = 'REJECTED' then routed_at end,
       case when answered then routed_at + interval '20 days' end,
       case when status = 'IN_PROGRESS' and pg_temp.u(n, 28) < 0.5 then (now() + pg_temp.u(n, 29) * interval '20 days')::date end,
       case when answered then fu_working_days > 5 when status = 'REJECTED' then verify * f > 4.25 else false end,
       case when answered then fu_working_days > 5 end,
       case when answered then fu_working_days end,
       case when status = 'REJECTED' then rejection end,
       case when rejection = 'DUPLICATE' then pg_temp.ticket(greatest(n - 1, 2)) end,
       case when status = 'CLOSED' and confirmed then 3 + floor(pg_temp.u(n, 30) * 3)::int end,
       case when pg_temp.u(n, 31) < 0.1 then 1 + floor(pg_temp.u(n, 32) * 5)::int else 0 end,
       false,
       0,
       case status when 'SUBMITTED' then 0 when 'NEEDS_INFO' then 1 when 'REJECTED' then 1 when 'ROUTED' then 1
                   when 'FOLLOWED_UP' then 3 when 'IN_PROGRESS' then 4 when 'COMPLETED' then 5 when 'REOPENED' then 6
                   else 7 end
from (
    select b.*, f,
           -- the lifecycle compressed so that its last step falls before now (factor f <= 1)
           b.submitted_at + verify * f * interval '1 day' as routed_at,
           b.submitted_at + (verify + fu) * f * interval '1 day' as followed_up_at,
           floor(fu * f * 5 / 7)::int as fu_working_days,
           b.submitted_at + (verify + fu + work) * f * interval '1 day' as completed_at,
           b.submitted_at + (verify + fu + work + closing) * f * interval '1 day' as closed_at,
           -- reopened between the first follow-up and now
           case when b.status = 'REOPENED' then b.submitted_at + ((verify + fu) * f
                    + (age - (verify + fu) * f) * (0.3 + 0.6 * pg_temp.u(n, 40))) * interval '1 day' end as reopened_at,
           b.status in ('ROUTED', 'REOPENED', 'FOLLOWED_UP', 'IN_PROGRESS', 'COMPLETED', 'CLOSED') as routed,
           b.status in ('REOPENED', 'FOLLOWED_UP', 'IN_PROGRESS', 'COMPLETED', 'CLOSED') as answered
    from (
        select a.*,
               case when open_report then
                        case when pg_temp.u(n, 3) < 0.10 then 'SUBMITTED'
                             when pg_temp.u(n, 3) < 0.14 then 'NEEDS_INFO'
                             when pg_temp.u(n, 3) < 0.44 then 'ROUTED'
                             when pg_temp.u(n, 3) < 0.48 then 'REOPENED'
                             when pg_temp.u(n, 3) < 0.70 then 'FOLLOWED_UP'
                             when pg_temp.u(n, 3) < 0.88 or age > 14 then 'IN_PROGRESS'
                             else 'COMPLETED' end
                    when pg_temp.u(n, 3) < 0.07 then 'REJECTED'
                    else 'CLOSED' end as status,
               case when pg_temp.u(n, 33) < 0.55 then 'SPAM' when pg_temp.u(n, 33) < 0.9 then 'NOT_REGENCY_AUTHORITY'
                    else 'DUPLICATE' end as rejection,
               -- durations in calendar days: verification, follow-up (0-12 working days, 80 % within 5),
               -- work until completion, and the reporter's confirmation or the 14-day silence
               0.02 + 5 * pg_temp.u(n, 4) ^ 3 as verify,
               (case when pg_temp.u(n, 5) < 0.8 then floor(pg_temp.u(n, 6) * 6) else 6 + floor(pg_temp.u(n, 6) * 7) end)
                   * 7.0 / 5 + 0.3 * pg_temp.u(n, 7) as fu,
               1 + 14 * pg_temp.u(n, 8) as work,
               case when pg_temp.u(n, 9) < 0.5 then 1 + 10 * pg_temp.u(n, 10) else 14 + pg_temp.u(n, 10) end as closing,
               pg_temp.u(n, 9) < 0.5 as confirmed
        from (
            select n, submitted_at,
                   extract(epoch from now() - submitted_at) / 86400 as age,
                   pg_temp.u(n, 2) < case when now() - submitted_at < interval '7 days' then 0.6
                                          when now() - submitted_at < interval '30 days' then 0.2
                                          when now() - submitted_at < interval '90 days' then 0.03
                                          else 0.002 end as open_report,
                   pg_temp.u(n, 11) < 0.05 as confidential,
                   pg_temp.u(n, 12) < 0.2 as anonymous,
                   case when pg_temp.u(n, 13) < 0.3 then '08' || (1100000000 + n)::text end as phone,
                   case when pg_temp.u(n, 14) < 0.7 then 'WEB'
                        else (array['API', 'PHONE', 'WHATSAPP', 'IN_PERSON'])[1 + floor(pg_temp.u(n, 15) * 4)::int] end as channel,
                   (floor(:categories * pg_temp.u(n, 16) ^ 1.6))::int as category_i,
                   (floor(:villages * pg_temp.u(n, 17) ^ 1.3))::int as village_i
            from (select g.n, now() - interval '730 days'
                                  + (g.n - pg_temp.u(g.n, 1)) * (interval '730 days' / :rows) as submitted_at
                  from generate_series(1, :rows::bigint) as g(n)) s
        ) a
    ) b
    cross join lateral (
        select least(1.0, 0.95 * b.age / (b.verify + b.fu + b.work +
                   case when b.status in ('CLOSED', 'REJECTED') then b.closing else 0 end)) as f
    ) compress
) c
join gen_category cat on cat.i = c.category_i
join gen_village vil on vil.i = c.village_i;

-- The escalation ladder where the application's escalation job (Escalation.stepsDue) would have left it by now,
-- so that its first run finds next to nothing to do: 1 for an overdue SUBMITTED report; for ROUTED and REOPENED,
-- 3 once five working days have passed after the deadline, 2 when overdue, 1 when due by the end of the next
-- working day. Working days are Monday to Friday minus the holiday table, in WIT.
with today as (select (now() at time zone 'Asia/Jayapura')::date as d),
     horizon as (
         select ((min(g.d)::date + 1)::timestamp - interval '1 second') at time zone 'Asia/Jayapura' as at
         from today, generate_series(today.d + 1, today.d + 30, interval '1 day') as g(d)
         where extract(isodow from g.d) < 6 and g.d::date not in (select holiday_date from holiday))
update gen_report r set escalation_level = case
    when r.status = 'SUBMITTED' then case when r.due_at < now() then 1 else 0 end
    when (select count(*) from today, generate_series((r.due_at at time zone 'Asia/Jayapura')::date + 1,
                                                      least(today.d - 1, (r.due_at at time zone 'Asia/Jayapura')::date + 30),
                                                      interval '1 day') as g(d)
          where extract(isodow from g.d) < 6 and g.d::date not in (select holiday_date from holiday)) >= 5 then 3
    when r.due_at < now() then 2
    when r.due_at <= (select at from horizon) then 1
    else 0 end
where r.status in ('SUBMITTED', 'ROUTED', 'REOPENED');

-- The reports split into their cases and what only reports keep, as migration V12 split the report table.
insert into work_case (kind, reference, subject_code, summary, confidential, district_code, village_code, latitude,
                       longitude, opened_at, stage, waiting_on, agency_code, assignee, needs_routing, due_at,
                       paused_remaining, assigned_at, answered_at, answered_by, answer_late, answer_working_days, late,
                       closed_at, escalation_level)
select 'REPORT', g.ticket, g.category_code,
       case when char_length(g.description) <= 200 then g.description else substring(g.description, 1, 199) || '…' end,
       g.confidential, g.district_code, g.village_code, g.latitude, g.longitude, g.submitted_at, g.status,
       case when g.status = 'SUBMITTED' then 'COMMAND_CENTER'
            when g.status in ('ROUTED', 'REOPENED') then 'AGENCY'
            when g.status = 'NEEDS_INFO' then 'CITIZEN' end,
       g.agency_code, g.assignee,
       (g.status in ('SUBMITTED', 'NEEDS_INFO') or (g.reroute_requested and g.status in ('ROUTED', 'REOPENED'))),
       g.due_at, g.paused_remaining, g.routed_at, g.followed_up_at,
       case when g.followed_up_at is not null then coalesce(g.assignee, 'opd.' || lower(g.agency_code)) end,
       g.follow_up_late, g.follow_up_working_days, g.late, g.closed_at, g.escalation_level
from gen_report g
order by g.id;

insert into report (ticket, case_id, kind, category_code, description, district_code, village_code, latitude,
                    longitude, address, anonymous, confidential, reporter_name, reporter_phone, reporter_email,
                    channel, recorded_by, submitted_at, acknowledged_at, completed_at, close_due_at,
                    completion_target_at, planned_for, rejection_reason, merged_into, rating, me_too,
                    reroute_requested, version)
select g.ticket, c.id, g.kind, g.category_code, g.description, g.district_code, g.village_code, g.latitude,
       g.longitude, g.address, g.anonymous, g.confidential, g.reporter_name, g.reporter_phone, g.reporter_email,
       g.channel, g.recorded_by, g.submitted_at, g.acknowledged_at, g.completed_at, g.close_due_at,
       g.completion_target_at, g.planned_for, g.rejection_reason, g.merged_into, g.rating, g.me_too,
       g.reroute_requested, g.version
from gen_report g
join work_case c on c.kind = 'REPORT' and c.reference = g.ticket
order by g.id;

-- Timeline entries for the open reports only (the drill-down's single-report page shows them).
insert into report_event (report_id, at, actor, action, status, public_note, internal_note, agency_code, late)
select rep.id, e.at, e.actor, e.action, e.status, e.note, null, e.agency, e.late
from gen_report r
join report rep on rep.ticket = r.ticket
cross join lateral (values
    (r.submitted_at, coalesce(r.recorded_by, 'warga'), 'SUBMITTED', 'SUBMITTED', null, null::varchar, false),
    (r.routed_at, 'mcc', 'ROUTED', 'ROUTED', null, r.agency_code, false),
    (r.followed_up_at, coalesce(r.assignee, 'opd.' || lower(r.agency_code)), 'FOLLOWED_UP', 'FOLLOWED_UP',
        'Laporan sudah kami terima; petugas akan meninjau lokasi.', r.agency_code, coalesce(r.follow_up_late, false)),
    (r.completed_at, coalesce(r.assignee, 'opd.' || lower(r.agency_code)), 'COMPLETED', 'COMPLETED',
        'Pekerjaan sudah selesai dilaksanakan oleh petugas lapangan.', r.agency_code, false),
    (case when r.status = 'REOPENED' then r.due_at - interval '7 days' end, 'pelapor', 'REOPENED', 'REOPENED',
        'Masalahnya muncul lagi setelah beberapa hari.', r.agency_code, false)
) as e(at, actor, action, status, note, agency, late)
where r.status in ('SUBMITTED', 'NEEDS_INFO', 'ROUTED', 'REOPENED', 'FOLLOWED_UP', 'IN_PROGRESS', 'COMPLETED')
  and e.at is not null;

commit;
