-- Drill duty of emergency key units (§3.2 KEY_HALF, D2): the half-year drill and its report to the county department
-- are one duty, so a drill counts for KEY_HALF once reported. The report is due 15 days after the drill (§3.4, §6), so
-- a drill held at the end of a half can still be reported, and counted (flagged late), for 15 days after the half.
-- The other drill rules keep §1.1's default of no grace days: a drill entered after its period counts for nothing there
-- (the reason names it).
update requirement_rule set grace_days = 15
where id = '3c1e2a10-0001-4d50-9a11-000000000003' and code = 'KEY_HALF' and grace_days = 0;
