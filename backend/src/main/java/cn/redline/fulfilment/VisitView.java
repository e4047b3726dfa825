package cn.redline.fulfilment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationVisit", description = "A verification visit (四不两直) and what it found per record")
public record VisitView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 255) String visitor,
        @Schema(format = "uuid") UUID visitorOrgId,
        @Schema(format = "uuid") UUID targetOrgId,
        LocalDate date,
        @Schema(nullable = true, maxLength = 4000) String notes,
        @Schema(maxItems = 100) List<Check> checks,
        OffsetDateTime createdAt) {

    @Schema(name = "VerificationCheck")
    public record Check(@Schema(format = "uuid") UUID recordId, FulfilmentEnums.VisitResult result,
                        @Schema(nullable = true, maxLength = 1000) String note) {
    }

    static VisitView of(VerificationVisit v) {
        return new VisitView(v.id, v.visitorName, v.visitorOrgId, v.targetOrgId, v.date, v.notes,
                v.checks.stream().map(c -> new Check(c.recordId(), c.result(), c.note())).toList(), v.createdAt);
    }
}
