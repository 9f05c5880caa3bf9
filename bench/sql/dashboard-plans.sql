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
select format('(case when r.status in (''SUBMITTED'',''ROUTED'',''REOPENED'') and r.due_at < %L then ''RED'' '
              'when r.status in (''SUBMITTED'',''ROUTED'',''REOPENED'',''NEEDS_INFO'') then ''YELLOW'' else ''GREEN'' end)',
              :'now_ts') as light \gset
-- PerformanceFigures.OPEN, and the follow-up window of PerformanceFigures.followUps(): one index range per week
select 'r.status in (''SUBMITTED'',''NEEDS_INFO'',''ROUTED'',''REOPENED'',''FOLLOWED_UP'',''IN_PROGRESS'',''COMPLETED'')' as open \gset
select string_agg(format('select r.agency_code, %s as week, r.follow_up_working_days as days, count(*) as answered, '
                          'sum(case when r.follow_up_late then 0 else 1 end) as answered_on_time, '
                          'sum(case when r.routed_at is not null then 1 else 0 end) as due, '
                          'sum(case when r.routed_at is not null and r.follow_up_late = false then 1 else 0 end) as due_on_time, '
                          'sum(case when r.late = true then 1 else 0 end) as late '
                          'from report r where r.followed_up_at >= %L%s group by r.agency_code, r.follow_up_working_days',
                          w, case when w < 0 then :'since_ts'::timestamptz else :'start_ts'::timestamptz + w * interval '7 days' end,
                          case when w < 12 then format(' and r.followed_up_at < %L', :'start_ts'::timestamptz + (w + 1) * interval '7 days') else '' end),
                   E'\nunion all\n' order by w) as window
from generate_series(-1, 12) as w \gset
select format('sum(case when %s = ''RED'' then 1 else 0 end) as red, sum(case when %s = ''YELLOW'' then 1 else 0 end) as yellow, '
              'sum(case when %s = ''GREEN'' then 1 else 0 end) as green', :'light', :'light', :'light') as light_counts \gset

\echo :now_ts 'now (:now)'
\echo :since_ts 'now - 90 days (:since)'
\echo :start_ts 'first Monday of the 12-week trend, 00:00 WIT (:start)'
select 'report rows: ' || count(*) || ', open: ' || count(*) filter (where status not in ('CLOSED', 'REJECTED')) from report;

\echo
\echo '=== 1. lights of the open reports by agency and district, oldest red by agency (PerformanceFigures.openCases)'
explain (analyze, buffers)
select r.agency_code, r.district_code, :light_counts,
       min(case when r.status in ('ROUTED','REOPENED') and r.due_at < :'now_ts' then r.due_at end) as oldest_red
from report r where :open group by r.agency_code, r.district_code;

\echo
\echo '=== 2. follow-ups of the 90-day window by agency, week of the trend and working days (PerformanceFigures.followUps)'
explain (analyze, buffers)
:window;

\echo
\echo '=== 3. follow-ups due in the window and not given in it (PerformanceFigures.followUps)'
explain (analyze, buffers)
select r.agency_code, r.follow_up_working_days as days, count(*) as due,
       sum(case when r.followed_up_at is not null and r.follow_up_late = false then 1 else 0 end) as on_time
from report r
where r.agency_code is not null and r.routed_at is not null
  and r.status in ('ROUTED','REOPENED') and r.due_at >= :'since_ts' and r.due_at < :'now_ts'
  and (r.followed_up_at is null or r.followed_up_at < :'since_ts')
group by r.agency_code, r.follow_up_working_days;

\echo
\echo '=== 4. late rejections of the last 90 days (PerformanceFigures.totals)'
explain (analyze, buffers)
select count(*) from report r where r.late = true and r.status = 'REJECTED' and r.closed_at >= :'since_ts'
  and (r.followed_up_at is null or r.followed_up_at < :'since_ts');

\echo
\echo '=== 5. agency drill-down: waiting on the government, agency' :agency '(ReportViews.waitingOnGovernment)'
explain (analyze, buffers)
select r.ticket, r.kind, r.category_code, r.description, r.status, r.late, r.agency_code, r.submitted_at, r.due_at,
       r.district_code, r.village_code, r.latitude, r.longitude, r.me_too, r.reroute_requested, r.assignee, :light as light
from report r
where r.status in ('SUBMITTED','ROUTED','REOPENED','NEEDS_INFO') and r.agency_code = :'agency' and r.status in ('ROUTED','REOPENED')
order by case when r.due_at < :'now_ts' then 0 else 1 end, r.due_at, r.submitted_at limit 200;
