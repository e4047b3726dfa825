package cn.redline.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostAssignmentEnd", description = "Ends an assignment with no successor yet (免职, retirement)",
        example = """
        {"to": "2026-06-30", "endDoc": "南委免〔2026〕4号"}""")
public record PostAssignmentEnd(
        @Schema(description = "Last day in the post, inclusive") @NotNull LocalDate to,
        @Schema(description = "免职文件: the document ending it", example = "南委免〔2026〕4号") @NotBlank @Size(max = 100) String endDoc) {
}
