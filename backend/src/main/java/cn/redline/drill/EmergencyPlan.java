package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An emergency plan as a reference drills link to (§3.3 EmergencyPlanRef); full plan management is out of scope. */
@Entity
@Table(name = "emergency_plan")
public class EmergencyPlan {

    @Id
    public UUID id;

    /** The org that owns the plan: what the caller's scope is checked against. */
    @Column(name = "org_id")
    public UUID orgId;

    @Enumerated(EnumType.STRING)
    public EmergencyPlanKind kind;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scenario_types", columnDefinition = "varchar(40)[]")
    public List<String> scenarioTypes = new ArrayList<>();

    /** The plan's own edition, e.g. "2024版". */
    @Column(name = "plan_version")
    public String planVersion;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** 备案号. */
    @Column(name = "filing_no")
    public String filingNo;

    @Column(name = "last_review_date")
    public LocalDate lastReviewDate;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
