package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A yearly drill plan of an org (§3.3 DrillYearPlan): the drills it means to hold, DRAFT → SUBMITTED → APPROVED. */
@Entity
@Table(name = "drill_year_plan")
public class DrillYearPlan {

    @Id
    public UUID id;
    @Column(name = "org_id")
    public UUID orgId;
    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public YearPlanStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<YearPlanItem> items = new ArrayList<>();
    /** Who submitted it: someone else approves. */
    @Column(name = "submitted_by")
    public String submittedBy;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
