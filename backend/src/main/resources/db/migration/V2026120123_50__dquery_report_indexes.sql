-- Indexes for the duty reports (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §2.5).

-- "My duties": a holder's posts and org → their obligations of the current periods.
create index obligation_subject_period_idx on obligation (subject_id, period_last);

-- The fulfilment matrix: the obligations of a year read by period with everything the cell counts need, so a
-- subtree's matrix is an index-only scan joined to the org tree.
create index obligation_matrix_idx on obligation (period_first, org_id) include (rule_id, period_key, period_last, status);

-- The dossier: a subject's evidence over a date range, whatever the rule.
create index obligation_evidence_subject_date_idx on obligation_evidence (subject_id, evidence_date);

-- The manifest: the attachments of an evidence record, found by the record's id.
create index attachment_owner_text_idx on attachment ((owner_id::text)) where owner_id is not null;
