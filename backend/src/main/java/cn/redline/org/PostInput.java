package cn.redline.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostInput", example = """
        {"orgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "title": "区长", "kind": "LEADER_GOV_HEAD"}""")
public record PostInput(
        @Schema(description = "The org holding the post: a region (leaders, township heads), a department or an enterprise")
        @NotNull UUID orgId,
        @Schema(example = "区长") @NotBlank @Size(max = 100) String title,
        @NotNull PostKind kind) {
}
