-- Reporters of duplicates keep being told of the report theirs was merged into: every step of a report
-- looks up the reports merged into it, so that look-up must not scan the table.
create index report_merged_into_idx on report (merged_into);
