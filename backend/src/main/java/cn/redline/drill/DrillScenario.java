package cn.redline.drill;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The scenario a drill plays (§3.3): event, time, place, how it develops, who and what is affected, weather. */
@Schema(name = "DrillScenario")
public record DrillScenario(@Schema(maxLength = 100, example = "塔吊倒塌") @Size(max = 100) String eventType,
                            @Schema(maxLength = 100) @Size(max = 100) String time,
                            @Schema(maxLength = 200) @Size(max = 200) String place,
                            @Schema(maxLength = 2000) @Size(max = 2000) String development,
                            @Schema(maxLength = 1000) @Size(max = 1000) String affectedArea,
                            @Schema(maxLength = 1000) @Size(max = 1000) String peopleAndMaterials,
                            @Schema(maxLength = 1000) @Size(max = 1000) String lossesAndForecast,
                            @Schema(maxLength = 200) @Size(max = 200) String weather) {
}
