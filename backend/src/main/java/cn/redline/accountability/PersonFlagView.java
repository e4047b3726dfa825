package cn.redline.accountability;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonFlag", description = "A bar on a leader's awards (评先评优) or promotion for a period (影响期), set by a "
        + "consequence rule for a leader held accountable for a vetoed assessment (A5, A6), with its lineage")
public record PersonFlagView(
        @Schema(format = "uuid") UUID id,
        PersonFlagKind kind,
        @Schema(maxLength = 50, description = "The person, as named on the post held on the day of the facts") String personName,
        @Schema(nullable = true, maxLength = 100, description = "The post the person held (主要负责人, 分管负责人 …)") String postTitle,
        @Schema(nullable = true, format = "uuid") UUID postId,
        @Schema(description = "The unit the person answers for") OrgView.OrgRef org,
        @Schema(description = "First day of the bar: the day the results were published") LocalDate from,
        @Schema(description = "Last day of the bar (inclusive)") LocalDate to,
        @Schema(description = "The bar holds today: today lies within from..to and its accountability action was not withdrawn")
        boolean active,
        @Schema(maxLength = 40, description = "The consequence rule that set it") String triggerRule,
        @Schema(maxItems = 20, description = "The records it rests on (its lineage): the vetoed assessment") List<ActionParts.Fact> facts,
        @Schema(nullable = true, format = "uuid", description = "The accountability action the person was held accountable by")
        UUID sourceActionId,
        @Schema(format = "date-time") OffsetDateTime createdAt) {

    @Schema(name = "PersonFlagPage")
    public record Page(@Schema(maxItems = 200) List<PersonFlagView> items, @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }
}
