-- The deadline-sorted list shows tickets without a deadline after the dated ones, in id order
-- (hazard_deadline_idx serves the dated part).
create index hazard_undated_idx on hazard (id) where deadline is null;
