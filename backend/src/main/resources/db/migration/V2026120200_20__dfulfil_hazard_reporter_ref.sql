-- Who reported a ticket, as the person reference that post assignments use (the login): an inspection a post holder
-- led is matched to their duty only when they reported it themselves (L24: 不得代替检查).
alter table hazard add column discovered_by_ref varchar(255);
create index hazard_inspection_ref_idx on hazard (discovered_by_ref, discovered_at) where source = 'INSPECTION';
