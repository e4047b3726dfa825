-- Drill coverage (issue 11 item 8) reads the obligations of the periods holding a day, open and finalised apart:
-- period_first <= :on and period_last >= :on and finalised_at is (not) null. The three are correlated (the periods
-- holding today are exactly the open ones), so the planner multiplied their selectivities to about a fifth of the
-- open obligations of a city and a fifth of the finalised ones where all of the first and none of the second hold,
-- and sorted on disk what it should have hashed. Their combinations are few (one per period, open or not).
create statistics obligation_period_stats (mcv) on period_first, period_last, finalised_at from obligation;
analyze obligation;
