package cn.redline.duty.list;

import cn.redline.duty.PeriodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One duty as written in a template or sent to add/edit a list item (§2.2): what, on whose authority, how often
 * (a calendar period with a minimum count, or a due date), with what evidence, verified how. A draft may hold an
 * item without requirement or evidence spec; submitting the list needs both.
 */
@Schema(name = "DutyItemInput")
public record ItemSpec(
        @NotNull DutyCategory category,
        @NotBlank @Size(max = 1000) @Schema(maxLength = 1000) String text,
        @Size(max = 10) @Schema(maxItems = 10, description = "Citations, e.g. 安全生产法 第二十一条")
        List<@NotBlank @Size(max = 200) String> legalBasis,
        @Schema(description = "YEAR, HALF_YEAR, QUARTER or MONTH; with minCount. Or dueDate instead")
        PeriodType periodType,
        @Min(1) @Max(1000) @Schema(nullable = true, minimum = "1", maximum = "1000") Integer minCount,
        @Size(max = 100) @Schema(nullable = true, maxLength = 100) String qualifier,
        @Schema(nullable = true, description = "A one-off duty due by this day (instead of a period)") LocalDate dueDate,
        @Min(0) @Max(366) @Schema(nullable = true, minimum = "0", maximum = "366", description = "Default 0") Integer graceDays,
        @Min(0) @Max(366) @Schema(nullable = true, minimum = "0", maximum = "366", description = "Default 30") Integer atRiskDays,
        @Valid @Schema(nullable = true) EvidenceSpec evidenceSpec,
        @Schema(description = "Default MANUAL") Verification verification,
        @Size(max = 60) @Schema(nullable = true, maxLength = 60) String metricCode,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500) String autoCriteria) {

    public List<String> legalBasisOrEmpty() {
        return legalBasis == null ? List.of() : legalBasis;
    }
}
