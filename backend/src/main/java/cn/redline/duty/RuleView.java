package cn.redline.duty;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequirementRule", description = "A requirement as data: who owes what, how often, since when, on whose authority")
public record RuleView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 60) String code,
        @Schema(maxLength = 200) String title,
        Capability capability,
        AppliesTo appliesTo,
        PeriodType periodType,
        @Schema(nullable = true, minimum = "0", maximum = "3650") Integer eventDays,
        @Schema(minimum = "1", maximum = "1000") int minCount,
        @Schema(nullable = true, maxLength = 100) String qualifier,
        @Schema(nullable = true, maxLength = 100) String mustReportTo,
        @Schema(minimum = "0", maximum = "366") int graceDays,
        @Schema(minimum = "0", maximum = "366") int atRiskDays,
        Jurisdiction jurisdiction,
        LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,
        @Schema(maxLength = 200) String citation) {

    public static RuleView of(RequirementRule r) {
        return new RuleView(r.id, r.code, r.title, r.capability, r.appliesTo, r.periodType, r.eventDays, r.minCount,
                r.qualifier, r.mustReportTo, r.graceDays, r.atRiskDays, r.jurisdiction, r.effectiveFrom, r.effectiveTo,
                r.citation);
    }
}
