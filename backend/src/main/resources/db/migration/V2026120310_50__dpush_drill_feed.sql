-- Drills for third parties (issue 11 deliverable 6): a change feed over the drills' history events, in the order their
-- transactions commit (see FeedPosition), and pushes from enterprise systems that never create a drill twice.
alter table drill_event add column tx_id xid8 not null default pg_current_xact_id();
create index drill_event_feed_idx on drill_event (tx_id, seq);

alter table drill add column external_ref varchar(100),
                  add column pushed_by_org_id uuid references org (id);
create unique index drill_external_ref_unique on drill (pushed_by_org_id, external_ref) where external_ref is not null;
