-- The matrix reads obligation_rollup (V2026120206_40) since the lists went to full size; its old index on obligation is
-- read by no statement any more (pg_stat_user_indexes.idx_scan stayed 0 through the duty-report benchmark) and only
-- slows every obligation write.
drop index if exists obligation_matrix_idx;
