-- Emergency drills, part 6 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.4): the obligations a drill's evaluation leaves behind,
-- kept apart from the rule-period obligations (which the drill recount deletes and rebuilds):
--   PLAN_REVISION: a MAJOR finding of category PLAN (D10) obliges the organiser to revise the drill's plans, by default
--                  within 60 days of the evaluation's signing; met once one of those plans has a new plan_version or a
--                  last_review_date on or after the finding's day (plans holds the editions as they were), or the finding
--                  is VERIFIED;
--   REDRILL:       the conclusion NOT_ACHIEVED_REDRILL obliges the organiser to drill the same scenario again, by default
--                  within 90 days of the signing (a default choice: the domain names no number); met once a later drill
--                  of the organiser on the same scenario type (held after the signing) is CONDUCTED, EVALUATED or CLOSED.
-- Whether one is met is read from those records, never stored, so no writer elsewhere has to keep it.
create table drill_follow_up (
    id             uuid         primary key,
    kind           varchar(14)  not null check (kind in ('PLAN_REVISION', 'REDRILL')),
    org_id         uuid         not null references org (id),
    drill_id       uuid         not null references drill (id),
    evaluation_id  uuid         not null references drill_evaluation (id),
    finding_id     uuid         references drill_finding (id),
    scenario_type  varchar(100),
    plans          jsonb        not null default '[]',
    since          date         not null,
    due            date         not null,
    created_at     timestamptz  not null,
    constraint drill_follow_up_finding check ((kind = 'PLAN_REVISION') = (finding_id is not null)),
    constraint drill_follow_up_dates check (due >= since)
);
create unique index drill_follow_up_finding_uq on drill_follow_up (finding_id) where finding_id is not null;
create unique index drill_follow_up_redrill_uq on drill_follow_up (drill_id) where kind = 'REDRILL';
create index drill_follow_up_org_idx on drill_follow_up (org_id, due);
