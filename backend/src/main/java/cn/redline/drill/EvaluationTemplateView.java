package cn.redline.drill;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillEvaluationTemplate", description = "One version of an evaluation template (never changed once written)")
public record EvaluationTemplateView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 40) String code,
        @Schema(minimum = "1", maximum = "100000") int version,
        @Schema(description = "Whether it is the newest version of its code: new evaluations use the newest") boolean latest,
        @Schema(maxLength = 200) String title,
        @Schema(maxLength = 500) String citation,
        EvaluationTemplateDefinition definition,
        @Schema(format = "date-time") OffsetDateTime createdAt) {

    @Schema(name = "DrillEvaluationTemplateList")
    public record Listing(@Schema(maxItems = 500) java.util.List<EvaluationTemplateView> items) {
    }

    static EvaluationTemplateView of(EvaluationTemplate t, boolean latest) {
        return new EvaluationTemplateView(t.id, t.code, t.version, latest, t.title, t.citation, t.definition, t.createdAt);
    }
}
