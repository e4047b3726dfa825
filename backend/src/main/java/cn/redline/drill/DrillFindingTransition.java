package cn.redline.drill;

import cn.redline.hazard.HazardEnums;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a drill finding, with what that action needs. */
@Schema(name = "DrillFindingTransition", description = "An action on a drill finding. CONVERT: hazardLevel (default "
        + "GENERAL) and hazardCategory (default MANAGEMENT) of the hazard ticket it creates", example = """
        {"action": "COMPLETE", "comment": "已修订预案并组织培训", "attachmentIds": ["6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"]}""")
public record DrillFindingTransition(
        @NotNull DrillFindingAction action,
        @Schema(description = "COMPLETE: what was done; VERIFY: the verifier's remark") @Size(max = 1000) String comment,
        @Schema(description = "COMPLETE: the evidence files (at least one), uploaded with POST /api/v1/attachments")
        @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(nullable = true) HazardEnums.Level hazardLevel,
        @Schema(nullable = true) HazardEnums.Category hazardCategory) {
}
