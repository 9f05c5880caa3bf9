-- Read-model support for the leaders' dashboard and statistics: the follow-up time in working days is
-- fixed when the agency answers (the calendar of that moment), so medians and trends are plain SQL.
alter table report add column follow_up_working_days int;
create index report_followed_up_idx on report (followed_up_at, agency_code);
create index report_district_status_idx on report (district_code, status);
