package cn.redline.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The live projection of one target's assessment (§4.7.2): the scheme's algorithm run on the values set so far and on
 * the metrics as they stand now (not the frozen snapshots), with what can still move and the warnings before a veto.
 */
@Schema(name = "AssessmentProjection", description = "Provisional total and grade of one assessment from the values set so far "
        + "and the current (live) metrics, not the frozen snapshots; the items that can still move; veto warnings")
public record AssessmentProjection(
        @Schema(format = "uuid") UUID assessmentId,
        @Schema(format = "uuid") UUID schemeId,
        @Schema(format = "uuid") UUID targetOrgId,
        @Schema(maxLength = 100) String targetOrgName,
        AssessmentStatus status,
        @Schema(description = "First day of the assessed period") LocalDate periodFrom,
        @Schema(description = "Last day of the assessed period (its cutoff)") LocalDate periodTo,
        @Schema(description = "The live metrics count up to this day (exclusive): tomorrow while the period runs, else the "
                + "day after its end") LocalDate asOf,
        @Schema(minimum = "0", maximum = "366", description = "Days of the period left after today; 0 once it ended") long daysLeft,
        @Schema(description = "The metrics were frozen (the review started): the official score reads the snapshots, the "
                + "projection still the live values") boolean frozen,
        @Schema(minimum = "0", maximum = "100000", description = "Provisional total on the live metrics, rounded as the scheme says")
        BigDecimal total,
        @Schema(maxLength = 40, description = "Provisional grade code") String grade,
        @Schema(maxLength = 40, description = "Provisional grade in the scheme's words") String gradeLabel,
        @Schema(description = "A veto holds on the live values") boolean vetoed,
        @Schema(minimum = "0", maximum = "100000", description = "The total on the metric snapshots in force (what GET "
                + "/assessments/{id}/score shows)") BigDecimal snapshotTotal,
        @Schema(maxLength = 40, description = "The grade on the snapshots in force") String snapshotGrade,
        @Schema(maxLength = 40, nullable = true, description = "The next higher grade code; null at the top") String nextGrade,
        @Schema(nullable = true, minimum = "0", maximum = "100000", description = "Points the total lacks for the next higher "
                + "grade; null at the top") BigDecimal pointsToNextGrade,
        @Schema(maxItems = 500, description = "Every leaf indicator of the target's group") List<Item> items,
        @Schema(maxItems = 50, description = "Every veto rule of the scheme on the live values") List<Veto> vetoes,
        @Schema(maxItems = 200, description = "The unit's veto early warnings (as GET /veto-warnings)") List<VetoWarning> warnings) {

    /** One leaf indicator's projected points. */
    @Schema(name = "AssessmentProjectionItem")
    public record Item(
            @Schema(maxLength = 40) String code,
            @Schema(maxLength = 200) String name,
            SchemeDefinition.IndicatorMethod method,
            @Schema(minimum = "0", maximum = "1000") BigDecimal maxPoints,
            @Schema(minimum = "0", maximum = "1000", description = "Points now: the review's when set, else computed") BigDecimal points,
            @Schema(description = "AUTO_METRIC: read from a live metric, moving with the records until the freeze") boolean live,
            @Schema(nullable = true) MetricCode metric,
            @Schema(nullable = true, minimum = "-1000000", maximum = "1000000", description = "The metric's current value")
            BigDecimal metricValue,
            @Schema(nullable = true, minimum = "-1000000", maximum = "1000000", description = "The metric's value in the "
                    + "snapshot in force (null when none)") BigDecimal snapshotValue,
            @Schema(description = "Can still move: not settled by the review, and the assessment not yet reviewed") boolean canMove,
            @Schema(minimum = "0", maximum = "1000", description = "Points still to gain (maxPoints − points) while it can move; 0 "
                    + "otherwise") BigDecimal pointsToGain,
            @Schema(minimum = "0", maximum = "1000", description = "Points still to lose (points) while it can move; 0 otherwise")
            BigDecimal pointsToLose) {
    }

    /** One veto rule on the live values. */
    @Schema(name = "AssessmentProjectionVeto")
    public record Veto(
            @Schema(maxLength = 40) String code,
            @Schema(maxLength = 200) String name,
            SchemeDefinition.VetoEffect effect,
            @Schema(description = "Decided by hand, not by a metric") boolean manual,
            @Schema(nullable = true) MetricCode metric,
            @Schema(nullable = true) SchemeDefinition.Comparison comparison,
            @Schema(nullable = true, minimum = "-1000000", maximum = "1000000", description = "The metric's current value") BigDecimal value,
            @Schema(nullable = true, minimum = "-1000000", maximum = "1000000", description = "The threshold (or the threshold "
                    + "metric's current value)") BigDecimal threshold,
            @Schema(nullable = true, minimum = "0", maximum = "9999999999999999", description = "value ÷ threshold in percent, for "
                    + "GE/GT rules with a positive threshold") BigDecimal percent,
            @Schema(description = "The condition holds now (or the manual veto is set)") boolean holds,
            @Schema(description = "Not holding yet but at 80 % of the threshold or more (GE/GT rules)") boolean near) {
    }
}
