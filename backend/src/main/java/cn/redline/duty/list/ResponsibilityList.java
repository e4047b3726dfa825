package cn.redline.duty.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a holder's list for a year (§2.2). Versions of one list share {@link #lineageId} (the first
 * version's id); a revision supersedes its predecessor once signed. Located by the holder org's path (and industry,
 * for an enterprise), so it is seen like a hazard of that org.
 */
@Entity
@Table(name = "responsibility_list")
public class ResponsibilityList {

    public static final String AUDIT_ENTITY = "responsibility-list";

    @Id
    public UUID id;

    public String code;

    @Column(name = "lineage_id")
    public UUID lineageId;

    @Column(name = "version_no")
    public int versionNo;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    public HolderKind holderKind;

    @Column(name = "holder_post_id")
    public UUID holderPostId;

    /** The holder org: the holder post's org. */
    @Column(name = "holder_org_id")
    public UUID holderOrgId;

    @Column(name = "issuing_org_id")
    public UUID issuingOrgId;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "template_version")
    public Integer templateVersion;

    public String title;

    @Enumerated(EnumType.STRING)
    public ListStatus status;

    /** 文号 of the publishing document. */
    @Column(name = "doc_number")
    public String docNumber;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    public Publicity publicity;

    @Column(name = "revision_reason")
    public String revisionReason;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "scope_path")
    public String scopePath;

    public String industry;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
