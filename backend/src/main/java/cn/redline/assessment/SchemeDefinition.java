package cn.redline.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment scheme's rules as data (§4.2): target groups, the indicator tree with its points and methods, grade
 * bands, vetoes, adjustments, consequence rules and deadlines. Nothing here is code: a district writes its own 细则.
 * {@link SchemeCheck} says what is structurally wrong (on save) and what keeps it from publication (points that do not
 * add up); {@link Scoring} reads it.
 */
@Schema(name = "AssessmentSchemeDefinition")
public record SchemeDefinition(
        @Schema(description = "The full score (100 unless the scheme says otherwise)", defaultValue = "100")
        @NotNull @DecimalMin("1") @DecimalMax("10000") BigDecimal baseTotal,
        @Schema(description = "过程考核 share of baseTotal; with resultWeight, the PROCESS leaves must add up to it", nullable = true)
        @DecimalMin("0") @DecimalMax("10000") BigDecimal processWeight,
        @Schema(description = "结果考核 share of baseTotal", nullable = true)
        @DecimalMin("0") @DecimalMax("10000") BigDecimal resultWeight,
        @Schema(description = "单独赋分 (A20): leaves carry their own points and the sum is rescaled to baseTotal "
                + "(each part to its weight when weights are set)")
        boolean rescale,
        @Schema(description = "The most bonus points a target may gain") @NotNull @DecimalMin("0") @DecimalMax("1000")
        BigDecimal bonusCap,
        @Schema(nullable = true, description = "Decimals of the published total (half-up, at the end only); 2 when omitted")
        @Min(0) @Max(4) Integer decimals,
        @Schema(maxItems = 20) @NotNull @Size(max = 20) List<@Valid @NotNull TargetGroup> targetGroups,
        @Schema(maxItems = 500) @NotNull @Size(max = 500) List<@Valid @NotNull Indicator> indicators,
        @Schema(maxItems = 10, description = "Names and inclusive lower bounds, e.g. 优秀 90 / 良好 80 / 合格 60 / 不合格 0")
        @NotNull @Size(max = 10) List<@Valid @NotNull GradeBand> gradeBands,
        @Schema(maxItems = 50) @NotNull @Size(max = 50) List<@Valid @NotNull VetoRule> vetoRules,
        @Schema(maxItems = 100) @NotNull @Size(max = 100) List<@Valid @NotNull AdjustmentRule> adjustmentRules,
        @Schema(maxItems = 50) @NotNull @Size(max = 50) List<@Valid @NotNull ConsequenceRule> consequenceRules,
        @Valid Deadlines deadlines) {

    static final String CODE = "^[A-Za-z0-9_.-]{1,40}$";

    /** The decimals of the published total: 2 unless the scheme says otherwise (§6). */
    public int scale() {
        return decimals == null ? 2 : decimals;
    }

    /** Which orgs a group targets: by kind and level, or named one by one (§4.2 targetGroups). */
    @Schema(name = "AssessmentTargetGroup")
    public record TargetGroup(
            @Schema(maxLength = 40, example = "TOWNSHIP") @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 100, example = "乡镇（街道）") @NotBlank @Size(max = 100) String name,
            @Schema(maxLength = 40, nullable = true, example = "一类") @Size(max = 40) String tier,
            // orgs directly below the issuer of this kind (REGION, DEPARTMENT, ENTERPRISE); a described nullable enum
            // is written inline without its values, so the description stays here
            @Schema(nullable = true) cn.redline.org.OrgKind orgKind,
            @Schema(maxItems = 500, description = "Targets named one by one (org ids), instead of or besides orgKind")
            @Size(max = 500) List<@NotNull UUID> orgIds) {
    }

    @Schema(name = "AssessmentIndicator")
    public record Indicator(
            @Schema(maxLength = 40, example = "1.2") @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 40, nullable = true, description = "The parent indicator's code; none for a top item")
            @Size(max = 40) String parent,
            @Schema(maxLength = 200, example = "隐患排查治理") @NotBlank @Size(max = 200) String name,
            @Schema(description = "A leaf's points; a parent's, when given, must equal its children's sum")
            @DecimalMin("0") @DecimalMax("1000") BigDecimal maxPoints,
            // leaves: PROCESS or RESULT
            @Schema(nullable = true) IndicatorType type,
            // leaves: how the points are found
            @Schema(nullable = true) IndicatorMethod method,
            @Schema(maxItems = 50) @Size(max = 50) List<@Valid @NotNull DeductionRule> deductionRules,
            @Schema(nullable = true) MetricCode metricCode,
            @Valid MetricMapping mapping,
            @Schema(maxItems = 50) @Size(max = 50) List<@Valid @NotNull ChecklistItem> checklist,
            @Schema(maxItems = 50, description = "DEPARTMENT_SCORED: the departments (org ids) that score it (A20)")
            @Size(max = 50) List<@NotNull UUID> scoringOrgIds,
            boolean evidenceRequired,
            @Schema(maxItems = 20, description = "Group codes it applies to; empty: every group")
            @Size(max = 20) List<@NotNull @Size(max = 40) String> appliesToGroups,
            @Schema(maxLength = 500, nullable = true) @Size(max = 500) String citation) {

        public List<DeductionRule> deductionRulesOrEmpty() {
            return deductionRules == null ? List.of() : deductionRules;
        }

        public List<ChecklistItem> checklistOrEmpty() {
            return checklist == null ? List.of() : checklist;
        }

        public boolean appliesTo(String group) {
            return appliesToGroups == null || appliesToGroups.isEmpty() || appliesToGroups.contains(group);
        }
    }

    @Schema(name = "AssessmentIndicatorType")
    public enum IndicatorType { PROCESS, RESULT }

    @Schema(name = "AssessmentIndicatorMethod")
    public enum IndicatorMethod { MANUAL_DEDUCT, AUTO_METRIC, CHECKLIST, DEPARTMENT_SCORED }

    /** A 扣分 rule of a MANUAL_DEDUCT leaf: points once, or per occurrence. */
    @Schema(name = "AssessmentDeductionRule")
    public record DeductionRule(
            @Schema(maxLength = 40) @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 500, example = "未召开安委会会议的扣2分") @NotBlank @Size(max = 500) String when,
            @NotNull @DecimalMin("0.001") @DecimalMax("1000") BigDecimal points,
            boolean perOccurrence) {
    }

    /**
     * How a metric value becomes points: STEPS (the step with the highest atLeast the value reaches), LINEAR (zeroAt →
     * 0, fullAt → maxPoints, straight between, clamped; fullAt below zeroAt when less is better) or DEDUCT_PER_UNIT
     * (maxPoints − perUnit × value, floored at 0).
     */
    @Schema(name = "AssessmentMetricMapping")
    public record MetricMapping(
            @NotNull MappingKind kind,
            @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull MappingStep> steps,
            @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal zeroAt,
            @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal fullAt,
            @DecimalMin("0") @DecimalMax("1000") BigDecimal perUnit) {

        public List<MappingStep> stepsOrEmpty() {
            return steps == null ? List.of() : steps;
        }
    }

    @Schema(name = "AssessmentMappingKind")
    public enum MappingKind { STEPS, LINEAR, DEDUCT_PER_UNIT }

    @Schema(name = "AssessmentMappingStep")
    public record MappingStep(@NotNull @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal atLeast,
                              @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal points) {
    }

    @Schema(name = "AssessmentChecklistItem")
    public record ChecklistItem(
            @Schema(maxLength = 40) @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 500) @NotBlank @Size(max = 500) String text,
            @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal points) {
    }

    /** A grade: its code (referenced by consequence rules), label and inclusive lower bound (A17 "以上含本数"). */
    @Schema(name = "AssessmentGradeBand")
    public record GradeBand(
            @Schema(maxLength = 40, example = "EXCELLENT") @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 40, example = "优秀") @NotBlank @Size(max = 40) String label,
            @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal lowerBound) {
    }

    /** 一票否决 (A5, A16, A18): a condition on the period's facts and what it does. */
    @Schema(name = "AssessmentVetoRule")
    public record VetoRule(
            @Schema(maxLength = 40) @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @Schema(maxLength = 200, example = "发生重大及以上生产安全事故") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Set by hand (e.g. 瞒报 confirmed by an investigation) instead of a metric condition")
            boolean manual,
            @Schema(nullable = true) MetricCode metric,
            @Schema(nullable = true) Comparison comparison,
            @Schema(nullable = true, description = "Compared with this number…") @DecimalMin("-1000000") @DecimalMax("1000000")
            BigDecimal threshold,
            // …or with another metric of the target, e.g. ACC_DEATHS_CEILING
            @Schema(nullable = true) MetricCode thresholdMetric,
            @NotNull VetoEffect effect,
            @Schema(maxLength = 500, nullable = true) @Size(max = 500) String citation) {
    }

    @Schema(name = "AssessmentComparison")
    public enum Comparison {
        GT, GE, EQ, LE, LT;

        public boolean holds(BigDecimal value, BigDecimal against) {
            int c = value.compareTo(against);
            return switch (this) {
                case GT -> c > 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
                case LE -> c <= 0;
                case LT -> c < 0;
            };
        }
    }

    @Schema(name = "AssessmentVetoEffect")
    public enum VetoEffect { SCORE_ZERO, GRADE_LOWEST, AWARD_BAR }

    /**
     * A bonus, a deduction outside the indicators, or a falsification downgrade (A15, A19). Points are per occurrence,
     * up to maxTotal per target; a rule with a metric takes its occurrences from that metric's snapshot.
     */
    @Schema(name = "AssessmentAdjustmentRule")
    public record AdjustmentRule(
            @Schema(maxLength = 40) @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @NotNull AdjustmentKind kind,
            @Schema(maxLength = 200, example = "受到市级通报表扬") @NotBlank @Size(max = 200) String name,
            @Schema(description = "BONUS/DEDUCTION: points per occurrence") @DecimalMin("0") @DecimalMax("1000") BigDecimal points,
            @Schema(description = "BONUS/DEDUCTION: the most this rule adds or takes per target", nullable = true)
            @DecimalMin("0") @DecimalMax("1000") BigDecimal maxTotal,
            @Schema(description = "FALSIFICATION_DOWNGRADE: grades to lower") @Min(0) @Max(10) int steps,
            // occurrences counted from this metric's snapshot (e.g. NOTICE_CRITICISM)
            @Schema(nullable = true) MetricCode metric,
            @Schema(maxLength = 500, nullable = true) @Size(max = 500) String citation) {
    }

    @Schema(name = "AssessmentAdjustmentKind")
    public enum AdjustmentKind { BONUS, DEDUCTION, FALSIFICATION_DOWNGRADE }

    /** What follows a published result (A5–A10, A15, A22), run on publication by the consequence engine. */
    @Schema(name = "AssessmentConsequenceRule")
    public record ConsequenceRule(
            @Schema(maxLength = 40) @NotBlank @jakarta.validation.constraints.Pattern(regexp = CODE) String code,
            @NotNull ConsequenceTrigger trigger,
            @Schema(maxLength = 40, nullable = true, description = "CONSECUTIVE_GRADE / GRADE: the grade code")
            @Size(max = 40) String grade,
            @Schema(description = "CONSECUTIVE_*: how many assessments running") @Min(0) @Max(10) int count,
            // ACCIDENT: the lowest level that triggers it
            @Schema(nullable = true) cn.redline.accident.AccidentLevel accidentLevel,
            @Schema(description = "HAZARD_SUPERVISION_OVERDUE: days a supervised major hazard is overdue before it counts; "
                    + "VETO: days the leaders' award and promotion bars last from the publication (the 影响期; one year when 0)")
            @Min(0) @Max(3650) int days,
            @Schema(maxLength = 40, example = "INTERVIEW") @NotBlank @Size(max = 40) String action,
            @Schema(maxLength = 40, example = "PRINCIPAL_LEADER") @NotBlank @Size(max = 40) String addressee,
            @Schema(description = "Days after publication the action is due") @Min(0) @Max(3650) int dueOffsetDays,
            @Schema(maxLength = 500, nullable = true) @Size(max = 500) String citation) {
    }

    @Schema(name = "AssessmentConsequenceTrigger")
    public enum ConsequenceTrigger {
        CONSECUTIVE_GRADE, CONSECUTIVE_LAST_RANK, GRADE, VETO, ACCIDENT, HAZARD_SUPERVISION_OVERDUE
    }

    /** Local dates (Asia/Shanghai) of the period's steps. */
    @Schema(name = "AssessmentDeadlines")
    public record Deadlines(
            @Schema(nullable = true, description = "The period's cutoff: metrics are frozen as of this day") LocalDate periodEnd,
            @Schema(nullable = true) LocalDate selfAssessmentDue,
            @Schema(nullable = true) LocalDate reviewDue,
            @Schema(description = "Days the preliminary results are open for objections") @Min(0) @Max(365) int objectionDays,
            @Schema(nullable = true) LocalDate publishBy) {
    }
}
