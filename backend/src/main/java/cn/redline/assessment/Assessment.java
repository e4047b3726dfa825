package cn.redline.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One target's assessment under one scheme (§4.2 Assessment); its values are {@link AssessmentValue} rows. */
@Entity
@Table(name = "assessment")
public class Assessment {

    public static final String AUDIT_ENTITY = "assessment";

    @Id
    public UUID id;
    @Column(name = "scheme_id")
    public UUID schemeId;
    @Column(name = "target_org_id")
    public UUID targetOrgId;
    @Column(name = "group_code")
    public String groupCode;
    @Column(name = "scope_path")
    public String scopePath;
    @Column(name = "issuer_path")
    public String issuerPath;
    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;
    @Column(name = "signed_by_name")
    public String signedByName;
    @Column(name = "signed_by_subject")
    public String signedBySubject;
    @Column(name = "self_submitted_at")
    public OffsetDateTime selfSubmittedAt;
    /** The deadline given when the review returned the self-assessment for supplement. */
    @Column(name = "self_due")
    public LocalDate selfDue;
    @Column(name = "preliminary_at")
    public OffsetDateTime preliminaryAt;
    @Column(name = "objection_due")
    public LocalDate objectionDue;
    public BigDecimal total;
    public String grade;
    @Column(name = "rank_in_group")
    public Integer rankInGroup;
    @Column(name = "award_bar")
    public boolean awardBar;
    @Column(name = "plan_due")
    public LocalDate planDue;
    /** The register's 整改方案 action that tracks the rectification (A15); the assessment follows its steps. */
    @Column(name = "rectification_action_id")
    public UUID rectificationActionId;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
