package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A yearly drill plan (年度演练计划) as its org drafts it: one per org and year. */
@Schema(name = "DrillYearPlanInput", example = """
        {"orgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "year": 2027, "title": "2027年度应急演练计划",
         "items": [{"title": "塔吊倒塌现场处置演练", "planIds": [], "form": "LIVE", "scope": "SINGLE", "month": 5}]}""")
public record YearPlanInput(@NotNull UUID orgId,
                            @Schema(minimum = "2000", maximum = "2100") @NotNull @Min(2000) @Max(2100) Integer year,
                            @Schema(maxLength = 200) @NotBlank @Size(max = 200) String title,
                            @Schema(maxItems = 100) @Size(max = 100) List<@NotNull @Valid YearPlanItem> items) {
}
