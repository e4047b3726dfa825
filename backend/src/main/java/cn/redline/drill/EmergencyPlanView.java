package cn.redline.drill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmergencyPlan", description = "An emergency plan (应急预案) as a reference drills link to")
public record EmergencyPlanView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID orgId,
        EmergencyPlanKind kind,
        @Schema(maxLength = 200) String title,
        @Schema(maxItems = 20) List<@Size(max = 40) String> scenarioTypes,
        @Schema(maxLength = 20) String planVersion,
        @Schema(nullable = true) LocalDate effectiveDate,
        @Schema(maxLength = 60, nullable = true) String filingNo,
        @Schema(nullable = true) LocalDate lastReviewDate,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(format = "date-time") OffsetDateTime updatedAt) {

    static EmergencyPlanView of(EmergencyPlan p) {
        return new EmergencyPlanView(p.id, p.orgId, p.kind, p.title, List.copyOf(p.scenarioTypes), p.planVersion,
                p.effectiveDate, p.filingNo, p.lastReviewDate, p.version, p.createdAt, p.updatedAt);
    }
}
