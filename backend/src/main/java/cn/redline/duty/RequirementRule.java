package cn.redline.duty;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A requirement as data (§1.2): "who (appliesTo) must do what (capability, qualifier) how often (period, minCount)
 * from when (effectiveFrom/To) on whose authority (jurisdiction, citation)". A district adopts its own rules without
 * a release; every obligation points back to its rule, so a status explains itself.
 */
@Entity
@Table(name = "requirement_rule")
public class RequirementRule {

    @Id
    public UUID id;

    public String code;

    public String title;

    @Enumerated(EnumType.STRING)
    public Capability capability;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applies_to")
    public AppliesTo appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;

    /** EVENT rules: the days after the event within which it is due. */
    @Column(name = "event_days")
    public Integer eventDays;

    @Column(name = "min_count")
    public int minCount;

    /** What qualifies, e.g. {@code scope=COMPREHENSIVE} for a drill; read by the module that writes the evidence. */
    public String qualifier;

    @Column(name = "must_report_to")
    public String mustReportTo;

    @Column(name = "grace_days")
    public int graceDays;

    @Column(name = "at_risk_days")
    public int atRiskDays;

    @Enumerated(EnumType.STRING)
    public Jurisdiction jurisdiction;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public String citation;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /**
     * The period of this rule holding {@code day}. A rolling rule runs from {@code since} (the last satisfying
     * event, or the rule's start); an EVENT rule from the event on {@code since}.
     */
    public Period periodFor(LocalDate day, LocalDate since) {
        return switch (periodType) {
            case ROLLING_24M -> Period.rolling24m(since);
            case EVENT -> Period.afterEvent(since, eventDays);
            default -> Period.containing(periodType, day);
        };
    }
}
