package cn.redline.duty.list;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the template routes. */
public final class TemplateInputs {

    private TemplateInputs() {
    }

    @Schema(name = "ListTemplateInput", description = "A new template code, version 1")
    public record Create(
            @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}")
            @Schema(pattern = "[A-Z0-9][A-Z0-9-]{1,59}", maxLength = 60, example = "TERRITORY-TOWNSHIP-NANMING") String code,
            @NotNull HolderKind holderKind,
            @NotBlank @Size(max = 200) @Schema(maxLength = 200) String title,
            @NotBlank @Size(max = 500) @Schema(maxLength = 500, description = "The documents the duties come from")
            String sourceDocs,
            @Schema(format = "uuid", nullable = true, description = "The org whose template it is (its subtree uses it); "
                    + "none: a template of the system") UUID issuingOrgId,
            @NotNull @Size(min = 1, max = 200) @Schema(minItems = 1, maxItems = 200)
            List<@NotNull @Valid ItemSpec> items) {
    }

    @Schema(name = "ListTemplateUpdate", description = "The next version of a template: lists keep the version they "
            + "were drafted from")
    public record Update(
            @NotBlank @Size(max = 200) @Schema(maxLength = 200) String title,
            @NotBlank @Size(max = 500) @Schema(maxLength = 500) String sourceDocs,
            @NotNull @Size(min = 1, max = 200) @Schema(minItems = 1, maxItems = 200)
            List<@NotNull @Valid ItemSpec> items) {
    }
}
