package cn.redline.drill;

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

/** A county regulator's spot check of a key unit's drills for a half-year (§3.3, D3); its workflow is {@link DrillSpotCheckWorkflow}'s. */
@Entity
@Table(name = "drill_spot_check")
public class DrillSpotCheck {

    @Id
    public UUID id;
    public String code;
    /** The checking department or safety office. */
    @Column(name = "regulator_org_id")
    public UUID regulatorOrgId;
    /** The checked enterprise: the record is located (and scoped) by it. */
    @Column(name = "target_org_id")
    public UUID orgId;
    @Column(name = "drill_id")
    public UUID drillId;
    /** The half-year checked, e.g. 2026-H1. */
    public String period;
    /** 突袭抽查: not announced to the unit beforehand. */
    public boolean unannounced;
    @Column(name = "planned_on")
    public LocalDate plannedOn;
    @Column(name = "checked_on")
    public LocalDate checkedOn;
    @Column(name = "checked_by")
    public String checkedBy;
    @Enumerated(EnumType.STRING)
    public DrillSpotCheckStatus status;
    @Enumerated(EnumType.STRING)
    public DrillSpotCheckResult result;
    public String findings;
    @Column(name = "correction_deadline")
    public LocalDate correctionDeadline;
    @Column(name = "correction_order")
    public String correctionOrder;
    public String response;
    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "accountability_action_id")
    public UUID accountabilityActionId;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
