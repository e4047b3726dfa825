-- Drill coverage and "who owes what" (issue 11 item 8) read the obligations of the periods holding a day as two
-- branches (DrillCoverage.current): the open ones, every period holding today or later (a period is finalised only
-- after its last day and grace), from a partial index of the not-finalised org obligations, about a fifth of them,
-- index-only for the columns a status is graded from; and the finalised ones, which matter only for a past day,
-- by period. Both replace the covering index of every org obligation, which the open branch no longer needs and
-- every obligation write had to maintain.
create index obligation_org_open_idx on obligation (org_id, period_last, period_first)
    include (rule_id, status, counted, required, waiver_reason)
    where subject_kind = 'ORG' and finalised_at is null;
create index obligation_final_period_idx on obligation (period_last, period_first)
    include (org_id, rule_id, status)
    where subject_kind = 'ORG' and finalised_at is not null;
drop index obligation_org_current_idx;
