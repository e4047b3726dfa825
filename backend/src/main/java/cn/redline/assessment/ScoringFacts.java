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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything {@link Scoring} reads about one target, already chosen by the caller (the effective self or review
 * values, the snapshots frozen at the cutoff). Each value names who set it and on what evidence, so the score can say
 * where every point came from.
 *
 * @param leaves      per leaf indicator code
 * @param metrics     snapshot values by metric, for AUTO_METRIC leaves, vetoes and metric-driven adjustments
 * @param adjustments bonuses, deductions and confirmed falsifications entered by hand
 * @param vetoes      MANUAL veto rules found to apply
 */
@Schema(name = "AssessmentScoringFacts", description = "One target's facts as the scoring algorithm reads them")
public record ScoringFacts(
        @Schema(maxLength = 40) @NotBlank @Size(max = 40) String targetId,
        @Schema(maxLength = 40, description = "The target group's code") @NotBlank @Size(max = 40) String group,
        @Schema(description = "Per leaf indicator code") @Size(max = 500) Map<@Size(max = 40) String, @Valid @NotNull Leaf> leaves,
        @Schema(description = "Snapshot values by metric code") @Size(max = 50) Map<MetricCode, @Valid @NotNull Snapshot> metrics,
        @Schema(maxItems = 100) @Size(max = 100) List<@Valid @NotNull Adjustment> adjustments,
        @Schema(maxItems = 50) @Size(max = 50) List<@Valid @NotNull ManualVeto> vetoes) {

    /** Omitted collections are empty. */
    public ScoringFacts {
        leaves = leaves == null ? Map.of() : leaves;
        metrics = metrics == null ? Map.of() : metrics;
        adjustments = adjustments == null ? List.of() : adjustments;
        vetoes = vetoes == null ? List.of() : vetoes;
    }

    /** One leaf's inputs; each is optional. */
    @Schema(name = "AssessmentLeafFacts")
    public record Leaf(@Schema(maxItems = 50) @Size(max = 50) List<@Valid @NotNull Deduction> deductions,
                       @Valid Checklist checklist, @Valid Points department, @Valid Points review) {

        public static Leaf deductions(Deduction... d) {
            return new Leaf(List.of(d), null, null, null);
        }
    }

    /** A 扣分 rule applied {@code occurrences} times. */
    @Schema(name = "AssessmentDeductionFact")
    public record Deduction(@Schema(maxLength = 40) @NotBlank @Size(max = 40) String rule,
                            @Schema(minimum = "1", maximum = "100000") @Min(1) @Max(100000) int occurrences,
                            @Schema(maxLength = 255, nullable = true) @Size(max = 255) String setBy,
                            @Schema(maxItems = 50) @Size(max = 50) List<@Size(max = 40) String> evidence) {
    }

    /** The checklist items found met. */
    @Schema(name = "AssessmentChecklistFact")
    public record Checklist(@Schema(maxItems = 50) @NotNull @Size(max = 50) List<@Size(max = 40) String> met,
                            @Schema(maxLength = 255, nullable = true) @Size(max = 255) String setBy,
                            @Schema(maxItems = 50) @Size(max = 50) List<@Size(max = 40) String> evidence) {
    }

    /** Points given by a person (a scoring department's, or a reviewer's override with its reason). */
    @Schema(name = "AssessmentPointsFact")
    public record Points(@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal points,
                         @Schema(maxLength = 255, nullable = true) @Size(max = 255) String setBy,
                         @Schema(maxLength = 1000, nullable = true) @Size(max = 1000) String reason,
                         @Schema(maxItems = 50) @Size(max = 50) List<@Size(max = 40) String> evidence) {
    }

    /** A metric value as frozen in a snapshot. */
    @Schema(name = "AssessmentSnapshotFact")
    public record Snapshot(@Schema(maxLength = 40) @NotBlank @Size(max = 40) String snapshotId,
                           @NotNull @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal value) {
    }

    @Schema(name = "AssessmentAdjustmentFact")
    public record Adjustment(@Schema(maxLength = 40) @NotBlank @Size(max = 40) String rule,
                             @Schema(minimum = "1", maximum = "1000") @Min(1) @Max(1000) int occurrences,
                             @Schema(maxLength = 255, nullable = true) @Size(max = 255) String setBy,
                             @Schema(maxItems = 50) @Size(max = 50) List<@Size(max = 40) String> evidence) {
    }

    @Schema(name = "AssessmentManualVetoFact")
    public record ManualVeto(@Schema(maxLength = 40) @NotBlank @Size(max = 40) String rule,
                             @Schema(maxLength = 255, nullable = true) @Size(max = 255) String setBy,
                             @Schema(maxItems = 50) @Size(max = 50) List<@Size(max = 40) String> evidence) {
    }

    /** A batch of targets to score together (ranks are per group within the batch). */
    @Schema(name = "AssessmentScoringRequest")
    public record Batch(@Schema(maxItems = 500) @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ScoringFacts> targets) {
    }

    @Schema(name = "AssessmentScoringResult")
    public record Scored(@Schema(maxItems = 500) List<ScoreResult> items) {
    }
}
