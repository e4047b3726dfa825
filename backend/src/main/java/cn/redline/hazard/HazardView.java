package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.OrgView.OrgRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Hazard", description = "A hidden-hazard ticket (事故隐患)")
public record HazardView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 20, example = "YH-2026-000123") String code,
        @Schema(maxLength = 200) String title,
        @Schema(maxLength = 4000, nullable = true) String description,
        Level level,
        Category category,
        @Schema(maxLength = 40, nullable = true) String industry,
        @Schema(nullable = true) OrgRef enterprise,
        OrgRef territory,
        @Schema(maxLength = 200, nullable = true) String locationText,
        @Schema(nullable = true, minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(nullable = true, minimum = "-180", maximum = "180") BigDecimal longitude,
        Source source,
        @Schema(maxLength = 255) String discoveredBy,
        @Schema(format = "date-time") OffsetDateTime discoveredAt,
        @Schema(maxLength = 100, nullable = true) String externalRef,
        @Schema(maxLength = 200, nullable = true) String responsibleUnit,
        @Schema(maxLength = 100, nullable = true) String responsiblePerson,
        @Schema(maxLength = 4000, nullable = true) String rectificationMeasures,
        @Schema(nullable = true, format = "date") LocalDate deadline,
        State state,
        @Schema(description = "Past its deadline while open (computed against the Asia/Shanghai date)") boolean overdue,
        @Schema(nullable = true, description = "The supervising level it was escalated to when overdue") OrgRef escalatedTo,
        @Schema(nullable = true) FiveMustsView fiveMusts,
        @Schema(nullable = true) SupervisionView supervision,
        @Schema(nullable = true) ExtensionView pendingExtension,
        @Schema(nullable = true) AcceptanceView acceptance,
        @Schema(nullable = true) RejectionReason rejectionReason,
        @Schema(nullable = true, maxLength = 20) String duplicateOfCode,
        @Schema(nullable = true) EffectivenessView effectiveness,
        @Schema(nullable = true, format = "date-time") OffsetDateTime closedAt,
        @Schema(maxItems = 100, description = "Photos and files: BEFORE (reported with), AFTER (rectification), DOCUMENT")
        List<cn.redline.attachment.AttachmentView> attachments,
        @Schema(type = SchemaType.ARRAY, implementation = Action.class, maxItems = 20,
                description = "What the caller may do now") List<Action> allowedActions,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(format = "date-time") OffsetDateTime updatedAt) {

    @Schema(name = "FiveMustsView")
    public record FiveMustsView(
            @Schema(maxLength = 4000, nullable = true) String measures,
            @Schema(nullable = true, minimum = "0", maximum = "999999999999.99") BigDecimal funds,
            @Schema(nullable = true, format = "date") LocalDate deadline,
            @Schema(maxLength = 100, nullable = true) String responsiblePerson,
            @Schema(maxLength = 4000, nullable = true) String emergencyPlan,
            boolean complete) {
    }

    @Schema(name = "SupervisionView")
    public record SupervisionView(SupervisionLevel level, @Schema(nullable = true) OrgRef issuedBy,
                                  @Schema(maxLength = 60) String documentNumber,
                                  @Schema(format = "date-time") OffsetDateTime listedAt,
                                  @Schema(nullable = true, format = "date-time") OffsetDateTime signedOffAt,
                                  @Schema(nullable = true, maxLength = 255) String signedOffBy) {
    }

    @Schema(name = "ExtensionView")
    public record ExtensionView(@Schema(format = "date") LocalDate requestedDeadline,
                                @Schema(maxLength = 1000, nullable = true) String reason,
                                @Schema(format = "date-time") OffsetDateTime requestedAt) {
    }

    @Schema(name = "AcceptanceView")
    public record AcceptanceView(AcceptorKind acceptorKind, @Schema(maxLength = 200, nullable = true) String acceptorName,
                                 @Schema(maxLength = 2000, nullable = true) String opinion,
                                 @Schema(format = "date-time") OffsetDateTime acceptedAt) {
    }

    @Schema(name = "EffectivenessView")
    public record EffectivenessView(boolean effective, @Schema(maxLength = 2000, nullable = true) String note,
                                    @Schema(format = "date-time") OffsetDateTime checkedAt) {
    }
}
