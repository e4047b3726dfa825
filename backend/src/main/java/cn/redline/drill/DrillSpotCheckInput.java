package cn.redline.drill;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A spot check planned by the caller's department or office, or recorded on site at once (give the result: the check is
 * then DONE, its history showing both steps).
 */
@Schema(name = "DrillSpotCheckInput", example = """
        {"targetOrgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "period": "2026-H1", "unannounced": true,
         "result": "NONCOMPLIANT", "findings": "上半年未开展现场处置方案演练，演练记录缺失"}""")
public record DrillSpotCheckInput(
        @Schema(description = "The checked enterprise, in the caller's scope") @NotNull UUID targetOrgId,
        @Schema(description = "The half-year checked", pattern = "^\\d{4}-H[12]$") @NotNull @Size(max = 7) @Pattern(regexp = "\\d{4}-H[12]") String period,
        @Schema(description = "突袭抽查: not announced to the unit beforehand") boolean unannounced,
        @Schema(description = "A drill of the target the check looks at") UUID drillId,
        @Schema(description = "The day planned (a planned check)") LocalDate plannedOn,
        @Schema(description = "Recorded on site: the result found") DrillSpotCheckResult result,
        @Schema(description = "What was found; required for a noncompliant result") @Size(max = 4000) String findings,
        @Schema(description = "The day checked (default today; not in the future)") LocalDate checkedOn) {
}
