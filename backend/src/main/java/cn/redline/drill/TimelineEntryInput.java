package cn.redline.drill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry as a phone posts it, possibly long after it was written offline. */
@Schema(name = "DrillTimelineEntryInput", example = """
        {"clientId": "7d0f7c1e-2b2a-4c8e-9b1b-1a2b3c4d5e6f", "kind": "OBSERVATION", "text": "13:05 疏散组到达集合点，清点人数 86 人",
         "occurredAt": "2026-12-20T13:05:00+08:00", "attachmentIds": []}""")
public record TimelineEntryInput(
        @Schema(description = "The phone's own id for the entry: a repeat with the same id is the same entry, never a second one",
                maxLength = 64, pattern = "^[A-Za-z0-9._:-]{8,64}$")
        @NotBlank @Size(min = 8, max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String clientId,
        @NotNull TimelineKind kind,
        @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String text,
        @Schema(description = "When it happened, by the phone's clock") @NotNull OffsetDateTime occurredAt,
        @Schema(description = "Photos taken with it; they count among the drill's photos") @Size(max = 10) List<@NotNull UUID> attachmentIds) {
}
