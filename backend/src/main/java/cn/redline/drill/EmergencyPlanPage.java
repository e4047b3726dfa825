package cn.redline.drill;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmergencyPlanPage")
public record EmergencyPlanPage(@Schema(maxItems = 200) List<EmergencyPlanView> items,
                                @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
