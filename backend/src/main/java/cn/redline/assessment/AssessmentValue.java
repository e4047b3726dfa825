package cn.redline.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One value someone set on an assessment (§4.2 IndicatorScore, kept per kind): the target's self score, a scoring
 * department's points, a reviewer's override (always with a reason), an adjustment or a manual veto. Never changed:
 * a later value of the same kind and code is a new row, and the score reads the latest.
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "assessment_value")
public class AssessmentValue {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentValueKind")
    public enum Kind { SELF, DEPARTMENT, REVIEW, ADJUSTMENT, VETO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String code;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoringFacts.Deduction> deductions;
    /** The checklist items met (a varchar array like the other string lists: a JSON List<String> would clash with them). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    public List<String> checklist;
    public BigDecimal points;
    public Integer occurrences;
    public String reason;
    public UUID[] evidence;
    /** A withdrawal of the value in force of this kind and code (its reason says why); the earlier rows stay. */
    public boolean withdrawn;
    @Column(name = "set_by_subject")
    public String setBySubject;
    @Column(name = "set_by_name")
    public String setByName;
    @Column(name = "set_by_org_id")
    public UUID setByOrgId;
    @Column(name = "set_at")
    public OffsetDateTime setAt;
}
