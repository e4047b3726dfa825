package cn.redline.duty.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A list template for a holder kind (§2.2), versioned: a change is a new row with the same code and the next
 * version; lists keep the version they were drafted from. Items are copied into a list's duty items.
 */
@Entity
@Table(name = "list_template")
public class ListTemplate {

    public static final String AUDIT_ENTITY = "list-template";

    @Id
    public UUID id;

    public String code;

    @Column(name = "version_no")
    public int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    public HolderKind holderKind;

    public String title;

    /** Null for a template of the system (seeded), else the org that wrote it. */
    @Column(name = "issuing_org_id")
    public UUID issuingOrgId;

    @Column(name = "source_docs")
    public String sourceDocs;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ItemSpec> items;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Set on every version when the template code is retired: no new list is drafted from it. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Version
    public long version;
}
