package cn.redline.drill;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.PeriodType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillObligation", description = "What an organization owes under one drill rule in one period, and why "
        + "the system thinks so, in words")
public record DrillObligationView(
        @Schema(format = "uuid", nullable = true, description = "The obligation (GET /obligations/{id}); null for a period "
                + "not materialised yet (a past day, or a period that began since the daily job ran), computed from the evidence") UUID id,
        @Schema(format = "uuid") UUID ruleId,
        @Schema(maxLength = 60, example = "ENT_ONSITE") String ruleCode,
        @Schema(maxLength = 200) String ruleTitle,
        @Schema(maxLength = 200) String citation,
        @Schema(maxLength = 100, nullable = true, example = "planKind=ONSITE") String qualifier,
        @Schema(maxLength = 100, nullable = true, description = "Whom the drill must be reported to (key units)") String mustReportTo,
        PeriodType periodType,
        @Schema(maxLength = 24, example = "2026-H2") String periodKey,
        LocalDate periodFirst,
        LocalDate periodLast,
        @Schema(minimum = "1", maximum = "1000") int required,
        @Schema(minimum = "0", maximum = "100000") int counted,
        ObligationStatus status,
        @Schema(minimum = "0", maximum = "100000", description = "Days to the period's end, today included") long daysLeft,
        @Schema(maxLength = 600, example = "2026年下半年现场处置方案演练（生产安全事故应急预案管理办法第三十三条）：尚无记录；剩余29天")
        String reasonZh,
        @Schema(maxLength = 600, example = "2026 H2 on-site plan drill owed under 生产安全事故应急预案管理办法第三十三条; none recorded; 29 days left")
        String reasonEn) {

    @Schema(name = "DrillObligationList")
    public record Listing(@Schema(format = "uuid") UUID orgId, LocalDate on, @Schema(maxItems = 100) List<DrillObligationView> items,
                          @Schema(maxItems = 500, description = "What the organization's drill evaluations left it to do (plan "
                                  + "revisions, re-drills) that had arisen by the day, met ones included, soonest due first")
                          List<FollowUp> followUps) {
    }

    @Schema(name = "DrillFollowUp", description = "An obligation a drill's evaluation left behind (§3.4): revise the plans "
            + "after a major plan finding (default 60 days from the signing), or drill the same scenario again after the "
            + "conclusion NOT_ACHIEVED_REDRILL (default 90 days); met by a revised plan edition or review date (or the finding "
            + "verified), or by a later drill of the same scenario type held")
    public record FollowUp(
            @Schema(format = "uuid") UUID id,
            DrillFollowUpKind kind,
            @Schema(format = "uuid", description = "The evaluated drill") UUID drillId,
            @Schema(maxLength = 200) String drillTitle,
            @Schema(format = "uuid", nullable = true, description = "PLAN_REVISION: the finding") UUID findingId,
            @Schema(minimum = "1", maximum = "10000", nullable = true, description = "PLAN_REVISION: the finding's number") Integer findingNumber,
            @Schema(maxLength = 100, nullable = true, description = "REDRILL: the scenario event type to drill again; "
                    + "null when the drill named none (any later drill meets it)") String scenarioType,
            @Schema(description = "From when what meets it counts (the finding's day or the signing day)") LocalDate since,
            @Schema(description = "The day it is due") LocalDate due,
            ObligationStatus status,
            @Schema(minimum = "0", maximum = "100000", description = "Days to the due day, today included") long daysLeft,
            @Schema(maxLength = 200) String citation,
            @Schema(maxLength = 600, example = "演练“消防疏散演练”发现重大预案问题（问题1），须修订应急预案（生产安全事故应急条例第六条）；2027-02-01前完成；剩余60天")
            String reasonZh,
            @Schema(maxLength = 600) String reasonEn) {
    }
}
