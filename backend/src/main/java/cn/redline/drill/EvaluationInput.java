package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A drill's evaluation as the evaluators enter it, in one piece (a draft may be incomplete; the drill's
 * SUBMIT_EVALUATION needs every item answered, the conclusion and the signer).
 */
@Schema(name = "DrillEvaluationInput", example = """
        {"team": [{"name": "王敏", "org": "贵州安评咨询有限公司", "kind": "THIRD_PARTY", "lead": true}],
         "answers": [{"code": "A1.1", "result": "YES"}, {"code": "B1.1", "score": 7, "note": "报警延迟约2分钟"},
                     {"code": "B8.1", "result": "NA", "note": "桌面演练未涉及信息发布"}],
         "debrief": "总体有序，疏散通道标识不足", "conclusion": "PARTIAL", "signedBy": "王敏"}""")
public record EvaluationInput(
        @Schema(nullable = true, description = "The template version answered; default the newest AQ9009. Fixed once the "
                + "evaluation is created") UUID templateId,
        @Schema(maxItems = 30) @Size(max = 30) List<@Valid @NotNull Evaluator> team,
        @Schema(maxItems = 300, description = "One answer per template item; a draft may leave items out") @Size(max = 300)
        List<@Valid @NotNull Answer> answers,
        @Schema(maxItems = 100, description = "参演人员自评") @Size(max = 100) List<@Valid @NotNull SelfAssessment> selfAssessments,
        @Schema(nullable = true, maxLength = 4000, description = "现场点评: the on-site debrief") @Size(max = 4000) String debrief,
        @Schema(nullable = true, maxLength = 4000, description = "Good practice worth keeping") @Size(max = 4000) String strengths,
        @Schema(nullable = true) DrillEvaluationConclusion conclusion,
        @Schema(nullable = true, maxLength = 100, description = "The team member who signs the evaluation (its lead), by name")
        @Size(max = 100) String signedBy) {

    @Schema(name = "DrillEvaluator", description = "A member of the evaluation team")
    public record Evaluator(@Schema(maxLength = 100) @NotBlank @Size(max = 100) String name,
                            @Schema(nullable = true, maxLength = 200, description = "Their organization") @Size(max = 200) String org,
                            @NotNull DrillEvaluatorKind kind,
                            @Schema(description = "The team's lead (评估组长); at most one") boolean lead) {
    }

    @Schema(name = "DrillEvaluationAnswer", description = "The answer to one template item: result YES or NO for a YES_NO "
            + "item, a score for a SCORED item, or result NA (not applicable) with the reason in note")
    public record Answer(@Schema(maxLength = 20) @NotBlank @Size(max = 20) String code,
                         @Schema(nullable = true) DrillEvaluationResult result,
                         @Schema(nullable = true, minimum = "0", maximum = "100") @DecimalMin("0") @DecimalMax("100") BigDecimal score,
                         @Schema(nullable = true, maxLength = 1000, description = "Remark; for NA, the reason") @Size(max = 1000) String note,
                         @Schema(nullable = true, maxLength = 1000, description = "What the answer rests on: observation, "
                                 + "record, photo") @Size(max = 1000) String evidence) {
    }

    @Schema(name = "DrillSelfAssessment", description = "参演人员自评: a participant's own account")
    public record SelfAssessment(@Schema(maxLength = 100) @NotBlank @Size(max = 100) String name,
                                 @Schema(nullable = true, maxLength = 200, description = "Unit or role in the drill") @Size(max = 200) String role,
                                 @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String text) {
    }
}
