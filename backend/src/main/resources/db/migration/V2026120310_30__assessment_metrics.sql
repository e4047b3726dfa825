-- Metric snapshots (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.5, §4.4): one row per scheme, target and metric each time
-- the metrics are taken (provisional when the scheme opens, frozen when its review starts, or recomputed by hand with
-- a reason). Rows are only ever added: a recomputation after a later change is a new row and the old one stays, so a
-- score can be replayed on the values it was computed from.
create table assessment_metric_snapshot (
    id            uuid          primary key,
    scheme_id     uuid          not null references assessment_scheme (id),
    target_org_id uuid          not null references org (id),
    metric        varchar(40)   not null,
    period_from   date          not null,
    period_to     date          not null,
    -- the local day the values count up to (exclusive): the period's end, or the day after it was taken mid-period
    as_of         date          not null,
    value         numeric(16, 6),
    inputs        jsonb         not null,
    inputs_hash   varchar(64)   not null,
    reason        varchar(20)   not null check (reason in ('OPEN', 'START_REVIEW', 'RECOMPUTE')),
    comment       varchar(1000),
    computed_at   timestamptz   not null,
    computed_by   varchar(255)  not null,
    constraint assessment_metric_snapshot_period check (period_to > period_from)
);
create index assessment_metric_snapshot_target_idx
    on assessment_metric_snapshot (scheme_id, target_org_id, metric, computed_at desc, id);

-- When the scheme's metrics were frozen (START_REVIEW): scoring reads the snapshots in force at that moment.
alter table assessment_scheme add column frozen_at timestamptz;

-- Snapshots are never changed or removed once written.
create function assessment_metric_snapshot_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'assessment_metric_snapshot rows are immutable';
end $$;
create trigger assessment_metric_snapshot_immutable_trg before update or delete on assessment_metric_snapshot
    for each row execute function assessment_metric_snapshot_immutable();
