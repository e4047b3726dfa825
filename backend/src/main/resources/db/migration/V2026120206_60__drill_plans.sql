-- Emergency drills, part 1 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3): emergency key units and emergency plans as references.

-- Emergency key units (ERR 8, EPM 33; §3.1 D2, §5.3): their own category set, separate from the high-risk flag
-- (fishing is high-risk but no key unit; hotels and malls are key units but not high-risk). Null: not a key unit.
alter table org add column emergency_key_category varchar(20)
    check (emergency_key_category in ('DANGEROUS_GOODS', 'MINE', 'METAL_SMELTING', 'URBAN_RAIL', 'CONSTRUCTION',
        'HOTEL', 'MALL', 'ENTERTAINMENT_VENUE', 'TOURIST_SITE'));
alter table org add constraint org_emergency_key_on_enterprises
    check (emergency_key_category is null or kind = 'ENTERPRISE');

-- An emergency plan (应急预案) as a reference drills link to (§3.3 EmergencyPlanRef): light, full plan management is
-- out of scope. plan_version is the plan's own edition ("2024版"); version is the row version (ETag).
create table emergency_plan (
    id               uuid          primary key,
    org_id           uuid          not null references org (id),
    kind             varchar(14)   not null check (kind in ('COMPREHENSIVE', 'SPECIAL', 'ONSITE')),
    title            varchar(200)  not null,
    scenario_types   varchar(40)[] not null default '{}',
    plan_version     varchar(20)   not null,
    effective_date   date,
    filing_no        varchar(60),
    last_review_date date,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index emergency_plan_org_idx on emergency_plan (org_id, title, id);
