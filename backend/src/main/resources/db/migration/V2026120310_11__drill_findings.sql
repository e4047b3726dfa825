-- Emergency drills, part 5 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.3 DrillFinding, §3.4 its workflow): the problems a
-- drill's evaluation found and their fix: OPEN → IN_PROGRESS → DONE (evidence) → VERIFIED, or OPEN → CONVERTED into a
-- hazard ticket (hazard_id), whose state the finding reads.
create table drill_finding (
    id              uuid          primary key,
    drill_id        uuid          not null references drill (id),
    evaluation_id   uuid          not null references drill_evaluation (id),
    org_id          uuid          not null references org (id),
    number          integer       not null check (number >= 1),
    category        varchar(14)   not null check (category in ('PLAN', 'ORGANIZATION', 'PERSONNEL', 'MECHANISM', 'RESOURCES')),
    severity        varchar(8)    not null check (severity in ('MAJOR', 'GENERAL')),
    description     varchar(2000) not null,
    cause           varchar(2000),
    recommendation  varchar(2000),
    action_kind     varchar(14)   check (action_kind in ('PLAN_REVISION', 'TRAINING', 'EQUIPMENT', 'HAZARD_TICKET', 'OTHER')),
    owner_org_id    uuid          references org (id),
    owner_person    varchar(100),
    deadline        date,
    status          varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'CONVERTED')),
    hazard_id       uuid          references hazard (id),
    done_note       varchar(1000),
    done_by_subject varchar(255),
    verified_by     varchar(255),
    verified_at     timestamptz,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint drill_finding_number unique (drill_id, number),
    constraint drill_finding_converted check ((status = 'CONVERTED') = (hazard_id is not null))
);
create index drill_finding_org_idx on drill_finding (org_id, deadline) where status in ('OPEN', 'IN_PROGRESS', 'DONE');

alter table drill_event drop constraint drill_event_record_kind_check;
alter table drill_event add constraint drill_event_record_kind_check check (record_kind in ('DRILL', 'YEAR_PLAN', 'FINDING'));
