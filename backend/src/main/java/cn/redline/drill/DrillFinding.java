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

/** A problem found by a drill's evaluation and its fix (§3.3 DrillFinding); its workflow is {@link DrillFindingWorkflow}'s. */
@Entity
@Table(name = "drill_finding")
public class DrillFinding {

    @Id
    public UUID id;

    @Column(name = "drill_id")
    public UUID drillId;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    /** The drill's organiser: the scope the finding is seen in. */
    @Column(name = "org_id")
    public UUID orgId;

    /** 1, 2, … within the drill: how reports and people name it. */
    public int number;

    @Enumerated(EnumType.STRING)
    public DrillFindingCategory category;

    @Enumerated(EnumType.STRING)
    public DrillFindingSeverity severity;

    public String description;

    public String cause;

    public String recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_kind")
    public DrillCorrectiveActionKind actionKind;

    @Column(name = "owner_org_id")
    public UUID ownerOrgId;

    @Column(name = "owner_person")
    public String ownerPerson;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public DrillFindingStatus status;

    /** The hazard ticket it was converted into (CONVERTED). */
    @Column(name = "hazard_id")
    public UUID hazardId;

    /** COMPLETE: what was done. */
    @Column(name = "done_note")
    public String doneNote;

    @Column(name = "done_by_subject")
    public String doneBySubject;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    DrillFindingInput.CorrectiveAction action() {
        return actionKind == null ? null : new DrillFindingInput.CorrectiveAction(actionKind, ownerOrgId, ownerPerson, deadline);
    }

    boolean assigned() {
        return ownerOrgId != null && ownerPerson != null && deadline != null;
    }
}
