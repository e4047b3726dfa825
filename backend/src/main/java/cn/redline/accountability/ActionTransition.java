package cn.redline.accountability;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountabilityTransition", example = """
        {"action": "RESPOND", "response": "已召开专题会议，查找问题5项，制定整改措施8条，见附件"}""")
public record ActionTransition(
        @NotNull AccountabilityVerb action,
        @Schema(description = "ISSUE: the day the addressee must answer by (kept when the proposal has one)") LocalDate dueOn,
        @Schema(description = "RESPOND: the answer: problems found, measures, the explanation or the plan") @Size(max = 4000) String response,
        @Schema(description = "WITHDRAW, ESCALATE: the reason; CLOSE: a closing note") @Size(max = 2000) String comment,
        @Schema(description = "ISSUE, CLOSE: documents (notice, minutes of the 约谈); RESPOND: the answer's documents (the "
                + "explanation, the rectification plan); uploaded with POST /api/v1/attachments")
        @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
