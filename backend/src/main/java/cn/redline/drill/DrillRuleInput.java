package cn.redline.drill;

import cn.redline.duty.AppliesTo;
import cn.redline.duty.Jurisdiction;
import cn.redline.duty.PeriodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillRuleInput", description = "A drill rule's terms as a region adopts them; the code stays", example = """
        {"title": "区、镇政府每年至少组织1次综合性应急演练（实战）", "appliesTo": {"orgKinds": ["REGION"],
         "regionLevels": ["DISTRICT", "TOWNSHIP"], "regionId": "0b4c…"}, "periodType": "YEAR", "minCount": 1,
         "qualifier": "scope=COMPREHENSIVE;form=LIVE", "jurisdiction": "DISTRICT", "effectiveFrom": "2026-01-01",
         "citation": "南明区安委〔2026〕3号"}""")
public record DrillRuleInput(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Valid AppliesTo appliesTo,
        @Schema(description = "YEAR, HALF_YEAR, QUARTER, MONTH or ROLLING_24M") @NotNull PeriodType periodType,
        @Min(1) @Max(1000) int minCount,
        @Schema(description = "planKind=…|…; scope=SINGLE|COMPREHENSIVE; form=TABLETOP|LIVE; terminated=REAL_EMERGENCY…, "
                + "joined by ;", example = "planKind=ONSITE;form=LIVE") @Size(max = 100) String qualifier,
        @Size(max = 100) String mustReportTo,
        @Min(0) @Max(366) Integer graceDays,
        @Min(0) @Max(366) Integer atRiskDays,
        @NotNull Jurisdiction jurisdiction,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Schema(description = "The source: statute article or local document", example = "南明区安委〔2026〕3号")
        @NotBlank @Size(max = 200) String citation) {
}
