-- Indexes for the leaders' dashboard on millions of reports (plans: docs/query-plans/dashboard-1m.txt, measured
-- with bench/dashboard-load.sh). Plain indexes: they run unchanged on H2 and PostgreSQL.
--
-- The open reports' lights by agency and district and each agency's oldest red deadline, read from the index
-- alone: the open statuses are about 2 % of the rows.
create index report_open_idx on report (status, due_at, agency_code, district_code);
-- The 90-day punctuality, the 12-week trend by agency and the late answers of the 90 days, read from the index
-- alone (a range of followed_up_at). Starts like report_followed_up_idx, which it could replace.
create index report_follow_up_window_idx on report (followed_up_at, agency_code, routed_at, follow_up_late,
    follow_up_working_days, late);
-- Late rejections of the last 90 days (they count as late answers), read from the index alone.
create index report_status_closed_idx on report (status, closed_at, late, followed_up_at);
