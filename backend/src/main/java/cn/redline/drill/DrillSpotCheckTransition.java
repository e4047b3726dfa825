package cn.redline.drill;

import cn.redline.accountability.AccountabilityType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillSpotCheckTransition", example = """
        {"action": "ORDER_CORRECTION", "correctionDeadline": "2026-12-31", "comment": "责令于12月31日前补做现场处置方案演练并报送"}""")
public record DrillSpotCheckTransition(
        @NotNull DrillSpotCheckAction action,
        @Schema(description = "RECORD_RESULT: the result found") DrillSpotCheckResult result,
        @Schema(description = "RECORD_RESULT: what was found (required when noncompliant)") @Size(max = 4000) String findings,
        @Schema(description = "RECORD_RESULT: the day checked (default today)") LocalDate checkedOn,
        @Schema(description = "ORDER_CORRECTION: the day the unit must have corrected by") LocalDate correctionDeadline,
        @Schema(description = "RESPOND: what the unit corrected and its evidence") @Size(max = 4000) String response,
        @Schema(description = "ESCALATE: the accountability action proposed (default INTERVIEW, 约谈)") AccountabilityType accountabilityType,
        @Schema(description = "ORDER_CORRECTION: the order's text; CANCEL: the reason; ESCALATE, ACCEPT_CORRECTION: a note")
        @Size(max = 2000) String comment) {
}
