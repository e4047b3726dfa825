package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A drill an org plans and holds (§3.3), or records after the fact; the plans it exercised decide which rules it meets.
 * Its workflow is {@link DrillWorkflow}'s.
 */
@Entity
@Table(name = "drill")
public class Drill {

    @Id
    public UUID id;

    /** The organiser: the drill counts for its rules. */
    /** The pushing system's own id of the drill, unique per pushing org (null when entered by hand). */
    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "pushed_by_org_id")
    public UUID pushedByOrgId;

    @Column(name = "org_id")
    public UUID orgId;

    public String title;

    @Enumerated(EnumType.STRING)
    public DrillForm form;

    @Enumerated(EnumType.STRING)
    public DrillScope scope;

    @Enumerated(EnumType.STRING)
    public DrillStatus status;

    /** The day it was held (local date): the period it counts in; null until it starts. */
    @Column(name = "conducted_on")
    public LocalDate conductedOn;

    /** The day it is planned for; a postponement moves it. */
    @Column(name = "planned_on")
    public LocalDate plannedOn;

    /** The day first planned, kept through postponements. */
    @Column(name = "original_planned_on")
    public LocalDate originalPlannedOn;

    /** The day lists sort by: the day held, else the day planned. */
    public LocalDate day;

    @Column(name = "year_plan_id")
    public UUID yearPlanId;

    @Enumerated(EnumType.STRING)
    public DrillPurpose purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    public DrillScenario scenario;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DrillObjective> objectives = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public DrillPeople roles = DrillPeople.none();

    @Column(name = "planned_headcount")
    public Integer plannedHeadcount;

    @Column(name = "actual_headcount")
    public Integer actualHeadcount;

    /** Large or high-risk (D17): needs its own safety plan before it is ready. */
    @Column(name = "high_risk")
    public boolean highRisk;

    /** May alarm the public (D17): announced beforehand, so a public notice is needed before it is ready. */
    @Column(name = "affects_public")
    public boolean affectsPublic;

    /** Whether it will be evaluated (AQ9009): then an evaluation plan is needed before it is ready. */
    @Column(name = "evaluation_planned")
    public boolean evaluationPlanned = true;

    @Column(name = "actual_start")
    public OffsetDateTime actualStart;

    @Column(name = "actual_end")
    public OffsetDateTime actualEnd;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    /** When a key unit reported the drill to its regulator (ERR 8); set once, never changed. */
    @Column(name = "reported_to_regulator_at")
    public OffsetDateTime reportedToRegulatorAt;

    @ManyToMany
    @JoinTable(name = "drill_plan", joinColumns = @JoinColumn(name = "drill_id"), inverseJoinColumns = @JoinColumn(name = "plan_id"))
    public List<EmergencyPlan> plans = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    DrillPeople people() {
        return roles == null ? DrillPeople.none() : roles.normalised();
    }
}
