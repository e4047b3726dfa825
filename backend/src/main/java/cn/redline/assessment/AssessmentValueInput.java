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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A value set on an assessment: SELF (the target's deductions or checklist items met on a leaf, with evidence),
 * DEPARTMENT (a scoring department's points on its leaf), REVIEW (the assessment group's points on a leaf: an override,
 * the reason required), ADJUSTMENT (occurrences of a bonus or deduction rule) or VETO (a manual veto rule found to apply).
 * With {@code withdraw}, the assessment group takes back its REVIEW, ADJUSTMENT or VETO in force instead.
 */
@Schema(name = "AssessmentValueInput", example = """
        {"kind": "SELF", "code": "L1", "deductions": [{"rule": "L1-1", "occurrences": 2}], "attachmentIds": []}""")
public record AssessmentValueInput(
        @NotNull AssessmentValue.Kind kind,
        @Schema(maxLength = 40, description = "The leaf indicator's code, or the adjustment or veto rule's") @NotBlank @Size(max = 40)
        String code,
        @Schema(maxItems = 50, description = "SELF on a MANUAL_DEDUCT leaf: the deduction rules applied") @Size(max = 50)
        List<@Valid @NotNull Applied> deductions,
        @Schema(maxItems = 50, description = "SELF on a CHECKLIST leaf: the items met") @Size(max = 50) List<@Size(max = 40) String> checklistMet,
        @Schema(nullable = true, description = "DEPARTMENT, REVIEW: the points") @DecimalMin("0") @DecimalMax("1000") BigDecimal points,
        @Schema(nullable = true, description = "ADJUSTMENT: how many times") @Min(1) @Max(1000) Integer occurrences,
        @Schema(maxLength = 1000, nullable = true, description = "Why; required for REVIEW (an override)") @Size(max = 1000) String reason,
        @Schema(maxItems = 20, description = "Attachments uploaded as evidence") @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(nullable = true, description = "REVIEW, ADJUSTMENT, VETO: withdraw the value in force of this kind and code "
                + "(the reason required) while the assessment is under review or reconsideration; the record keeps both")
        Boolean withdraw) {

    @Schema(name = "AssessmentAppliedDeduction")
    public record Applied(@Schema(maxLength = 40) @NotBlank @Size(max = 40) String rule,
                          @Schema(minimum = "1", maximum = "100000") @Min(1) @Max(100000) int occurrences) {
    }
}
