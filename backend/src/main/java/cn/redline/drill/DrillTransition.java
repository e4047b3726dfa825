package cn.redline.drill;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a drill, with what that action needs. */
@Schema(name = "DrillTransition", example = """
        {"action": "END", "actualHeadcount": 86, "attachmentIds": ["6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"]}""")
public record DrillTransition(
        @NotNull DrillAction action,
        @Schema(description = "POSTPONE, CANCEL, TERMINATE: the reason") @Size(max = 1000) String comment,
        @Schema(description = "POSTPONE: the new day (Asia/Shanghai), not before today; the original day is kept")
        LocalDate plannedOn,
        @Schema(description = "TERMINATE: why it was stopped early") TerminationReason terminationReason,
        @Schema(description = "END: how many took part") @Min(1) @Max(1000000) Integer actualHeadcount,
        @Schema(description = "ATTACH: what the files are (a document of the drill, or photos)") DrillFileKind fileKind,
        @Schema(description = "ATTACH: the files; END: more photos of the drill (PHOTO)")
        @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
