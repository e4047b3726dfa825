package cn.redline.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One scheme (考核方案) of an issuing org for one period, with its rules as a {@link SchemeDefinition}. */
@Entity
@Table(name = "assessment_scheme")
public class AssessmentScheme {

    public static final String AUDIT_ENTITY = "assessment-scheme";

    @Id
    public UUID id;

    @Column(name = "issuer_org_id")
    public UUID issuerOrgId;

    @Column(name = "scope_path")
    public String scopePath;

    public String title;

    public int year;

    @Enumerated(EnumType.STRING)
    public AssessmentPeriod period;

    /**
     * The cutoff (§4.3, §4.4): the last local day the metrics count, frozen at the review's start; the period's last day
     * unless the scheme's deadlines set another periodEnd.
     */
    public java.time.LocalDate cutoff() {
        SchemeDefinition.Deadlines d = definition == null ? null : definition.deadlines();
        return d != null && d.periodEnd() != null ? d.periodEnd() : period.end(year);
    }

    /** Schemes of one series follow each other, for "consecutive" consequence rules. */
    public String series;

    /** 文号 of the issuing document; required to publish. */
    @Column(name = "doc_number")
    public String docNumber;

    /** Counts revisions: a published scheme revised before it opens becomes a new DRAFT revision. */
    public int revision;

    @Enumerated(EnumType.STRING)
    public SchemeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public SchemeDefinition definition;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /** When the review started and the metrics were frozen: scoring reads the snapshots in force at this moment. */
    @Column(name = "frozen_at")
    public OffsetDateTime frozenAt;

    /** The last local day objections to the preliminary results are taken. */
    @Column(name = "objection_due")
    public java.time.LocalDate objectionDue;

    /** 文号 of the 结果通报. */
    @Column(name = "results_doc_number")
    public String resultsDocNumber;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
