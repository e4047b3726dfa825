-- Responsibility lists (责任清单): templates, lists with duty items, control indicators, signatures, history and
-- handovers (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §2.2, §2.3); obligations per duty item x period beside the rule ones.

-- A template per holder kind, versioned: a new version is a new row with the same code; items are kept as one
-- document (they are copied into a list's duty items when a list is drafted from the template).
create table list_template (
    id              uuid         primary key,
    code            varchar(60)  not null,
    version_no      integer      not null check (version_no >= 1),
    holder_kind     varchar(30)  not null,
    title           varchar(200) not null,
    issuing_org_id  uuid         references org (id),
    source_docs     varchar(500) not null,
    items           jsonb        not null,
    created_by      varchar(255) not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint list_template_version_unique unique (code, version_no)
);
create index list_template_kind_idx on list_template (holder_kind, code, version_no);

-- One list per holder and year, in versions: a revision is a new row of the same lineage (the first version's id).
-- holder_org_id is the holder org, or the holder post's org; scope_path/industry are that org's (scope like hazards).
create table responsibility_list (
    id                uuid         primary key,
    code              varchar(40)  not null,
    lineage_id        uuid         not null,
    version_no        integer      not null check (version_no >= 1),
    supersedes_id     uuid         references responsibility_list (id),
    year              integer      not null check (year between 2000 and 2100),
    holder_kind       varchar(30)  not null,
    holder_post_id    uuid         references post (id),
    holder_org_id     uuid         not null references org (id),
    issuing_org_id    uuid         not null references org (id),
    template_id       uuid         references list_template (id),
    template_version  integer,
    title             varchar(200) not null,
    status            varchar(12)  not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SIGNED', 'ACTIVE',
        'CLOSED', 'ARCHIVED', 'DISCARDED', 'SUPERSEDED')),
    doc_number        varchar(100),
    effective_from    date         not null,
    effective_to      date         not null,
    publicity         varchar(8)   not null check (publicity in ('INTERNAL', 'PUBLIC')),
    revision_reason   varchar(500),
    return_reason     varchar(500),
    published_at      timestamptz,
    signed_at         timestamptz,
    scope_path        varchar(1000) not null,
    industry          varchar(40),
    created_by        varchar(255) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint responsibility_list_code_unique unique (code),
    constraint responsibility_list_version_unique unique (lineage_id, version_no),
    constraint responsibility_list_dates check (effective_to >= effective_from)
);
create index responsibility_list_scope_idx on responsibility_list (scope_path varchar_pattern_ops, year);
create index responsibility_list_page_idx on responsibility_list (year desc, code);
create index responsibility_list_holder_idx on responsibility_list (holder_post_id, year);
-- one lineage per holder, kind and year (bulk issue retries and double clicks create nothing twice)
create unique index responsibility_list_holder_year_idx on responsibility_list
    (holder_org_id, coalesce(holder_post_id, holder_org_id), holder_kind, year)
    where version_no = 1 and status <> 'DISCARDED';

