package cn.redline.drill;

import cn.redline.duty.ObligationStatus;
import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillDebtPage", description = "Drill duties not met, fewest days left first: the rules' obligations of the "
        + "periods holding the day and the follow-ups of drill evaluations (plan revisions, re-drills) arisen by then")
public record DrillDebtPage(@Schema(maxItems = 200) List<Debt> items,
                            @Schema(nullable = true, maxLength = 512) String nextCursor) {

    @Schema(name = "DrillDebt", description = "Who has not met which drill duty, and why the system thinks so")
    public record Debt(
            @Schema(format = "uuid") UUID obligationId,
            OrgView.OrgRef org,
            @Schema(nullable = true, maxLength = 40) String industry,
            boolean emergencyKeyUnit,
            @Schema(maxLength = 60) String ruleCode,
            @Schema(maxLength = 200) String citation,
            @Schema(nullable = true, maxLength = 100) String mustReportTo,
            @Schema(maxLength = 24) String periodKey,
            LocalDate periodFirst,
            LocalDate periodLast,
            @Schema(minimum = "1", maximum = "1000") int required,
            @Schema(minimum = "0", maximum = "100000") int counted,
            ObligationStatus status,
            @Schema(minimum = "0", maximum = "100000") long daysLeft,
            @Schema(maxLength = 600) String reasonZh,
            @Schema(maxLength = 600) String reasonEn,
            @Schema(nullable = true) DrillFollowUpKind followUp,
            @Schema(format = "uuid", nullable = true, description = "A follow-up's evaluated drill (then obligationId is the "
                    + "follow-up's id, ruleCode its kind and periodFirst..periodLast from when it counts to its due day)") UUID drillId) {
    }
}
