package cn.redline.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One target's assessment as the API shows it. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        UUID schemeId,
        UUID targetOrgId,
        @Schema(maxLength = 100) String targetOrgName,
        @Schema(maxLength = 40, description = "The target group's code") String group,
        AssessmentStatus status,
        @Schema(maxLength = 100, nullable = true, description = "The principal who signed the self-assessment") String signedBy,
        @Schema(nullable = true) OffsetDateTime selfSubmittedAt,
        @Schema(nullable = true, description = "Deadline of a supplement the review asked for") LocalDate selfDue,
        @Schema(nullable = true) OffsetDateTime preliminaryAt,
        @Schema(nullable = true, description = "Last local day an objection is taken") LocalDate objectionDue,
        @Schema(nullable = true, minimum = "0", maximum = "100000", description = "Rounded total of the latest values") BigDecimal total,
        @Schema(maxLength = 40, nullable = true) String grade,
        @Schema(nullable = true, minimum = "1", maximum = "100000", description = "Rank in the group, set on preliminary publication") Integer rank,
        @Schema(description = "Barred from 评先评优 by a veto") boolean awardBar,
        @Schema(nullable = true, description = "Rectification plan due (failing grade): the due day of its 整改方案 action")
        LocalDate planDue,
        @Schema(nullable = true, description = "The register's 整改方案 action that tracks the failing target's rectification "
                + "(A15): the plan is filed and accepted there, and its end closes the assessment; null when none")
        cn.redline.accountability.ActionParts.Brief rectification,
        @Schema(maxItems = 10) List<AssessmentAction> allowedActions,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The most explained scores a page of the board carries (each is tens of kilobytes with its trail). */
    public static final int SCORE_PAGE_MAX = 50;

    /** A value as it was set, with who and when; the score reads the latest of each kind and code. */
    @Schema(name = "AssessmentValueEntry")
    public record ValueEntry(
            @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
            AssessmentValue.Kind kind,
            @Schema(maxLength = 40) String code,
            @Schema(maxItems = 50) List<ScoringFacts.Deduction> deductions,
            @Schema(maxItems = 50) List<@jakarta.validation.constraints.Size(max = 40) String> checklistMet,
            @Schema(nullable = true, minimum = "0", maximum = "1000") BigDecimal points,
            @Schema(nullable = true, minimum = "1", maximum = "1000") Integer occurrences,
            @Schema(maxLength = 1000, nullable = true) String reason,
            @Schema(maxItems = 20) List<UUID> evidence,
            @Schema(description = "A withdrawal of the value in force of this kind and code (the reason says why)") boolean withdrawn,
            @Schema(maxLength = 255) String setBy,
            OffsetDateTime setAt) {
    }

    /** A page of explained scores of one scheme's assessments (the board reads them in one call per page). */
    @Schema(name = "AssessmentScorePage")
    public record ScorePage(@Schema(maxItems = SCORE_PAGE_MAX) List<Explained> items,
                            @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    /** The explained score (§4.7 1): the score with its trace, every value ever set, and the snapshots it read. */
    @Schema(name = "AssessmentExplainedScore")
    public record Explained(
            AssessmentView assessment,
            ScoreResult score,
            @Schema(maxItems = 5000) List<ValueEntry> values,
            @Schema(maxItems = 100) List<MetricValues.Snapshot> snapshots) {
    }
}
