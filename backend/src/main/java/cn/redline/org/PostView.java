package cn.redline.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Post", description = "A post of an organization and who holds it on the given day")
public record PostView(
        @Schema(format = "uuid") UUID id,
        OrgView.OrgRef org,
        @Schema(maxLength = 100, example = "区长") String title,
        PostKind kind,
        @Schema(description = "The day the holder is given for (today unless asked)") LocalDate on,
        @Schema(nullable = true, description = "Who held the post on that day; null when vacant") PostAssignmentView holder,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt) {
}
