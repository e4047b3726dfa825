-- A failing target's rectification is tracked once, by the register's 整改方案 action (§1.6, A15): the assessment
-- points at it and follows its steps instead of keeping a plan of its own.
alter table assessment add column rectification_action_id uuid references accountability_action (id);
create index assessment_rectification_action_idx on assessment (rectification_action_id) where rectification_action_id is not null;
