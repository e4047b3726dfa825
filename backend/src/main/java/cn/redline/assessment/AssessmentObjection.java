package cn.redline.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A target's objection to its preliminary result (§4.2 Objection) and the decision on it. */
@Entity
@Table(name = "assessment_objection")
public class AssessmentObjection {

    @Id
    public UUID id;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String[] indicators;
    public String reason;
    public UUID[] evidence;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Enumerated(EnumType.STRING)
    public AssessmentTransition.Decision decision;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
