package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of an evaluation template (the next number of its code; the first when the code is new). */
@Schema(name = "DrillEvaluationTemplateInput")
public record EvaluationTemplateInput(
        @Schema(maxLength = 40, pattern = "^[A-Z0-9_]{2,40}$", example = "AQ9009") @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
        @Schema(maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(maxLength = 500, description = "The standard or local document the template follows") @NotBlank @Size(max = 500) String citation,
        @NotNull @Valid EvaluationTemplateDefinition definition) {
}
