-- The accident register (事故登记, DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.7): what assessments, vetoes and the monthly
-- control-indicator status count. The level is derived from deaths, serious injuries and direct loss (ACC 3) and
-- stored beside them, so reads and sums need no recomputation.

create table accident (
    id                  uuid          primary key,
    code                varchar(40)   not null,
    occurred_at         timestamptz   not null,
    -- the local day (Asia/Shanghai) it occurred: months and years are counted on it
    occurred_on         date          not null,
    reported_at         timestamptz,
    territory_id        uuid          not null references org (id),
    enterprise_id       uuid          references org (id),
    industry            varchar(40),
    title               varchar(200)  not null,
    description         varchar(4000),
    deaths              integer       not null check (deaths >= 0),
    serious_injuries    integer       not null check (serious_injuries >= 0),
    direct_loss_yuan    numeric(16, 2) not null check (direct_loss_yuan >= 0),
    level               varchar(20)   not null check (level in ('GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR')),
    liability           boolean,
    reporting_issues    varchar(12)[] not null,
    investigation_doc   varchar(200),
    source              varchar(12)   not null check (source in ('MANUAL', 'INTEGRATION')),
    external_ref        varchar(100),
    pushed_by_org_id    uuid          references org (id),
    scope_path          varchar(1000) not null,
    entered_by_subject  varchar(255)  not null,
    entered_by_name     varchar(255)  not null,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint accident_code_unique unique (code),
    constraint accident_external_ref_has_pusher check (external_ref is null or pushed_by_org_id is not null)
);
create sequence accident_code_seq;
create index accident_scope_idx on accident (scope_path varchar_pattern_ops, occurred_on);
create index accident_page_idx on accident (occurred_at desc, id desc);
-- A re-push of the same external reference creates nothing twice.
create unique index accident_external_ref_unique on accident (pushed_by_org_id, external_ref)
    where external_ref is not null;

-- An accident's history: its entry and every correction with the fields before and after. Never changed once written.
create table accident_event (
    seq           bigint        generated always as identity primary key,
    accident_id   uuid          not null references accident (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255)  not null,
    action        varchar(20)   not null,
    reason        varchar(1000),
    data          jsonb
);
create index accident_event_accident_idx on accident_event (accident_id, seq);
