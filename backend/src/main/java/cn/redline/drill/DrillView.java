package cn.redline.drill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Drill", description = "A drill held by an organization, and the drill rules it counts for")
public record DrillView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID orgId,
        @Schema(maxLength = 200) String title,
        DrillForm form,
        DrillScope scope,
        DrillStatus status,
        LocalDate conductedOn,
        @Schema(nullable = true) TerminationReason terminationReason,
        @Schema(maxItems = 20) List<PlanRef> plans,
        @Schema(maxItems = 100, description = "The codes of the requirement rules the drill counts for") List<@Size(max = 60) String> countsFor,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt) {

    @Schema(name = "DrillPlanRef", description = "An emergency plan a drill exercised")
    public record PlanRef(@Schema(format = "uuid") UUID id, EmergencyPlanKind kind, @Schema(maxLength = 200) String title) {
    }

    static DrillView of(Drill d, List<String> countsFor) {
        return new DrillView(d.id, d.orgId, d.title, d.form, d.scope, d.status, d.conductedOn, d.terminationReason,
                d.plans.stream().map(p -> new PlanRef(p.id, p.kind, p.title)).toList(), countsFor, d.version, d.createdAt);
    }
}
