-- Attachments (附件): evidence files (photos before/after, minutes, reports) uploaded once and linked to the
-- record they prove. The bytes live in the blob store under storage_key, never in the database.
-- An attachment is unlinked (owner null, visible to its uploader only) until a record claims it; a linked
-- attachment belongs to exactly one owner for good.
create table attachment (
    id                uuid         primary key,
    storage_key       varchar(200) not null,
    file_name         varchar(200) not null,
    content_type      varchar(40)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    size_bytes        bigint       not null check (size_bytes > 0),
    sha256            char(64)     not null,
    uploaded_by       varchar(255) not null,
    uploader_org_code varchar(32)  not null,
    uploaded_at       timestamptz  not null,
    owner_type        varchar(20),
    owner_id          uuid,
    purpose           varchar(20),
    linked_at         timestamptz,
    constraint attachment_storage_key_unique unique (storage_key),
    constraint attachment_owner_complete check ((owner_type is null) = (owner_id is null)
                                                and (owner_id is null) = (linked_at is null)),
    constraint attachment_purpose_needs_owner check (purpose is null or owner_id is not null)
);

create index attachment_owner_idx on attachment (owner_type, owner_id, uploaded_at, id) where owner_id is not null;
create index attachment_unlinked_idx on attachment (uploaded_at) where owner_id is null;
