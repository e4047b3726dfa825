package cn.redline.drill;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One drill a yearly plan means to hold (§3.3): what, which plans it exercises, its form and scope, in which month. */
@Schema(name = "DrillYearPlanItem")
public record YearPlanItem(@Schema(maxLength = 200, example = "塔吊倒塌现场处置演练") @NotBlank @Size(max = 200) String title,
                           @Schema(maxItems = 20) @Size(max = 20) List<@NotNull UUID> planIds,
                           @NotNull DrillForm form,
                           @NotNull DrillScope scope,
                           @Schema(nullable = true) DrillPurpose purpose,
                           @Schema(minimum = "1", maximum = "12") @NotNull @Min(1) @Max(12) Integer month,
                           @Schema(maxLength = 1000, nullable = true, description = "必须体现环节: the steps the drill must show")
                           @Size(max = 1000) String mustShowSteps) {
}
