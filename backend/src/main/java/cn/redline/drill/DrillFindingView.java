package cn.redline.drill;

import cn.redline.attachment.AttachmentView;
import cn.redline.hazard.HazardEnums;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillFinding", description = "A problem a drill's evaluation found, its corrective action and where the fix stands")
public record DrillFindingView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID drillId,
        @Schema(format = "uuid") UUID evaluationId,
        @Schema(format = "uuid") UUID orgId,
        @Schema(minimum = "1", maximum = "10000", description = "Its number within the drill (问题1, 问题2 …)") int number,
        DrillFindingCategory category,
        DrillFindingSeverity severity,
        @Schema(maxLength = 2000) String description,
        @Schema(nullable = true, maxLength = 2000) String cause,
        @Schema(nullable = true, maxLength = 2000) String recommendation,
        @Schema(nullable = true) DrillFindingInput.CorrectiveAction action,
        @Schema(nullable = true, maxLength = 200, description = "The owner org's name") String ownerOrgName,
        DrillFindingStatus status,
        @Schema(description = "Open past its deadline (Asia/Shanghai)") boolean overdue,
        @Schema(description = "Fixed: VERIFIED, or CONVERTED and its hazard ticket closed") boolean resolved,
        @Schema(nullable = true, description = "The hazard ticket it became (CONVERTED), read live: the finding follows the "
                + "ticket to its closure") HazardTicket hazardTicket,
        @Schema(nullable = true, maxLength = 1000, description = "COMPLETE: what was done") String doneNote,
        @Schema(maxItems = 20, description = "The evidence of COMPLETE") List<AttachmentView> evidence,
        @Schema(nullable = true, maxLength = 255) String verifiedBy,
        @Schema(nullable = true, format = "date-time") OffsetDateTime verifiedAt,
        @Schema(maxItems = 4, description = "What the caller may do with the finding now") List<DrillFindingAction> allowedActions,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt) {

    @Schema(name = "DrillFindingHazardTicket", description = "The hazard ticket a finding became, as it stands now")
    public record HazardTicket(@Schema(format = "uuid") UUID id, @Schema(maxLength = 20) String code,
                               HazardEnums.State state,
                               @Schema(description = "The ticket reached a final state (closed or rejected)") boolean closed,
                               @Schema(nullable = true, description = "Rectification deadline of the ticket") LocalDate deadline) {
    }

    @Schema(name = "DrillFindingList")
    public record Listing(@Schema(maxItems = 500) List<DrillFindingView> items) {
    }
}
