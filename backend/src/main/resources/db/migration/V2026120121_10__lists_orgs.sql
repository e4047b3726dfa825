-- Org tree additions for responsibility lists (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.4, §1.8, §5.11, §5.15).

-- A functional zone (开发区/工业园区/高新区/综保区/风景区) is a territorial unit run by a 管委会, beside the townships
-- (or the districts) of its parent region (S0, S1 §10, LRR 2). It is a region with a zone kind.
alter table org add column zone_kind varchar(20)
    check (zone_kind in ('DEVELOPMENT_ZONE', 'INDUSTRIAL_PARK', 'HIGH_TECH_ZONE', 'BONDED_ZONE', 'SCENIC_AREA'));
alter table org add constraint org_zone_is_territory
    check (zone_kind is null or (kind = 'REGION' and region_level in ('DISTRICT', 'TOWNSHIP')));

-- Department kinds (S1 §4, L5): 综合监管 / 负有监管职责 / 其他行业主管 / 支持保障.
alter table org add column department_kind varchar(20)
    check (department_kind in ('COMPREHENSIVE', 'SUPERVISING', 'INDUSTRY_ADMIN', 'SUPPORT'));
alter table org add constraint org_department_kind_on_departments
    check (department_kind is null or kind = 'DEPARTMENT');

-- Posts (§1.4): duties attach to posts; who held a post when is a post assignment. Scope follows the post's org.
create table post (
    id         uuid         primary key,
    org_id     uuid         not null references org (id),
    title      varchar(100) not null,
    kind       varchar(30)  not null check (kind in ('LEADER_PARTY_HEAD', 'LEADER_GOV_HEAD', 'LEADER_STANDING_MEMBER',
        'LEADER_SAFETY_DEPUTY', 'LEADER_OTHER_DEPUTY', 'DEPT_HEAD', 'TOWNSHIP_HEAD', 'ENTERPRISE_PRINCIPAL',
        'ENTERPRISE_POST')),
    version    bigint       not null default 0,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint post_title_unique unique (org_id, title)
);
-- One 党委主要负责人, one 政府主要负责人 per region, one head per department.
create unique index post_single_head_idx on post (org_id, kind)
    where kind in ('LEADER_PARTY_HEAD', 'LEADER_GOV_HEAD', 'DEPT_HEAD');
create index post_org_idx on post (org_id, kind, title);

-- Who held a post from which day to which day (both inclusive, local dates; to null = still holding it).
create table post_assignment (
    id              uuid         primary key,
    post_id         uuid         not null references post (id),
    person_name     varchar(50)  not null,
    person_ref      varchar(100),
    from_date       date         not null,
    to_date         date,
    appointment_doc varchar(100) not null,
    end_doc         varchar(100),
    created_at      timestamptz  not null,
    constraint post_assignment_dates check (to_date is null or to_date >= from_date)
);
create index post_assignment_post_idx on post_assignment (post_id, from_date);
create index post_assignment_person_idx on post_assignment (person_ref, from_date) where person_ref is not null;
