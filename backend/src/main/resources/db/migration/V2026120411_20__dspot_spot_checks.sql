-- Drill spot checks (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.3 DrillSpotCheck, D3): a county department or safety office
-- checks an emergency key unit's drills for a half-year, announced or unannounced (突袭抽查); a noncompliant result
-- is ordered corrected by a deadline (责令限期改正); the target answers with its evidence and the regulator accepts it,
-- or, past the deadline, escalates it to an accountability action (its lineage kept both ways).
create table drill_spot_check (
    id                    uuid          primary key,
    code                  varchar(20)   not null unique,
    regulator_org_id      uuid          not null references org (id),
    target_org_id         uuid          not null references org (id),
    drill_id              uuid          references drill (id),
    period                varchar(7)    not null,
    unannounced           boolean       not null,
    planned_on            date,
    checked_on            date,
    checked_by            varchar(255),
    status                varchar(20)   not null,
    result                varchar(16),
    findings              varchar(4000),
    correction_deadline   date,
    correction_order      varchar(2000),
    response              varchar(4000),
    responded_at          timestamptz,
    cancel_reason         varchar(2000),
    accountability_action_id uuid       references accountability_action (id),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null
);
create index drill_spot_check_target_idx on drill_spot_check (target_org_id, created_at desc);
create index drill_spot_check_regulator_idx on drill_spot_check (regulator_org_id, created_at desc);
create sequence drill_spot_check_code_seq;

-- Every step of a spot check, never changed once written.
create table drill_spot_check_event (
    seq           bigint        generated always as identity primary key,
    record_id     uuid          not null references drill_spot_check (id),
    org_id        uuid          not null references org (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    action        varchar(20)   not null,
    from_state    varchar(20),
    to_state      varchar(20)   not null,
    comment       varchar(2000),
    data          jsonb,
    tx_id         xid8          not null default pg_current_xact_id()
);
create index drill_spot_check_event_record_idx on drill_spot_check_event (record_id, seq);
