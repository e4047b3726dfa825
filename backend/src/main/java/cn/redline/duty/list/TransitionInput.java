package cn.redline.duty.list;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow action on a list: a reason for RETURN and REVISE, the 文号 for PUBLISH, the method for SIGN. */
@Schema(name = "ListTransitionInput")
public record TransitionInput(
        @NotNull ListAction action,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500, description = "Reason (RETURN, REVISE) or remark")
        String comment,
        @Size(max = 100) @Schema(nullable = true, maxLength = 100, description = "文号, required to PUBLISH")
        String docNumber,
        @Schema(description = "SIGN: E_SIGN (default) or SCAN") SignatureMethod method,
        @Size(max = 64) @Pattern(regexp = "[0-9a-f]{64}") @Schema(nullable = true, maxLength = 64,
                description = "SIGN with SCAN: SHA-256 of the scanned paper") String scanHash) {
}
