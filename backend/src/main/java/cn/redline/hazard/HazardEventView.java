package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HazardEvent", description = "One step of a ticket's history (一患一档)")
public record HazardEventView(
        @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
        @Schema(format = "date-time") OffsetDateTime at,
        @Schema(maxLength = 255) String actorName,
        @Schema(maxLength = 32, nullable = true) String actorOrgCode,
        @Schema(maxLength = 30, example = "CONFIRM") String action,
        @Schema(nullable = true) State fromState,
        State toState,
        @Schema(maxLength = 2000, nullable = true) String comment,
        @Schema(nullable = true, maxProperties = 40, description = "The data the step recorded") Map<String, Object> data) {

    static HazardEventView of(HazardEvent e) {
        return new HazardEventView(e.seq, e.at, e.actorName, e.actorOrgCode, e.action, e.fromState, e.toState, e.comment,
                e.data);
    }
}
