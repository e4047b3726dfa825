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

/**
 * What one subject owes under one rule, or one duty item of its responsibility list, in one period (§1.2, §2.2),
 * recomputed on each evidence change until finalised. Exactly one of {@link #ruleId} and {@link #dutyItemKey} is set.
 */
@Entity
@Table(name = "obligation")
public class Obligation {

    @Id
    public UUID id;

    /** The requirement rule owed under, or null for the obligation of a duty item ({@link #dutyItemKey}). */
    @Column(name = "rule_id")
    public UUID ruleId;

    /** The stable key of the responsibility-list duty item owed under, or null for a rule's obligation. */
    @Column(name = "duty_item_key")
    public UUID dutyItemKey;

    /** A duty item's grace days (a rule's obligation reads its rule's). */
    @Column(name = "grace_days")
    public Integer graceDays;

    /** A duty item's at-risk days (a rule's obligation reads its rule's). */
    @Column(name = "at_risk_days")
    public Integer atRiskDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    /** The subject's org (a post's org): what the caller's scope is checked against. */
    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "period_key")
    public String periodKey;

    @Column(name = "period_first")
    public LocalDate periodFirst;

    @Column(name = "period_last")
    public LocalDate periodLast;

    public int required;

    public int counted;

    /** How many of the counted pieces of evidence were entered late (within the grace days). */
    public int late;

    @Enumerated(EnumType.STRING)
    public ObligationStatus status;

    @Column(name = "finalised_at")
    public OffsetDateTime finalisedAt;

    @Column(name = "waiver_reason")
    public String waiverReason;

    @Column(name = "waiver_document")
    public String waiverDocument;

    @Column(name = "waived_by")
    public String waivedBy;

    @Column(name = "waived_at")
    public OffsetDateTime waivedAt;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;

    @Version
    public long version;

    public Period period() {
        return Period.parse(periodKey);
    }
}
