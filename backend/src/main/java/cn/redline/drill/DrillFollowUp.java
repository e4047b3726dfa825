package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An obligation a drill's evaluation left behind (§3.4), kept apart from the rule-period obligations that the drill
 * recount rebuilds; whether it is met is read from the plans, the finding and the later drills ({@link DrillFollowUps}).
 */
@Entity
@Table(name = "drill_follow_up")
public class DrillFollowUp {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public DrillFollowUpKind kind;

    /** The drill's organiser, who owes it. */
    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "drill_id")
    public UUID drillId;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    /** PLAN_REVISION: the MAJOR PLAN finding. */
    @Column(name = "finding_id")
    public UUID findingId;

    /** REDRILL: the drill's scenario event type a later drill repeats; null when the drill named none (any later drill). */
    @Column(name = "scenario_type")
    public String scenarioType;

    /** PLAN_REVISION: the drill's plans with their edition when the obligation arose. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlanEdition> plans = new ArrayList<>();

    /** From when what meets it counts: the finding's day (PLAN_REVISION) or the signing day (REDRILL). */
    public LocalDate since;

    public LocalDate due;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** A plan and its edition as they were when the obligation arose. */
    public record PlanEdition(UUID planId, String planVersion) {
    }
}
