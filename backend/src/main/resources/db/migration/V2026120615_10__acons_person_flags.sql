-- Person flags (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §4.2 PersonFlag, A5/A6; issue 12 deliverable 6): a leader held
-- accountable for a vetoed assessment is barred from awards (评先评优) and from promotion during the 影响期. Each flag names
-- the person by the post held on the day, its period, the consequence rule and the facts (lineage), and the
-- accountability action it came with. A rule creates a flag once per rule, assessment, post and kind (rule_key).
create table person_flag (
    id             uuid          primary key,
    kind           varchar(16)   not null check (kind in ('AWARD_BAR', 'PROMOTION_BAR')),
    person_name    varchar(50)   not null,
    post_id        uuid          references post (id),
    post_title     varchar(100),
    org_id         uuid          not null references org (id),
    from_date      date          not null,
    to_date        date          not null,
    trigger_rule   varchar(40)   not null,
    trigger_facts  jsonb         not null default '[]',
    source_action_id uuid        references accountability_action (id),
    rule_key       varchar(160)  not null unique,
    created_at     timestamptz   not null,
    constraint person_flag_dates check (to_date >= from_date)
);
create index person_flag_org_idx on person_flag (org_id, from_date desc);
create index person_flag_action_idx on person_flag (source_action_id);
