package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The evaluation of a held drill (§3.3 DrillEvaluation, AQ9009): a draft while the drill is CONDUCTED or TERMINATED,
 * sealed by the drill's SUBMIT_EVALUATION (signedAt) and never changed afterwards (§1.3).
 */
@Entity
@Table(name = "drill_evaluation")
public class DrillEvaluation {

    @Id
    public UUID id;

    @Column(name = "drill_id")
    public UUID drillId;

    /** The drill's organiser: the scope the evaluation is seen in. */
    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "template_id")
    public UUID templateId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvaluationInput.Evaluator> team = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvaluationInput.Answer> answers = new ArrayList<>();

    @Column(name = "self_assessments")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvaluationInput.SelfAssessment> selfAssessments = new ArrayList<>();

    /** 现场点评. */
    public String debrief;

    /** Good practice worth keeping (AQ9009 4.1, D11). */
    public String strengths;

    @Enumerated(EnumType.STRING)
    public DrillEvaluationConclusion conclusion;

    /** Percent of the points of the answered items (NA left out), 2 decimals; null while nothing is scored. */
    @Column(name = "total_score")
    public BigDecimal totalScore;

    /** The evaluation lead who signs, by name (a member of the team). */
    @Column(name = "signed_by")
    public String signedBy;

    /** When the evaluation was submitted and sealed; null while it is a draft. */
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "signed_by_subject")
    public String signedBySubject;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    boolean sealed() {
        return signedAt != null;
    }
}
