package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hidden-hazard ticket. Its state changes only through the actions of {@link HazardWorkflow}'s table. */
@Entity
@Table(name = "hazard")
public class Hazard {

    /** The entity name in the audit log. */
    public static final String AUDIT_ENTITY = "hazard";

    @Id
    public UUID id;
    public String code;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String industry;
    @Column(name = "enterprise_id")
    public UUID enterpriseId;
    @Column(name = "territory_id")
    public UUID territoryId;
    @Column(name = "scope_path")
    public String scopePath;
    @Column(name = "location_text")
    public String locationText;
    public BigDecimal latitude;
    public BigDecimal longitude;
    @Enumerated(EnumType.STRING)
    public Source source;
    @Column(name = "discovered_by_subject")
    public String discoveredBySubject;
    @Column(name = "discovered_by_name")
    public String discoveredByName;
    /** The reporter's person reference (login), as post assignments name people. */
    @Column(name = "discovered_by_ref")
    public String discoveredByRef;
    @Column(name = "discovered_at")
    public OffsetDateTime discoveredAt;
    @Column(name = "reporter_org_id")
    public UUID reporterOrgId;
    @Column(name = "external_ref")
    public String externalRef;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "responsible_person")
    public String responsiblePerson;
    @Column(name = "rectification_measures")
    public String rectificationMeasures;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public State state;
    public boolean overdue;
    @Column(name = "escalated_to_id")
    public UUID escalatedToId;
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Embedded
    public HazardParts.Plan plan;
    @Embedded
    public HazardParts.Supervision supervision;
    @Embedded
    public HazardParts.Extension extension;
    @Embedded
    public HazardParts.Acceptance acceptance;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;
    @Column(name = "duplicate_of_id")
    public UUID duplicateOfId;

    @Embedded
    public HazardParts.Effectiveness effectiveness;

    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** 五落实 complete: measures, funds, deadline, responsible person, emergency plan. */
    public boolean fiveMustsComplete() {
        return plan != null && plan.complete();
    }

    /** A deadline extension was requested and awaits a decision. */
    public boolean extensionPending() {
        return extension != null && extension.requestedDeadline != null;
    }

    /** Listed for supervision (挂牌督办). */
    public boolean listed() {
        return supervision != null && supervision.listedAt != null;
    }

    /** Effectiveness was verified after closing. */
    public boolean effectivenessChecked() {
        return effectiveness != null && effectiveness.checkedAt != null;
    }
}
