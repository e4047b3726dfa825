package cn.redline.accountability;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountabilityAction", description = "An action of the accountability register (约谈, 通报批评, 说明情况 …)")
public record ActionView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 20) String code,
        AccountabilityType type,
        AccountabilityStatus status,
        OrgView.OrgRef target,
        @Schema(maxItems = 10) List<ActionParts.Person> targetPersons,
        OrgView.OrgRef issuer,
        @Schema(maxLength = 200) String title,
        @Schema(maxLength = 2000) String reason,
        @Schema(nullable = true, maxLength = 40, description = "The consequence rule that created it; null when proposed by hand")
        String triggerRule,
        @Schema(maxItems = 20, description = "The records it rests on (its lineage)") List<ActionParts.Fact> facts,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(description = "Issued, unanswered and past its due day") boolean overdue,
        @Schema(nullable = true, maxLength = 4000) String response,
        @Schema(nullable = true, format = "date-time") OffsetDateTime respondedAt,
        @Schema(nullable = true, maxLength = 2000) String closingNote,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(maxItems = 5, description = "What the caller may do with it now") List<AccountabilityVerb> allowedActions,
        @Schema(maxItems = 20, description = "The award and promotion bars set with it for the leaders it holds accountable "
                + "(a veto's consequence, A5); empty for other actions") List<PersonFlagView> personFlags,
        @Schema(maxItems = 100, description = "Its documents: notice and minutes (purpose DOCUMENT), the addressee's answer "
                + "(RESPONSE)") List<cn.redline.attachment.AttachmentView> documents) {

    @Schema(name = "AccountabilityActionPage")
    public record Page(@Schema(maxItems = 200) List<ActionView> items, @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }
}
