package cn.redline.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proof counted towards a subject's rule: which record (source kind and id), the day it is dated and when it was
 * entered (for the grace days and the late flag). Withdrawn evidence (a rejected or falsified record) stops counting.
 */
@Entity
@Table(name = "obligation_evidence")
public class Evidence {

    @Id
    public UUID id;

    /** The rule this proof counts for, or null when it counts for a duty item ({@link #dutyItemKey}). */
    @Column(name = "rule_id")
    public UUID ruleId;

    @Column(name = "duty_item_key")
    public UUID dutyItemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "source_kind")
    public String sourceKind;

    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "evidence_date")
    public LocalDate date;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
