package cn.redline.drill;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a yearly drill plan. */
@Schema(name = "DrillYearPlanTransition", example = """
        {"action": "REJECT", "comment": "缺少现场处置方案演练"}""")
public record YearPlanTransition(@NotNull YearPlanAction action,
                                 @Schema(description = "REJECT: the reason") @Size(max = 1000) String comment) {
}
