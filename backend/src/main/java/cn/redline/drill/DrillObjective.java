package cn.redline.drill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One objective of a drill (§3.3): who, under which conditions, does which task to which standard, with what effect. */
@Schema(name = "DrillObjective")
public record DrillObjective(@Schema(maxLength = 200) @Size(max = 200) String who,
                             @Schema(maxLength = 500) @Size(max = 500) String conditions,
                             @Schema(maxLength = 500) @NotBlank @Size(max = 500) String task,
                             @Schema(maxLength = 500) @Size(max = 500) String standard,
                             @Schema(maxLength = 500) @Size(max = 500) String effect) {
}
