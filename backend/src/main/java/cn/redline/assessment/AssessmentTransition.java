package cn.redline.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a target's assessment, with what that action needs. */
@Schema(name = "AssessmentTransition", example = """
        {"action": "SUBMIT_SELF", "signedBy": "王建国"}""")
public record AssessmentTransition(
        @NotNull AssessmentAction action,
        @Schema(maxLength = 1000, nullable = true,
                description = "RETURN_FOR_SUPPLEMENT, OBJECT, DECIDE: the reason or the objection")
        @Size(max = 1000) String comment,
        @Schema(maxLength = 100, nullable = true, description = "SUBMIT_SELF: the principal (责任书 signatory) who signs")
        @Size(max = 100) String signedBy,
        // DECIDE: whether the objection is upheld
        @Schema(nullable = true) Decision decision,
        @Schema(maxItems = 50, description = "OBJECT: the indicators objected to") @Size(max = 50) List<@Size(max = 40) String> indicators,
        @Schema(maxItems = 20, description = "OBJECT: attachments as evidence") @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(nullable = true, description = "RETURN_FOR_SUPPLEMENT: the target's extended deadline (local date)") LocalDate due) {

    @Schema(name = "AssessmentObjectionDecision")
    public enum Decision { UPHELD, REJECTED }
}
