-- EXPLAIN (ANALYZE, BUFFERS) of every query behind the leaders' dashboard (PerformanceFigures.standings()) and of
-- the agency drill-down (ReportViews.waitingOnGovernment) for one agency, with the parameters the application
-- binds (:now, :since, :start) written as literals of this instant. Run by bench/dashboard-load.sh, which writes
-- the output to docs/query-plans/dashboard-1m.txt; keep the SQL here identical to the Java's.
--
--   psql -X -v agency=PUPR -f bench/sql/dashboard-plans.sql

\if :{?agency}
\else
\set agency PUPR
\endif
\pset pager off
\pset format unaligned
\pset tuples_only on
set client_min_messages = warning;

-- now, the 90-day window and the first Monday (00:00 WIT) of the 12-week trend, as PerformanceFigures computes them
select now() as now_ts,
       now() - interval '90 days' as since_ts,
       ((date_trunc('week', now() at time zone 'Asia/Jayapura') - interval '11 weeks') at time zone 'Asia/Jayapura') as start_ts
\gset
-- Light.SQL with :now bound
select format('(case when c.waiting_on in (''COMMAND_CENTER'',''AGENCY'') and c.due_at < %L then ''RED'' '
              'when c.waiting_on is not null then ''YELLOW'' else ''GREEN'' end)',
              :'now_ts') as light \gset
-- PerformanceFigures.OPEN, and the answer window of PerformanceFigures.followUps(): one index range per week
select 'c.closed_at is null' as open \gset
select string_agg(format('select c.agency_code, %s as week, c.answer_working_days as days, count(*) as answered, '
                          'sum(case when c.answer_late then 0 else 1 end) as answered_on_time, '
                          'sum(case when c.assigned_at is not null then 1 else 0 end) as due, '
                          'sum(case when c.assigned_at is not null and c.answer_late = false then 1 else 0 end) as due_on_time, '
                          'sum(case when c.late = true then 1 else 0 end) as late '
                          'from work_case c where c.answered_at >= %L%s group by c.agency_code, c.answer_working_days',
                          w, case when w < 0 then :'since_ts'::timestamptz else :'start_ts'::timestamptz + w * interval '7 days' end,
                          case when w < 12 then format(' and c.answered_at < %L', :'start_ts'::timestamptz + (w + 1) * interval '7 days') else '' end),
                   E'\nunion all\n' order by w) as window
from generate_series(-1, 12) as w \gset
select format('sum(case when %s = ''RED'' then 1 else 0 end) as red, sum(case when %s = ''YELLOW'' then 1 else 0 end) as yellow, '
              'sum(case when %s = ''GREEN'' then 1 else 0 end) as green', :'light', :'light', :'light') as light_counts \gset

\echo :now_ts 'now (:now)'
\echo :since_ts 'now - 90 days (:since)'
\echo :start_ts 'first Monday of the 12-week trend, 00:00 WIT (:start)'
select 'case rows: ' || count(*) || ', open: ' || count(*) filter (where closed_at is null) from work_case;

\echo
\echo '=== 1. lights of the open cases by agency and district, oldest red by agency (PerformanceFigures.openCases)'
explain (analyze, buffers)
select c.agency_code, c.district_code, :light_counts,
       min(case when c.waiting_on = 'AGENCY' and c.due_at < :'now_ts' then c.due_at end) as oldest_red
from work_case c where :open group by c.agency_code, c.district_code;

\echo
\echo '=== 2. answers of the 90-day window by agency, week of the trend and working days (PerformanceFigures.followUps)'
explain (analyze, buffers)
:window;

\echo
\echo '=== 3. answers due in the window and not given in it (PerformanceFigures.followUps)'
explain (analyze, buffers)
select c.agency_code, c.answer_working_days as days, count(*) as due,
       sum(case when c.answered_at is not null and c.answer_late = false then 1 else 0 end) as on_time
from work_case c
where c.agency_code is not null and c.assigned_at is not null
  and c.waiting_on = 'AGENCY' and c.due_at >= :'since_ts' and c.due_at < :'now_ts'
  and (c.answered_at is null or c.answered_at < :'since_ts')
group by c.agency_code, c.answer_working_days;

\echo
\echo '=== 4. cases refused late without an answer in the last 90 days (PerformanceFigures.totals)'
explain (analyze, buffers)
select count(*) from work_case c where c.late = true and c.answered_at is null and c.closed_at >= :'since_ts';

\echo
\echo '=== 5. agency drill-down: waiting on the government, agency' :agency '(ReportViews.waitingOnGovernment)'
explain (analyze, buffers)
select r.ticket, r.kind, r.category_code, r.description, c.stage as status, c.late, c.agency_code, r.submitted_at, c.due_at,
       r.district_code, r.village_code, r.latitude, r.longitude, r.me_too, r.reroute_requested, c.assignee, :light as light
from report r join work_case c on c.id = r.case_id
where c.stage in ('SUBMITTED','ROUTED','REOPENED','NEEDS_INFO') and c.agency_code = :'agency' and c.stage in ('ROUTED','REOPENED')
order by case when c.due_at < :'now_ts' then 0 else 1 end, c.due_at, r.submitted_at limit 200;
