package cn.redline.drill;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillScenarioCoverage", description = "Emergency plans and scenario types of a subtree not drilled since a day "
        + "(default three years before the day asked about); a drill counts once held (CONDUCTED, EVALUATED, CLOSED)")
public record DrillScenarioCoverage(
        @Schema(format = "uuid") UUID orgId,
        LocalDate on,
        @Schema(description = "Drills before this day do not cover") LocalDate since,
        @Schema(maxItems = 1000, description = "Per org of the subtree, the scenario types of its plans it has not drilled since "
                + "then (at most 1000, in org code order)") List<Scenario> scenarios,
        @Schema(maxItems = 200, description = "Plans not drilled since then, a page") List<Plan> plans,
        @Schema(nullable = true, maxLength = 512) String nextCursor) {

    @Schema(name = "DrillScenarioGap")
    public record Scenario(OrgView.OrgRef org,
                           @Schema(maxLength = 40) String scenarioType,
                           @Schema(minimum = "1", maximum = "100000000", description = "The org's plans naming it") int plans,
                           @Schema(nullable = true) LocalDate lastDrilledOn) {
    }

    @Schema(name = "DrillPlanGap")
    public record Plan(@Schema(format = "uuid") UUID planId, OrgView.OrgRef org, EmergencyPlanKind kind,
                       @Schema(maxLength = 200) String title, @Schema(maxItems = 20) List<@Size(max = 40) String> scenarioTypes,
                       @Schema(nullable = true) LocalDate lastDrilledOn) {
    }
}
