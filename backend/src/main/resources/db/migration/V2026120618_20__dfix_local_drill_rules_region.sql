-- The local drill rules GOV_LOCAL and DEPT_LOCAL (§3.2, S1 §11) come from the Qinnan district's reform plan
-- (钦南区推进安全生产领域改革发展实施方案（征求意见稿）（十一）): they bind that district's own governments and departments
-- only, never every district of every province. Scoped to the district coded 450702 (钦南区) when the org tree has it;
-- otherwise to the id reserved for it, which binds nobody until an admin points the rules at the region that adopted
-- them (PUT /drill-rules/{id}, appliesTo.regionId). Rules an admin already scoped keep their region.
update requirement_rule r
set applies_to = jsonb_set(r.applies_to::jsonb, '{regionId}', to_jsonb(coalesce(
        (select cast(o.id as text) from org o where o.code = '450702' and o.kind = 'REGION' limit 1),
        '00000000-0000-5000-8000-000000450702')))
where r.id in ('3c1e2a10-0001-4d50-9a11-000000000006', '3c1e2a10-0001-4d50-9a11-000000000007')
  and r.applies_to::jsonb -> 'regionId' is null;
