package cn.redline.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The nested parts of an accountability action, stored as JSON on the action. */
public final class ActionParts {

    private ActionParts() {
    }

    @Schema(name = "AccountabilityPerson", description = "A person an action is addressed to, by the post held on the day of the facts")
    public record Person(@NotBlank @Size(max = 50) String name,
                         @Schema(nullable = true, maxLength = 100) @Size(max = 100) String postTitle,
                         @Schema(nullable = true, format = "uuid") UUID postId) {
    }

    @Schema(name = "AccountabilityFact", description = "A fact an action was triggered by: its kind, its record and a summary")
    public record Fact(AccountabilityFactKind kind, @Schema(format = "uuid") UUID id, @NotBlank @Size(max = 300) String summary) {
    }

    @Schema(name = "AccountabilityActionBrief", description = "An accountability action in brief, as a record that follows it "
            + "shows it (the rectification plan of a failing assessment)")
    public record Brief(@Schema(format = "uuid") UUID id, @Schema(maxLength = 20) String code, AccountabilityType type,
                        AccountabilityStatus status, @Schema(nullable = true) java.time.LocalDate dueOn,
                        @Schema(description = "Issued, unanswered and past its due day") boolean overdue,
                        @Schema(nullable = true, format = "date-time", description = "When the addressee answered (filed its plan)")
                        java.time.OffsetDateTime respondedAt) {
    }

    /** The kinds of record a fact points at. */
    public enum AccountabilityFactKind { ACCIDENT, HAZARD, ASSESSMENT, DRILL, DRILL_SPOT_CHECK, OTHER }
}
