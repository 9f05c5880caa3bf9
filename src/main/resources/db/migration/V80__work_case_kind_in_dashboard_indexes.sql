-- The leaders' filter by kind of case (?jenis=REPORT|APPLICATION) adds c.kind = ... to the standings' queries.
-- Without kind in the indexes those queries serve, PostgreSQL reads each matching row's kind from the table or
-- intersects with every entry of that kind in work_case_reference_uq (docs/query-plans/dashboard-kind-200k.txt);
-- with kind as the last column the open cases and the 90-day answers are read index-only again, and the queries
-- over every kind keep their plans. Decision 144.
drop index work_case_open_idx;
create index work_case_open_idx on work_case (closed_at, agency_code, district_code, waiting_on, due_at, kind);
drop index work_case_answer_window_idx;
create index work_case_answer_window_idx on work_case (answered_at, agency_code, assigned_at, answer_late,
    answer_working_days, late, kind);
