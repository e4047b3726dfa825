-- The accountability register (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.6, issue 12 deliverable 6): 约谈, 通报批评, 说明情况,
-- 书面检查, 整改方案, 诫勉 … addressed to an org (and the persons holding its posts), created by hand or by a consequence
-- rule, each with its lineage to the facts that triggered it. A rule creates an action once per fact (rule_key).
create table accountability_action (
    id               uuid          primary key,
    code             varchar(20)   not null unique,
    type             varchar(24)   not null,
    status           varchar(12)   not null,
    target_org_id    uuid          not null references org (id),
    target_persons   jsonb         not null default '[]',
    issuer_org_id    uuid          not null references org (id),
    title            varchar(200)  not null,
    reason           varchar(2000) not null,
    trigger_rule     varchar(40),
    trigger_facts    jsonb         not null default '[]',
    rule_key         varchar(120)  unique,
    due_on           date,
    response         varchar(4000),
    responded_at     timestamptz,
    closing_note     varchar(2000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index accountability_action_target_idx on accountability_action (target_org_id, created_at desc);
create sequence accountability_action_code_seq;

-- Every step of an action, never changed once written.
create table accountability_event (
    seq           bigint        generated always as identity primary key,
    record_id     uuid          not null references accountability_action (id),
    org_id        uuid          not null references org (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    action        varchar(20)   not null,
    from_state    varchar(12),
    to_state      varchar(12)   not null,
    comment       varchar(2000),
    data          jsonb,
    tx_id         xid8          not null default pg_current_xact_id()
);
create index accountability_event_record_idx on accountability_event (record_id, seq);