-- A duty of a list version. item_key is stable across the versions of a lineage while the duty stays the same:
-- obligations and evidence hang on the key, so a revision keeps what was proven.
create table duty_item (
    id              uuid          primary key,
    list_id         uuid          not null references responsibility_list (id),
    item_key        uuid          not null,
    seq             integer       not null check (seq >= 1),
    category        varchar(12)   not null check (category in ('MEETING', 'STUDY', 'INSPECTION', 'HAZARD', 'EMERGENCY',
        'TRAINING', 'INVESTMENT', 'DEPLOYMENT', 'REPORTING', 'ASSESSMENT', 'OTHER')),
    text            varchar(1000) not null,
    legal_basis     varchar(200)[] not null,
    period_type     varchar(12)   check (period_type in ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH')),
    min_count       integer       check (min_count between 1 and 1000),
    qualifier       varchar(100),
    due_date        date,
    grace_days      integer       not null default 0 check (grace_days between 0 and 366),
    at_risk_days    integer       not null default 30 check (at_risk_days between 0 and 366),
    evidence_spec   jsonb,
    verification    varchar(6)    not null check (verification in ('MANUAL', 'AUTO', 'HYBRID')),
    metric_code     varchar(60),
    auto_criteria   varchar(500),
    constraint duty_item_key_unique unique (list_id, item_key),
    constraint duty_item_requirement check ((period_type is null) = (min_count is null)),
    constraint duty_item_one_requirement check (period_type is null or due_date is null)
);
create index duty_item_list_idx on duty_item (list_id, seq);
create index duty_item_key_idx on duty_item (item_key);

-- 控制指标 (L14): ceilings cascaded from a parent list's indicator.
create table control_indicator (
    id                  uuid        primary key,
    list_id             uuid        not null references responsibility_list (id),
    metric              varchar(20) not null check (metric in ('ACC_COUNT', 'ACC_DEATHS', 'ACC_LARGER', 'ACC_INJURIES',
        'ACC_DIRECT_LOSS')),
    ceiling             numeric(14, 2) not null check (ceiling >= 0),
    parent_indicator_id uuid        references control_indicator (id),
    constraint control_indicator_metric_unique unique (list_id, metric)
);

-- Signatures of a list version: the holder (the person holding the post on the sign date) and the issuer.
create table list_signature (
    id           uuid         primary key,
    list_id      uuid         not null references responsibility_list (id),
    version_no   integer      not null,
    role         varchar(6)   not null check (role in ('ISSUER', 'HOLDER')),
    person_name  varchar(100) not null,
    person_ref   varchar(255) not null,
    post_id      uuid         references post (id),
    signed_at    timestamptz  not null,
    sign_date    date         not null,
    method       varchar(6)   not null check (method in ('E_SIGN', 'SCAN')),
    doc_hash     varchar(64)  not null,
    constraint list_signature_role_unique unique (list_id, role)
);

-- A list's history: every workflow step with actor, states, comment and data. Never changed once written.
create table list_event (
    seq           bigserial    primary key,
    list_id       uuid         not null references responsibility_list (id),
    at            timestamptz  not null,
    actor_subject varchar(255) not null,
    actor_name    varchar(255) not null,
    actor_org_code varchar(60),
    action        varchar(30)  not null,
    from_state    varchar(12),
    to_state      varchar(12)  not null,
    comment       varchar(1000),
    data          jsonb
);
create index list_event_list_idx on list_event (list_id, seq);

-- A post changing hands while its list is live: the new holder acknowledges within due_date (rule data, 30 days).
create table list_handover (
    id               uuid         primary key,
    list_id          uuid         not null references responsibility_list (id),
    post_id          uuid         not null references post (id),
    from_person      varchar(100),
    to_person        varchar(100) not null,
    to_person_ref    varchar(255),
    handover_date    date         not null,
    due_date         date         not null,
    open_obligations varchar(120)[] not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(255),
    created_at       timestamptz  not null,
    constraint list_handover_unique unique (list_id, post_id, handover_date)
);
create index list_handover_open_idx on list_handover (list_id) where acknowledged_at is null;

-- Obligations and evidence of a duty item (per item key x period) beside those of a requirement rule: exactly one
-- of rule_id and duty_item_key is set. An item obligation carries its own grace and at-risk days (from the item).
alter table obligation alter column rule_id drop not null;
alter table obligation add column duty_item_key uuid;
alter table obligation add column grace_days integer;
alter table obligation add column at_risk_days integer;
alter table obligation add constraint obligation_one_basis check ((rule_id is null) <> (duty_item_key is null));
alter table obligation add constraint obligation_item_terms
    check (duty_item_key is null or (grace_days is not null and at_risk_days is not null));
create unique index obligation_item_unique on obligation (duty_item_key, subject_kind, subject_id, period_key)
    where duty_item_key is not null;

alter table obligation_evidence alter column rule_id drop not null;
alter table obligation_evidence add column duty_item_key uuid;
alter table obligation_evidence add constraint obligation_evidence_one_basis
    check ((rule_id is null) <> (duty_item_key is null));
create unique index obligation_evidence_item_unique on obligation_evidence
    (duty_item_key, subject_kind, subject_id, source_kind, source_id) where duty_item_key is not null;
create index obligation_evidence_item_idx on obligation_evidence (duty_item_key, subject_kind, subject_id, evidence_date)
    where duty_item_key is not null;
