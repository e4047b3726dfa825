-- Assessments per target (§4.2 Assessment, IndicatorScore, Objection): one per target of an opened scheme, run by the
-- §4.3 workflow. Every value anyone sets (self score, department score, review override, adjustment, manual veto) is a
-- new row of assessment_value with who, when, why and the evidence; the score reads the latest of each kind, so no
-- value is ever lost. Objections are rows of their own.
create table assessment (
    id                uuid          primary key,
    scheme_id         uuid          not null references assessment_scheme (id),
    target_org_id     uuid          not null references org (id),
    group_code        varchar(40)   not null,
    -- the target's path (the target side) and the scheme's (the issuing side)
    scope_path        varchar(1000) not null,
    issuer_path       varchar(1000) not null,
    status            varchar(24)   not null check (status in ('NOT_STARTED', 'SELF_ASSESSING', 'SELF_SUBMITTED', 'SELF_MISSED',
                          'UNDER_REVIEW', 'REVIEWED', 'PRELIMINARY_PUBLISHED', 'IN_RECONSIDERATION', 'FINAL', 'RECTIFYING',
                          'CLOSED')),
    signed_by_name    varchar(100),
    signed_by_subject varchar(255),
    self_submitted_at timestamptz,
    self_due          date,
    preliminary_at    timestamptz,
    objection_due     date,
    total             numeric(12, 4),
    grade             varchar(40),
    rank_in_group     integer,
    award_bar         boolean       not null default false,
    plan_due          date,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint assessment_once unique (scheme_id, target_org_id)
);
create index assessment_scope_idx on assessment (scope_path varchar_pattern_ops);
create index assessment_scheme_idx on assessment (scheme_id, group_code, id);

create table assessment_value (
    seq              bigint        generated always as identity primary key,
    assessment_id    uuid          not null references assessment (id),
    kind             varchar(12)   not null check (kind in ('SELF', 'DEPARTMENT', 'REVIEW', 'ADJUSTMENT', 'VETO')),
    -- the leaf indicator (SELF, DEPARTMENT, REVIEW) or the rule (ADJUSTMENT, VETO)
    code             varchar(40)   not null,
    deductions       jsonb,
    checklist        varchar(40)[],
    points           numeric(12, 4),
    occurrences      integer,
    reason           varchar(1000),
    evidence         uuid[]        not null default '{}',
    set_by_subject   varchar(255)  not null,
    set_by_name      varchar(255)  not null,
    set_by_org_id    uuid          references org (id),
    set_at           timestamptz   not null
);
create index assessment_value_idx on assessment_value (assessment_id, kind, code, seq);

create table assessment_event (
    seq           bigint        generated always as identity primary key,
    assessment_id uuid          not null references assessment (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255)  not null,
    action        varchar(30)   not null,
    from_status   varchar(24),
    to_status     varchar(24)   not null,
    reason        varchar(1000),
    data          jsonb
);
create index assessment_event_idx on assessment_event (assessment_id, seq);

create table assessment_objection (
    id            uuid          primary key,
    assessment_id uuid          not null references assessment (id),
    indicators    varchar(40)[] not null,
    reason        varchar(2000) not null,
    evidence      uuid[]        not null default '{}',
    raised_by     varchar(255)  not null,
    raised_at     timestamptz   not null,
    decision      varchar(10)   check (decision in ('UPHELD', 'REJECTED')),
    decision_note varchar(2000),
    decided_by    varchar(255),
    decided_at    timestamptz
);
create index assessment_objection_idx on assessment_objection (assessment_id, raised_at);

alter table assessment_scheme add column objection_due date;
alter table assessment_scheme add column results_doc_number varchar(100);
