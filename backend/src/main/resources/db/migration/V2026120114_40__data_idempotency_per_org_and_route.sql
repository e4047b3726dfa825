-- An Idempotency-Key belongs to one caller (token subject) acting for one organization on one route: the same
-- person with a token of another org, or on another route, never gets a response replayed that was made for
-- the first (it could name a record the second cannot see). Keys stored before this change carry no org and
-- route, so they never match again and expire with their TTL.
alter table idempotency_record add column org_code varchar(32) not null default '';
alter table idempotency_record add column operation varchar(100) not null default '';
alter table idempotency_record alter column org_code drop default;
alter table idempotency_record alter column operation drop default;
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record add primary key (caller, org_code, operation, idem_key);

-- The upload quota sums one uploader's unattached files on every upload.
create index attachment_unlinked_uploader_idx on attachment (uploaded_by) where owner_id is null;
