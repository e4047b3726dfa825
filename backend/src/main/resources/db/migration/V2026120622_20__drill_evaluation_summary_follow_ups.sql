-- Emergency drills (§3.4 deadlines, D9, D19): a held drill (CONDUCTED or TERMINATED) owes its evaluation within 15 days
-- of its end and its summary report within 30 days. Two more follow-up kinds, arising when the drill is held:
--   EVALUATION: met once the drill's evaluation is signed (SUBMIT_EVALUATION);
--   SUMMARY:    met once a summary report (purpose SUMMARY_REPORT) is attached to the drill.
-- They arise before any evaluation exists, so evaluation_id becomes optional. Whether one is met is read from those
-- records, never stored, like the other kinds.
alter table drill_follow_up drop constraint drill_follow_up_kind_check;
alter table drill_follow_up add constraint drill_follow_up_kind_check check (kind in ('PLAN_REVISION', 'REDRILL', 'EVALUATION', 'SUMMARY'));
alter table drill_follow_up alter column evaluation_id drop not null;
create unique index drill_follow_up_evaluation_uq on drill_follow_up (drill_id) where kind = 'EVALUATION';
create unique index drill_follow_up_summary_uq on drill_follow_up (drill_id) where kind = 'SUMMARY';

-- Drills held before this rule existed: only those whose deadline has not passed yet are given the follow-up (a drill
-- whose 15 or 30 days had already run out before the rule was introduced is not made overdue after the fact).
insert into drill_follow_up (id, kind, org_id, drill_id, since, due, created_at)
select gen_random_uuid(), 'EVALUATION', d.org_id, d.id, h.day, h.day + 15, now()
from drill d cross join lateral (select coalesce((d.actual_end at time zone 'Asia/Shanghai')::date, d.conducted_on) as day) h
where d.status in ('CONDUCTED', 'TERMINATED') and h.day + 15 >= (now() at time zone 'Asia/Shanghai')::date
  and not exists (select 1 from drill_evaluation e where e.drill_id = d.id and e.signed_at is not null);
insert into drill_follow_up (id, kind, org_id, drill_id, since, due, created_at)
select gen_random_uuid(), 'SUMMARY', d.org_id, d.id, h.day, h.day + 30, now()
from drill d cross join lateral (select coalesce((d.actual_end at time zone 'Asia/Shanghai')::date, d.conducted_on) as day) h
where d.status in ('CONDUCTED', 'TERMINATED', 'EVALUATED') and h.day + 30 >= (now() at time zone 'Asia/Shanghai')::date
  and not exists (select 1 from attachment a where a.owner_type = 'drill' and a.owner_id = d.id
                  and a.purpose = 'SUMMARY_REPORT');
