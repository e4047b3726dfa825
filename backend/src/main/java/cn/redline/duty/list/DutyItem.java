package cn.redline.duty.list;

import cn.redline.duty.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A duty of one list version (§2.2). {@link #itemKey} stays the same across the versions of a list while the duty
 * is unchanged: obligations and evidence hang on the key ({@code Obligations.addItemEvidence}), so a revision keeps
 * what was proven. A requirement is a calendar period with a minimum count, or a due date.
 */
@Entity
@Table(name = "duty_item")
public class DutyItem {

    @Id
    public UUID id;

    @Column(name = "list_id")
    public UUID listId;

    @Column(name = "item_key")
    public UUID itemKey;

    public int seq;

    @Enumerated(EnumType.STRING)
    public DutyCategory category;

    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_basis", columnDefinition = "varchar(200)[]")
    public List<String> legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;

    @Column(name = "min_count")
    public Integer minCount;

    public String qualifier;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "grace_days")
    public int graceDays;

    @Column(name = "at_risk_days")
    public int atRiskDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_spec")
    public EvidenceSpec evidenceSpec;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    @Column(name = "metric_code")
    public String metricCode;

    @Column(name = "auto_criteria")
    public String autoCriteria;

    /** Submittable: a requirement (period and count, or due date) and an evidence spec (§2.3 submit guard). */
    public boolean complete() {
        return (periodType != null && minCount != null || dueDate != null) && evidenceSpec != null;
    }

    /** The same duty as {@code spec} says: a revision keeps the item's key when this holds. */
    public boolean sameDutyAs(ItemSpec spec) {
        return text.equals(spec.text().strip());
    }
}
