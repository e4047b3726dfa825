package cn.redline.drill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A drill held, recorded after the fact (§3.4 record_past). */
@Schema(name = "DrillInput", example = """
        {"orgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "title": "塔吊倒塌现场处置演练", "form": "LIVE", "scope": "SINGLE",
         "planIds": ["6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"], "conductedOn": "2026-11-20", "status": "CONDUCTED"}""")
public record DrillInput(
        @Schema(description = "The organiser: the drill counts for its drill rules") @NotNull UUID orgId,
        @Schema(example = "塔吊倒塌现场处置演练") @NotBlank @Size(max = 200) String title,
        @NotNull DrillForm form,
        @NotNull DrillScope scope,
        @Schema(description = "The organiser's emergency plans the drill exercised; their kinds decide the rules it meets")
        @Size(max = 20) List<@NotNull UUID> planIds,
        @Schema(description = "The day it was held (Asia/Shanghai); not in the future; more than 30 days ago only by a safety office")
        @NotNull LocalDate conductedOn,
        @Schema(description = "CONDUCTED, or TERMINATED when stopped early (then with terminationReason)") @NotNull DrillStatus status,
        TerminationReason terminationReason) {
}
