-- Signed output documents (issue #8, item 5): each issued PDF as signed, its SHA-256, and the per-agency, per-year
-- number sequence. The verification code is the public key to the record; the NIK is kept masked only.
create table issued_document (
    verification_code varchar(32)  primary key,
    number            varchar(60)  not null,
    template_code     varchar(60)  not null,
    title             varchar(200) not null,
    agency_code       varchar(20)  not null references agency (code),
    holder_name       varchar(200) not null,
    holder_nik_masked varchar(16),
    case_reference    varchar(60),
    issued_at         timestamp with time zone not null,
    sha256            varchar(64)  not null,
    signer            varchar(200) not null,
    pdf               bytea        not null,
    constraint issued_document_number_unique unique (number),
    constraint issued_document_sha256_unique unique (sha256)
);

create index issued_document_case on issued_document (case_reference);

create table document_sequence (
    agency_code varchar(20) not null references agency (code),
    issue_year  integer     not null,
    last_number integer     not null,
    primary key (agency_code, issue_year)
);
