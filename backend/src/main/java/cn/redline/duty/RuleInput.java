package cn.redline.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequirementRuleInput", example = """
        {"code": "S1-4-DEPT-HEAD-INSPECTION", "title": "部门主要负责人每季度至少带队检查1次", "capability": "DUTY",
         "appliesTo": {"postKinds": ["DEPT_HEAD"]}, "periodType": "QUARTER", "minCount": 1, "graceDays": 5,
         "jurisdiction": "DISTRICT", "effectiveFrom": "2026-01-01", "citation": "S1 §4"}""")
public record RuleInput(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[0-9A-Za-z_.-]+", message = "may contain only letters, digits and . _ -") String code,
        @NotBlank @Size(max = 200) String title,
        @NotNull Capability capability,
        @NotNull @Valid AppliesTo appliesTo,
        @NotNull PeriodType periodType,
        @Schema(description = "EVENT rules only: days after the event") @Min(0) @Max(3650) Integer eventDays,
        @Min(1) @Max(1000) int minCount,
        @Schema(description = "What qualifies, e.g. scope=COMPREHENSIVE") @Size(max = 100) String qualifier,
        @Size(max = 100) String mustReportTo,
        @Schema(description = "Days after the period in which evidence dated inside it may still be entered (flagged late)")
        @Min(0) @Max(366) Integer graceDays,
        @Schema(description = "Days before the end from which an unmet obligation is at risk (default 30)")
        @Min(0) @Max(366) Integer atRiskDays,
        @NotNull Jurisdiction jurisdiction,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Schema(description = "The source: statute article or local document", example = "ERR 8")
        @NotBlank @Size(max = 200) String citation) {
}
