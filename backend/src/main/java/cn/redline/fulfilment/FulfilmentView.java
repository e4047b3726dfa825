package cn.redline.fulfilment;

import cn.redline.attachment.AttachmentView;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentAction;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FulfilmentRecord", description = "A proof that a duty item was done in a period (履职记录)")
public record FulfilmentView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID dutyItemId,
        @Schema(format = "uuid") UUID listId,
        @Schema(maxLength = 24, example = "2026-Q2") String periodKey,
        @Schema(nullable = true, format = "uuid") UUID holderPostId,
        @Schema(format = "uuid", description = "The holder's org") UUID orgId,
        @Schema(format = "uuid") UUID issuingOrgId,
        LocalDate date,
        @Schema(nullable = true, maxLength = 200) String place,
        @Schema(nullable = true, minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(nullable = true, minimum = "-180", maximum = "180") BigDecimal longitude,
        @Schema(maxLength = 4000) String summary,
        @Schema(maxItems = 20, description = "With the person who held each post on the record's date") List<FulfilmentParts.Performer> performers,
        @Schema(maxItems = 50) List<@jakarta.validation.constraints.Size(max = 100) String> participants,
        @Schema(nullable = true) FulfilmentParts.Counterpart counterpart,
        @Schema(nullable = true) FulfilmentParts.FollowUp followUp,
        @Schema(maxItems = 50) List<UUID> hazardIds,
        @Schema(maxItems = 50) List<UUID> drillIds,
        @Schema(maxItems = 20) List<AttachmentView> attachments,
        FulfilmentSource source,
        @Schema(nullable = true, maxLength = 100) String externalRef,
        FulfilmentState state,
        @Schema(description = "Entered after the period ended, within its grace days") boolean late,
        @Schema(maxLength = 255) String enteredBy,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) Review review,
        @Schema(nullable = true, format = "uuid", description = "The accepted record this one corrects") UUID amendsId,
        @Schema(nullable = true, maxLength = 1000, description = "A pending request to amend after the period's freeze")
        String amendmentRequest,
        @Schema(maxItems = 9, description = "What the caller may do now") List<FulfilmentAction> allowedActions,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "FulfilmentReview", description = "The last review decision")
    public record Review(@Schema(maxLength = 255) String by, OffsetDateTime at,
                         @Schema(maxLength = 20, example = "REJECT") String decision,
                         @Schema(nullable = true, maxLength = 1000) String reason) {
    }

    static FulfilmentView of(FulfilmentRecord r, List<AttachmentView> files, List<FulfilmentAction> allowed) {
        return new FulfilmentView(r.id, r.dutyItemId, r.listId, r.periodKey, r.holderPostId, r.orgId, r.issuingOrgId,
                r.date, r.place, r.latitude, r.longitude, r.summary, r.performers,
                r.participants == null ? List.of() : r.participants, r.counterpart, r.followUp,
                r.hazardIds == null ? List.of() : r.hazardIds, r.drillIds == null ? List.of() : r.drillIds, files,
                r.source, r.externalRef, r.state, r.late, r.enteredByName, r.submittedAt,
                r.reviewedAt == null ? null : new Review(r.reviewedBy, r.reviewedAt, r.reviewDecision, r.reviewReason),
                r.amendsId, r.amendmentRequest, allowed, r.version, r.createdAt, r.updatedAt);
    }
}
