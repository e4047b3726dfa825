package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import jakarta.persistence.Column;
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

/** A hidden-hazard ticket. Its state changes only through {@link HazardWorkflow} actions. */
@Entity
@Table(name = "hazard")
public class Hazard {

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

    @Column(name = "plan_measures")
    public String planMeasures;
    @Column(name = "plan_funds")
    public BigDecimal planFunds;
    @Column(name = "plan_deadline")
    public LocalDate planDeadline;
    @Column(name = "plan_responsible_person")
    public String planResponsiblePerson;
    @Column(name = "plan_emergency_plan")
    public String planEmergencyPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level")
    public SupervisionLevel supervisionLevel;
    @Column(name = "supervision_org_id")
    public UUID supervisionOrgId;
    @Column(name = "supervision_doc_number")
    public String supervisionDocNumber;
    @Column(name = "supervision_listed_at")
    public OffsetDateTime supervisionListedAt;
    @Column(name = "supervision_signed_at")
    public OffsetDateTime supervisionSignedAt;
    @Column(name = "supervision_signed_by")
    public String supervisionSignedBy;

    @Column(name = "extension_deadline")
    public LocalDate extensionDeadline;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "extension_requested_at")
    public OffsetDateTime extensionRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptor_kind")
    public AcceptorKind acceptorKind;
    @Column(name = "acceptor_name")
    public String acceptorName;
    @Column(name = "acceptance_opinion")
    public String acceptanceOpinion;
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;
    @Column(name = "duplicate_of_id")
    public UUID duplicateOfId;

    @Column(name = "effectiveness_checked_at")
    public OffsetDateTime effectivenessCheckedAt;
    public Boolean effective;
    @Column(name = "effectiveness_note")
    public String effectivenessNote;

    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** 五落实 complete: measures, funds, deadline, responsible person, emergency plan. */
    public boolean fiveMustsComplete() {
        return notBlank(planMeasures) && planFunds != null && planDeadline != null && notBlank(planResponsiblePerson)
                && notBlank(planEmergencyPlan);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
