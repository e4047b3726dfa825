package cn.redline.drill;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillEvaluation", description = "The evaluation of a held drill: a draft until the drill's "
        + "SUBMIT_EVALUATION seals it")
public record EvaluationView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID drillId,
        @Schema(format = "uuid") UUID orgId,
        TemplateRef template,
        @Schema(maxItems = 30) List<EvaluationInput.Evaluator> team,
        @Schema(maxItems = 300) List<EvaluationInput.Answer> answers,
        @Schema(maxItems = 100) List<EvaluationInput.SelfAssessment> selfAssessments,
        @Schema(nullable = true, maxLength = 4000) String debrief,
        @Schema(nullable = true, maxLength = 4000) String strengths,
        @Schema(nullable = true) DrillEvaluationConclusion conclusion,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "Percent of the points of the answered "
                + "items (NA left out), 2 decimals; null while nothing is answered") BigDecimal totalScore,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "The same over the preparation items") BigDecimal preparationScore,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "The same over the execution items") BigDecimal executionScore,
        @Schema(nullable = true, description = "The template's grade band the total falls in") Grade grade,
        @Schema(maxItems = 310, description = "What SUBMIT_EVALUATION still waits for: the codes of unanswered items, and "
                + "team, conclusion, signedBy when missing") List<@jakarta.validation.constraints.Size(max = 20) String> missing,
        @Schema(description = "Submitted and sealed: never changed again") boolean submitted,
        @Schema(nullable = true, maxLength = 100) String signedBy,
        @Schema(nullable = true, format = "date-time") OffsetDateTime signedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime updatedAt) {

    @Schema(name = "DrillEvaluationTemplateRef")
    public record TemplateRef(@Schema(format = "uuid") UUID id, @Schema(maxLength = 40) String code,
                              @Schema(minimum = "1", maximum = "100000") int version, @Schema(maxLength = 200) String title) {
    }

    @Schema(name = "DrillEvaluationGrade")
    public record Grade(@Schema(maxLength = 40) String title, @Schema(nullable = true, maxLength = 40) String titleEn) {
    }
}
