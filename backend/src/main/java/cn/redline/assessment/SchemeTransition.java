package cn.redline.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a scheme, with what that action needs. */
@Schema(name = "AssessmentSchemeTransition", example = """
        {"action": "PUBLISH", "docNumber": "南安委〔2026〕3号"}""")
public record SchemeTransition(
        @NotNull SchemeAction action,
        @Schema(maxLength = 1000, nullable = true, description = "REVISE: the reason") @Size(max = 1000) String comment,
        @Schema(maxLength = 100, nullable = true, description = "PUBLISH: the 文号, unless the scheme already has one")
        @Size(max = 100) String docNumber) {
}
