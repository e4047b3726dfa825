-- Shared building blocks of lists, drills and assessments (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.1, §1.2).

-- Requirement rules as data: who owes what, how often, since when, on whose authority. Rules stack.
create table requirement_rule (
    id             uuid         primary key,
    code           varchar(60)  not null,
    title          varchar(200) not null,
    capability     varchar(10)  not null check (capability in ('DUTY', 'DRILL', 'REPORT')),
    applies_to     jsonb        not null,
    period_type    varchar(12)  not null check (period_type in ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH', 'ROLLING_24M', 'EVENT')),
    event_days     integer      check (event_days between 0 and 3650),
    min_count      integer      not null check (min_count between 1 and 1000),
    qualifier      varchar(100),
    must_report_to varchar(100),
    grace_days     integer      not null default 0 check (grace_days between 0 and 366),
    at_risk_days   integer      not null default 30 check (at_risk_days between 0 and 366),
    jurisdiction   varchar(10)  not null check (jurisdiction in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT')),
    effective_from date         not null,
    effective_to   date,
    citation       varchar(200) not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    constraint requirement_rule_code_unique unique (code),
    constraint requirement_rule_event_days check ((period_type = 'EVENT') = (event_days is not null)),
    constraint requirement_rule_dates check (effective_to is null or effective_to >= effective_from)
);

-- One obligation per subject x rule x period. org_id is the subject's org (the post's org for a post): scope joins it.
create table obligation (
    id              uuid         primary key,
    rule_id         uuid         not null references requirement_rule (id),
    subject_kind    varchar(4)   not null check (subject_kind in ('ORG', 'POST')),
    subject_id      uuid         not null,
    org_id          uuid         not null references org (id),
    period_key      varchar(24)  not null,
    period_first    date         not null,
    period_last     date         not null,
    required        integer      not null,
    counted         integer      not null default 0,
    late            integer      not null default 0,
    status          varchar(8)   not null check (status in ('OPEN', 'AT_RISK', 'MET', 'PARTIAL', 'MISSED', 'WAIVED')),
    finalised_at    timestamptz,
    waiver_reason   varchar(500),
    waiver_document varchar(100),
    waived_by       varchar(255),
    waived_at       timestamptz,
    computed_at     timestamptz  not null,
    version         bigint       not null default 0,
    constraint obligation_unique unique (rule_id, subject_kind, subject_id, period_key)
);
create index obligation_org_idx on obligation (org_id, period_first);
create index obligation_open_idx on obligation (period_last) where finalised_at is null;

-- Evidence that counts towards a subject's rule: written by the modules that hold the proof (fulfilment records,
-- drills, reports), each under its own source kind and id; withdrawn evidence stops counting.
create table obligation_evidence (
    id            uuid         primary key,
    rule_id       uuid         not null references requirement_rule (id),
    subject_kind  varchar(4)   not null,
    subject_id    uuid         not null,
    source_kind   varchar(20)  not null,
    source_id     varchar(64)  not null,
    evidence_date date         not null,
    entered_at    timestamptz  not null,
    withdrawn_at  timestamptz,
    constraint obligation_evidence_source_unique unique (rule_id, subject_kind, subject_id, source_kind, source_id)
);
create index obligation_evidence_subject_idx on obligation_evidence (rule_id, subject_kind, subject_id, evidence_date);
