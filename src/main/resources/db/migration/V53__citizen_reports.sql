-- Reports a citizen sent while signed in to their account (decision 116), so that "Akun saya" lists them beside the
-- applications; the report itself knows nothing of accounts (it stays anonymous to the public as before).
create table citizen_report (
    citizen_id bigint      not null references citizen_account (id),
    ticket     varchar(20) not null,
    filed_at   timestamp with time zone not null,
    constraint citizen_report_pk primary key (citizen_id, ticket)
);
