-- Drill coverage and "who owes what" (issue 11 item 8) read an org subtree's obligations of the periods holding a day.
-- Driven from the subtree's orgs, each org's current obligations come from this index alone (index-only: the columns
-- the status is graded from are included), instead of a sequential scan of every obligation of every period.
create index obligation_org_current_idx on obligation (org_id, period_last, period_first)
    include (rule_id, status, counted, required, finalised_at, waiver_reason) where subject_kind = 'ORG';
