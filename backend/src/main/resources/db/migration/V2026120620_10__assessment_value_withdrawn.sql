-- A review override, an adjustment or a manual veto is withdrawn by a new row of the same kind and code marked withdrawn,
-- with the reason; the withdrawn value stays in the record (every value is kept, never overwritten).
alter table assessment_value add column withdrawn boolean not null default false;
