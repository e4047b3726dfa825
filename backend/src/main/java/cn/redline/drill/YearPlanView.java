package cn.redline.drill;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillYearPlan", description = "A yearly drill plan of an organization and the drills planned under it")
public record YearPlanView(@Schema(format = "uuid") UUID id, @Schema(format = "uuid") UUID orgId,
                           @Schema(minimum = "2000", maximum = "2100") int year,
                           @Schema(maxLength = 200) String title, YearPlanStatus status,
                           @Schema(maxItems = 100) List<YearPlanItem> items,
                           @Schema(maxItems = 200, description = "The drills planned or held under this plan, by day") List<DrillRef> drills,
                           @Schema(maxItems = 5) List<YearPlanAction> allowedActions,
                           @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
                           OffsetDateTime createdAt) {

    @Schema(name = "DrillYearPlanDrill", description = "A drill of a yearly plan")
    public record DrillRef(@Schema(format = "uuid") UUID id, @Schema(maxLength = 200) String title, DrillStatus status,
                           java.time.LocalDate day) {
    }

    @Schema(name = "DrillYearPlanPage")
    public record Page(@Schema(maxItems = 200) List<YearPlanView> items, @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }
}
