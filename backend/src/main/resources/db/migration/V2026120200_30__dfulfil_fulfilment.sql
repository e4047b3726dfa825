-- Fulfilment records (履职记录) and verification visits (四不两直), DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §2.2-§2.4.

create table fulfilment_record (
    id                  uuid          primary key,
    duty_item_id        uuid          not null,
    list_id             uuid          not null,
    period_key          varchar(24)   not null,
    holder_post_id      uuid          references post (id),
    org_id              uuid          not null references org (id),
    issuing_org_id      uuid          not null references org (id),
    performed_on        date          not null,
    place               varchar(200),
    latitude            numeric(9, 6) check (latitude between -90 and 90),
    longitude           numeric(9, 6) check (longitude between -180 and 180),
    summary             varchar(4000) not null,
    performers          jsonb         not null,
    participants        varchar(100)[] not null,
    counterpart         jsonb,
    follow_up           jsonb,
    hazard_ids          uuid[]        not null,
    drill_ids           uuid[]        not null,
    source              varchar(12)   not null check (source in ('MANUAL', 'AUTO', 'INTEGRATION')),
    external_ref        varchar(100),
    pushed_by_org_id    uuid          references org (id),
    auto_key            varchar(160),
    state               varchar(10)   not null
        check (state in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'AMENDED', 'DISPUTED', 'FALSIFIED')),
    late                boolean       not null default false,
    entered_by_subject  varchar(255)  not null,
    entered_by_name     varchar(255)  not null,
    submitted_at        timestamptz,
    reviewed_by         varchar(255),
    reviewed_at         timestamptz,
    review_decision     varchar(20),
    review_reason       varchar(1000),
    amends_id           uuid          references fulfilment_record (id),
    amendment_request   varchar(1000),
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint fulfilment_gps_pair check ((latitude is null) = (longitude is null)),
    constraint fulfilment_external_ref_has_pusher check (external_ref is null or pushed_by_org_id is not null)
);
create index fulfilment_record_item_idx on fulfilment_record (duty_item_id, period_key);
create index fulfilment_record_org_idx on fulfilment_record (org_id, created_at, id);
create index fulfilment_record_state_idx on fulfilment_record (state, created_at, id);
-- A re-push of the same external reference, or a re-run of the automatic matching, creates nothing twice.
create unique index fulfilment_record_external_ref_unique on fulfilment_record (pushed_by_org_id, external_ref)
    where external_ref is not null;
create unique index fulfilment_record_auto_key_unique on fulfilment_record (duty_item_id, auto_key)
    where auto_key is not null;
-- One amendment per accepted record at a time.
create unique index fulfilment_record_amends_unique on fulfilment_record (amends_id)
    where amends_id is not null and state in ('DRAFT', 'SUBMITTED');

-- A record's history; tx_id (the writing transaction) orders the change feed, so a late commit is never skipped.
create table fulfilment_event (
    seq           bigint        generated always as identity primary key,
    record_id     uuid          not null references fulfilment_record (id),
    org_id        uuid          not null references org (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    action        varchar(30)   not null,
    from_state    varchar(10),
    to_state      varchar(10)   not null,
    comment       varchar(1000),
    data          jsonb,
    tx_id         xid8          not null default pg_current_xact_id()
);
create index fulfilment_event_record_idx on fulfilment_event (record_id, seq);
create index fulfilment_event_feed_idx on fulfilment_event (tx_id, seq);

create table verification_visit (
    id             uuid          primary key,
    visitor_subject varchar(255) not null,
    visitor_name   varchar(255)  not null,
    visitor_org_id uuid          not null references org (id),
    target_org_id  uuid          not null references org (id),
    visited_on     date          not null,
    notes          varchar(4000),
    checks         jsonb         not null,
    created_at     timestamptz   not null
);
create index verification_visit_target_idx on verification_visit (target_org_id, visited_on);
