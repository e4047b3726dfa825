package cn.redline.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One metric's value for one target of a scheme as taken at {@link #computedAt} (§1.5); never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "assessment_metric_snapshot")
public class MetricSnapshot {

    /** Why a snapshot was taken: the scheme opened (provisional), its review started (frozen), or by hand. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentSnapshotReason")
    public enum Reason { OPEN, START_REVIEW, RECOMPUTE }

    @Id
    public UUID id;
    @Column(name = "scheme_id")
    public UUID schemeId;
    @Column(name = "target_org_id")
    public UUID targetOrgId;
    @Enumerated(EnumType.STRING)
    public MetricCode metric;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Column(name = "as_of")
    public LocalDate asOf;
    public BigDecimal value;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> inputs;
    @Column(name = "inputs_hash")
    public String inputsHash;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    public String comment;
    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
    @Column(name = "computed_by")
    public String computedBy;
}
