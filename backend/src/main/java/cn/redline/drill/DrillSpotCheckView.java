package cn.redline.drill;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillSpotCheck", description = "A regulator's spot check of a key unit's drills for a half-year (D3)")
public record DrillSpotCheckView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 20) String code,
        OrgView.OrgRef regulator,
        OrgView.OrgRef target,
        @Schema(nullable = true, format = "uuid") UUID drillId,
        @Schema(nullable = true, maxLength = 200) String drillTitle,
        @Schema(maxLength = 7, description = "The half-year checked, e.g. 2026-H1") String period,
        @Schema(description = "突袭抽查") boolean unannounced,
        @Schema(nullable = true) LocalDate plannedOn,
        @Schema(nullable = true) LocalDate checkedOn,
        @Schema(nullable = true, maxLength = 255) String checkedBy,
        DrillSpotCheckStatus status,
        @Schema(nullable = true) DrillSpotCheckResult result,
        @Schema(nullable = true, maxLength = 4000) String findings,
        @Schema(nullable = true) LocalDate correctionDeadline,
        @Schema(nullable = true, maxLength = 2000) String correctionOrder,
        @Schema(description = "Ordered, not corrected, past its deadline") boolean overdue,
        @Schema(nullable = true, maxLength = 4000) String response,
        @Schema(nullable = true, format = "date-time") OffsetDateTime respondedAt,
        @Schema(nullable = true, maxLength = 2000) String cancelReason,
        @Schema(nullable = true, format = "uuid", description = "The accountability action its escalation proposed")
        UUID accountabilityActionId,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(maxItems = 6, description = "What the caller may do with it now") List<DrillSpotCheckAction> allowedActions,
        @Schema(maxItems = 500, description = "Its files, oldest upload first: 现场照片, the correction order's scan, the unit's proof "
                + "(purpose is the DrillSpotCheckFileKind)") List<cn.redline.attachment.AttachmentView> files,
        @Schema(maxItems = 3, description = "The kinds of files the caller may attach now (POST /drill-spot-checks/{id}/files)")
        List<DrillSpotCheckFileKind> attachableKinds) {

    @Schema(name = "DrillSpotCheckPage")
    public record Page(@Schema(maxItems = 200) List<DrillSpotCheckView> items, @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }
}
