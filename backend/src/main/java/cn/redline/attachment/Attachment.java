package cn.redline.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An uploaded file's record; its bytes are in the {@link BlobStore} under {@link #storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    public UUID id;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    /** The uploader's token subject: until linked, only they may see the file. */
    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploader_org_code")
    public String uploaderOrgCode;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    /** The kind of record that claimed this file (an {@link AttachmentOwnerPolicy#ownerType()}), null until linked. */
    @Column(name = "owner_type")
    public String ownerType;

    @Column(name = "owner_id")
    public UUID ownerId;

    /** What the file proves for its owner, e.g. BEFORE, AFTER, DOCUMENT. */
    public String purpose;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;

    boolean isLinked() {
        return ownerId != null;
    }
}
