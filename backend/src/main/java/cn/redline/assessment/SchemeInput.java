package cn.redline.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme draft as written: its period and its rules. */
@Schema(name = "AssessmentSchemeInput")
public record SchemeInput(
        @Schema(nullable = true, description = "The issuing org; the caller's own when omitted") UUID issuerOrgId,
        @Schema(maxLength = 200, example = "2026年度乡镇（街道）安全生产工作考核细则") @NotBlank @Size(max = 200) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull AssessmentPeriod period,
        @Schema(maxLength = 40, description = "Schemes of one series follow each other (consecutive-grade rules)",
                example = "TOWNSHIP") @NotBlank @Pattern(regexp = SchemeDefinition.CODE) String series,
        @Schema(maxLength = 100, nullable = true, example = "南安委〔2026〕3号") @Size(max = 100) String docNumber,
        @NotNull @Valid SchemeDefinition definition) {
}
