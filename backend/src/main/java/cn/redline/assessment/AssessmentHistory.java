package cn.redline.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment's history and its objections as the API shows them. */
@Schema(name = "AssessmentHistory")
public record AssessmentHistory(@Schema(maxItems = 1000) List<Entry> items) {

    @Schema(name = "AssessmentHistoryEvent", description = "One step in an assessment's history: who did what when, and why")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor,
                        @Schema(maxLength = 30, description = "CREATE, a workflow action (START, SUBMIT_SELF, REVIEW…), a scheme "
                                + "step (SELF_MISSED, PRELIMINARY, FINAL, RECTIFY), WITHDRAW (a value taken back) or a step of "
                                + "the rectification's 整改方案 action in the register (RECTIFICATION_ISSUE, _RESPOND, _CLOSE, "
                                + "_ESCALATE, _WITHDRAW)") String action,
                        @Schema(nullable = true) AssessmentStatus from,
                        AssessmentStatus to,
                        @Schema(nullable = true, maxLength = 1000) String reason,
                        @Schema(nullable = true, description = "What the step recorded: the signatory, the new deadline, the "
                                + "decision with the totals before and after, the withdrawn value's kind and code…")
                        Map<String, Object> data) {
    }

    /** The objections raised against an assessment's preliminary result, oldest first, with their decisions. */
    @Schema(name = "AssessmentObjectionList")
    public record Objections(@Schema(maxItems = 1000) List<Objection> items) {
    }

    @Schema(name = "AssessmentObjectionEntry", description = "A target's objection to its preliminary result and the decision on it")
    public record Objection(UUID id,
                            @Schema(maxItems = 50, description = "The indicators objected to")
                            List<@jakarta.validation.constraints.Size(max = 40) String> indicators,
                            @Schema(maxLength = 2000) String reason,
                            @Schema(maxItems = 20, description = "Attachments given as evidence") List<UUID> evidence,
                            @Schema(maxLength = 255) String raisedBy,
                            OffsetDateTime raisedAt,
                            // the decision, none while pending
                            @Schema(nullable = true) AssessmentTransition.Decision decision,
                            @Schema(nullable = true, maxLength = 2000) String decisionNote,
                            @Schema(nullable = true, maxLength = 255) String decidedBy,
                            @Schema(nullable = true) OffsetDateTime decidedAt) {
    }
}
