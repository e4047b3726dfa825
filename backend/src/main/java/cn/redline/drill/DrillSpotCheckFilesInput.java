package cn.redline.drill;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillSpotCheckFilesInput", description = "Files uploaded to /attachments, attached to a spot check as one kind",
        example = """
        {"kind": "SITE_PHOTO", "attachmentIds": ["6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"]}""")
public record DrillSpotCheckFilesInput(
        @NotNull DrillSpotCheckFileKind kind,
        @NotEmpty @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
