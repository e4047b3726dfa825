-- Hidden-hazard tickets (事故隐患): the closed loop find → register → rectify → supervise → accept → close.

-- Trigram indexes for the title search (a trusted extension: the database owner may create it).
create extension if not exists pg_trgm;

-- Ticket codes are YH-<year>-<6 digits>, numbered per year.
create table hazard_code_counter (
    year       integer primary key,
    last_value integer not null
);

create table hazard (
    id                         uuid          primary key,
    code                       varchar(20)   not null unique,
    title                      varchar(200)  not null,
    description                varchar(4000),
    level                      varchar(10)   not null check (level in ('GENERAL', 'MAJOR')),
    category                   varchar(30)   not null,
    industry                   varchar(40)   references industry (code),
    enterprise_id              uuid          references org (id),
    territory_id               uuid          not null references org (id),
    -- the org path the ticket belongs to (its enterprise's, else its territory's): what scope filters on
    scope_path                 varchar(1200) not null,
    location_text              varchar(200),
    latitude                   numeric(9, 6) check (latitude between -90 and 90),
    longitude                  numeric(9, 6) check (longitude between -180 and 180),
    source                     varchar(20)   not null,
    discovered_by_subject      varchar(255)  not null,
    discovered_by_name         varchar(255),
    discovered_at              timestamptz   not null,
    reporter_org_id            uuid          not null references org (id),
    external_ref               varchar(100),
    responsible_unit           varchar(200),
    responsible_person         varchar(100),
    rectification_measures     varchar(4000),
    deadline                   date,
    state                      varchar(24)   not null,
    overdue                    boolean       not null default false,
    escalated_to_id            uuid          references org (id),
    escalated_at               timestamptz,
    -- 五落实 for major hazards
    plan_measures              varchar(4000),
    plan_funds                 numeric(14, 2) check (plan_funds >= 0),
    plan_deadline              date,
    plan_responsible_person    varchar(100),
    plan_emergency_plan        varchar(4000),
    -- 挂牌督办
    supervision_level          varchar(10),
    supervision_org_id         uuid          references org (id),
    supervision_doc_number     varchar(60),
    supervision_listed_at      timestamptz,
    supervision_signed_at      timestamptz,
    supervision_signed_by      varchar(255),
    -- a pending deadline extension request
    extension_deadline         date,
    extension_reason           varchar(1000),
    extension_requested_at     timestamptz,
    -- acceptance (验收) and closure (销号)
    acceptor_kind              varchar(30),
    acceptor_name              varchar(200),
    acceptance_opinion         varchar(2000),
    accepted_at                timestamptz,
    closed_at                  timestamptz,
    rejection_reason           varchar(20),
    duplicate_of_id            uuid          references hazard (id),
    -- effectiveness review after closure, a separate fact (ISO 45001 §10.2)
    effectiveness_checked_at   timestamptz,
    effective                  boolean,
    effectiveness_note         varchar(2000),
    version                    bigint        not null default 0,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    constraint hazard_external_ref_unique unique (reporter_org_id, external_ref)
);

create index hazard_scope_created_idx on hazard (scope_path text_pattern_ops, created_at desc, id desc);
create index hazard_created_idx on hazard (created_at desc, id desc);
create index hazard_enterprise_idx on hazard (enterprise_id, created_at desc);
create index hazard_state_idx on hazard (state, created_at desc, id desc);
create index hazard_deadline_idx on hazard (deadline, id) where deadline is not null;
create index hazard_overdue_created_idx on hazard (created_at desc, id desc) where overdue;
create index hazard_title_trgm_idx on hazard using gin (lower(title) gin_trgm_ops);
create index hazard_industry_idx on hazard (industry, scope_path text_pattern_ops);

-- The ticket's history (一患一档): every step with actor, time, comment and data. Also the change feed for
-- third parties: each event records the scope before and after, so a ticket that left a caller's scope is
-- still reported to that caller once.
create table hazard_event (
    seq              bigserial     primary key,
    hazard_id        uuid          not null references hazard (id),
    at               timestamptz   not null,
    actor_subject    varchar(255)  not null,
    actor_name       varchar(255),
    actor_org_code   varchar(32),
    action           varchar(30)   not null,
    from_state       varchar(24),
    to_state         varchar(24)   not null,
    comment          varchar(2000),
    data             jsonb,
    scope_path       varchar(1200) not null,
    industry         varchar(40),
    prev_scope_path  varchar(1200),
    prev_industry    varchar(40),
    -- the writing transaction: the feed only hands out events of transactions older than every one still
    -- running, so a reader's cursor never skips an event that commits late
    tx_id            xid8          not null default pg_current_xact_id()
);
create index hazard_event_hazard_idx on hazard_event (hazard_id, seq);
create index hazard_event_scope_idx on hazard_event (scope_path text_pattern_ops, seq);
