-- Emergency drills, part 3 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.3, §3.4): the drill workflow (planned → preparing →
-- ready → in progress → conducted, or terminated or cancelled), its roles, documents, history and the phone timeline,
-- and the yearly drill plan per org. Drills recorded after the fact (part 2) stay as they are: CONDUCTED or TERMINATED.

-- A yearly drill plan (年度演练计划): its items are the drills the org means to hold; drills planned under it list it.
create table drill_year_plan (
    id           uuid         primary key,
    org_id       uuid         not null references org (id),
    year         int          not null check (year between 2000 and 2100),
    title        varchar(200) not null,
    status       varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    items        jsonb        not null default '[]',
    submitted_by varchar(255),
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint drill_year_plan_once unique (org_id, year)
);

alter table drill drop constraint drill_status_check;
alter table drill add constraint drill_status_check
    check (status in ('PLANNED', 'PREPARING', 'READY', 'IN_PROGRESS', 'CONDUCTED', 'TERMINATED', 'CANCELLED'));
-- conducted_on: the local day it was held (the period it counts in), known once it started.
alter table drill alter column conducted_on drop not null;
alter table drill
    add column planned_on          date,
    add column original_planned_on date,
    -- the drill's day for lists: the day held, else the day planned
    add column day                 date,
    add column year_plan_id        uuid references drill_year_plan (id),
    add column purpose             varchar(12) check (purpose in ('VERIFY', 'DEMONSTRATE', 'RESEARCH')),
    add column scenario            jsonb,
    add column objectives          jsonb not null default '[]',
    add column roles               jsonb not null default '{}',
    add column planned_headcount   int check (planned_headcount >= 0),
    add column actual_headcount    int check (actual_headcount >= 0),
    add column high_risk           boolean not null default false,
    add column affects_public      boolean not null default false,
    add column evaluation_planned  boolean not null default true,
    add column actual_start        timestamptz,
    add column actual_end          timestamptz,
    add column cancel_reason       varchar(1000);
update drill set day = conducted_on;
alter table drill alter column day set not null;
alter table drill add constraint drill_planned_has_day check (status in ('CONDUCTED', 'TERMINATED') or planned_on is not null);
drop index drill_org_idx;
create index drill_org_idx on drill (org_id, day desc, id);
create index drill_year_plan_idx on drill (year_plan_id) where year_plan_id is not null;

-- Every step of a drill or a year plan, never changed once written.
create table drill_event (
    seq           bigint        generated always as identity primary key,
    record_kind   varchar(10)   not null check (record_kind in ('DRILL', 'YEAR_PLAN')),
    record_id     uuid          not null,
    org_id        uuid          not null references org (id),
    at            timestamptz   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    action        varchar(20)   not null,
    from_state    varchar(12),
    to_state      varchar(12)   not null,
    comment       varchar(1000),
    data          jsonb
);
create index drill_event_record_idx on drill_event (record_id, seq);

-- The timeline of a drill (§3.3 timeline[], §3.4 log): injects, actions, observations and incidents posted from phones,
-- offline; the phone's own id for an entry makes a repeated post the same entry.
create table drill_timeline_entry (
    id             uuid          primary key,
    drill_id       uuid          not null references drill (id),
    org_id         uuid          not null references org (id),
    client_id      varchar(64)   not null,
    kind           varchar(12)   not null check (kind in ('INJECT', 'ACTION', 'OBSERVATION', 'INCIDENT')),
    text           varchar(4000) not null,
    occurred_at    timestamptz   not null,
    recorded_at    timestamptz   not null,
    author_subject varchar(255)  not null,
    author_name    varchar(255),
    attachment_ids uuid[]        not null default '{}',
    constraint drill_timeline_entry_client unique (drill_id, client_id)
);
create index drill_timeline_entry_order_idx on drill_timeline_entry (drill_id, occurred_at, id);
