-- Assessment schemes (考核方案/细则, DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §4.2): the rules of one period's assessment
-- as data. The indicator tree, grade bands, vetoes, adjustments, consequence rules and deadlines are one JSON document
-- (definition), checked by the service on every save and frozen once the scheme is opened; its history keeps every
-- published revision.

create table assessment_scheme (
    id                  uuid          primary key,
    issuer_org_id       uuid          not null references org (id),
    -- the issuer's path: the issuing side sees and edits it, orgs below read it once published
    scope_path          varchar(1000) not null,
    title               varchar(200)  not null,
    year                integer       not null check (year between 2000 and 2100),
    period              varchar(12)   not null check (period in ('YEAR', 'FIRST_HALF', 'SECOND_HALF')),
    series              varchar(40)   not null,
    doc_number          varchar(100),
    revision            integer       not null default 1,
    status              varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED', 'SELF_ASSESSMENT', 'REVIEWING',
                            'PRELIMINARY', 'APPROVED', 'RESULTS_PUBLISHED', 'CLOSED')),
    definition          jsonb         not null,
    created_by_subject  varchar(255)  not null,
    created_by_name     varchar(255)  not null,
    published_at        timestamptz,
    opened_at           timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index assessment_scheme_scope_idx on assessment_scheme (scope_path varchar_pattern_ops);
create index assessment_scheme_page_idx on assessment_scheme (created_at desc, id desc);

-- A scheme's history: every action with the state before and after; never changed once written.
create table assessment_scheme_event (
    seq           bigint        generated always as identity primary key,
    scheme_id     uuid          not null references assessment_scheme (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255)  not null,
    action        varchar(20)   not null,
    from_status   varchar(20),
    to_status     varchar(20)   not null,
    reason        varchar(1000),
    data          jsonb
);
create index assessment_scheme_event_scheme_idx on assessment_scheme_event (scheme_id, seq);
