package cn.redline.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostAssignmentInput", example = """
        {"personName": "张伟", "personRef": "zhangwei", "from": "2026-03-01", "appointmentDoc": "南委任〔2026〕12号"}""")
public record PostAssignmentInput(
        @Schema(example = "张伟") @NotBlank @Size(max = 50) String personName,
        @Schema(description = "A stable reference to the person (login or personnel number)", example = "zhangwei")
        @Size(min = 1, max = 100) @Pattern(regexp = "[0-9A-Za-z._@-]*", message = "may contain only letters, digits and . _ @ -")
        String personRef,
        @Schema(description = "First day in the post (local date, Asia/Shanghai)") @NotNull LocalDate from,
        @Schema(description = "Last day in the post, inclusive; empty while held") LocalDate to,
        @Schema(description = "任职文件: the appointment's document number", example = "南委任〔2026〕12号")
        @NotBlank @Size(max = 100) String appointmentDoc) {
}
