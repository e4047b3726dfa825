package cn.redline.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaiverInput", example = """
        {"reason": "企业全年停产整顿", "document": "南安委〔2026〕7号"}""")
public record WaiverInput(
        @Schema(description = "Why the obligation does not apply this period") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "The approving document's number") @NotBlank @Size(max = 100) String document) {
}
