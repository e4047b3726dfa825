package cn.redline.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme's history as the API shows it. */
@Schema(name = "AssessmentSchemeHistory")
public record SchemeHistory(@Schema(maxItems = 1000) List<Entry> items) {

    @Schema(name = "AssessmentSchemeEvent", description = "One step in a scheme's history")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor,
                        @Schema(maxLength = 20, description = "CREATE, UPDATE or a workflow action") String action,
                        @Schema(nullable = true) SchemeStatus from,
                        SchemeStatus to,
                        @Schema(nullable = true, maxLength = 1000) String reason,
                        @Schema(nullable = true, description = "PUBLISH and REVISE: the revision and the 文号; UPDATE: the revision")
                        Map<String, Object> data) {
    }
}
