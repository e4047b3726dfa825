-- The change feed pages by (tx_id, seq): the writing transaction first, so a transaction that commits late can
-- never land behind a reader's cursor (see HazardFeed).
create index hazard_event_feed_idx on hazard_event (tx_id, seq);
