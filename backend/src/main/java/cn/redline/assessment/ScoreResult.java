package cn.redline.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One target's score as {@link Scoring} found it: raw values kept at full precision, the published total rounded once
 * at the end, and the trace of every point.
 */
@Schema(name = "AssessmentScore")
public record ScoreResult(
        @Schema(maxLength = 40) String targetId,
        @Schema(maxLength = 40) String group,
        @Schema(maxItems = 500) List<LeafScore> leaves,
        @Schema(description = "Σ leaves", minimum = "0", maximum = "100000") BigDecimal base,
        @Schema(description = "base rescaled to baseTotal (单独赋分), else base", minimum = "0", maximum = "100000") BigDecimal scaled,
        @Schema(description = "Σ bonuses before the cap", minimum = "0", maximum = "100000") BigDecimal bonusRaw,
        @Schema(description = "min(Σ bonuses, bonusCap)", minimum = "0", maximum = "100000") BigDecimal bonus,
        @Schema(description = "Σ deductions outside the indicators", minimum = "0", maximum = "100000") BigDecimal deductions,
        @Schema(description = "clamp(scaled + bonus − deductions, 0, baseTotal + bonusCap), after vetoes", minimum = "0", maximum = "100000")
        BigDecimal totalRaw,
        @Schema(description = "totalRaw rounded half-up to the scheme's decimals", minimum = "0", maximum = "100000") BigDecimal total,
        @Schema(maxLength = 40, description = "The band the rounded total reaches") String bandGrade,
        @Schema(minimum = "0", maximum = "10") int downgradeSteps,
        @Schema(maxLength = 40, description = "After falsification downgrades and vetoes") String grade,
        @Schema(maxItems = 50) List<AppliedVeto> vetoes,
        @Schema(description = "Barred from 评先评优 (a veto applied)") boolean awardBar,
        @Schema(nullable = true, minimum = "1", maximum = "100000", description = "Rank in the target group; ties share a rank, vetoed last")
        Integer rank,
        @Schema(maxItems = 1000) List<Trace> trace) {

    @Schema(name = "AssessmentLeafScore")
    public record LeafScore(
            @Schema(maxLength = 40) String code,
            @Schema(minimum = "0", maximum = "1000") BigDecimal maxPoints,
            @Schema(nullable = true, minimum = "0", maximum = "1000", description = "From the leaf's method, before a review override")
            BigDecimal computed,
            @Schema(minimum = "0", maximum = "1000") BigDecimal points,
            boolean overridden,
            @Schema(description = "An input the method needs is missing (no snapshot, no department score): 0 points")
            boolean missing) {
    }

    @Schema(name = "AssessmentAppliedVeto")
    public record AppliedVeto(@Schema(maxLength = 40) String rule, SchemeDefinition.VetoEffect effect,
                              @Schema(maxLength = 40, nullable = true) String snapshotId,
                              @Schema(maxLength = 255, nullable = true) String setBy) {
    }

    /**
     * One line of the explanation: which step, on which indicator or rule, from what source (RULE, SNAPSHOT, CHECKLIST,
     * DEPARTMENT, REVIEW, ADJUSTMENT, VETO, TOTAL), the points it moved, who set it, on what evidence.
     */
    @Schema(name = "AssessmentTrace")
    public record Trace(
            @Schema(maxLength = 20) String step,
            @Schema(maxLength = 40, nullable = true) String indicator,
            @Schema(maxLength = 20) String source,
            @Schema(maxLength = 40, nullable = true, description = "Rule code, snapshot id or item code") String ref,
            @Schema(nullable = true, minimum = "-100000", maximum = "100000") BigDecimal points,
            @Schema(maxLength = 255, nullable = true) String setBy,
            @Schema(maxItems = 50) List<@jakarta.validation.constraints.Size(max = 40) String> evidence,
            @Schema(maxLength = 500, nullable = true) String note) {
    }
}
