package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem the evaluation found (§3.3 DrillFinding): what, why, what to do, and who fixes it by when. */
@Schema(name = "DrillFindingInput", example = """
        {"category": "PLAN", "severity": "MAJOR", "description": "预案未明确夜间疏散集合点",
         "cause": "预案编制时未考虑夜班人员", "recommendation": "修订现场处置方案，增设夜间集合点",
         "action": {"kind": "PLAN_REVISION", "ownerOrgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "ownerPerson": "李工",
                    "deadline": "2027-01-31"}}""")
public record DrillFindingInput(
        @NotNull DrillFindingCategory category,
        @NotNull DrillFindingSeverity severity,
        @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String description,
        @Schema(nullable = true, maxLength = 2000, description = "原因分析") @Size(max = 2000) String cause,
        @Schema(nullable = true, maxLength = 2000, description = "改进建议") @Size(max = 2000) String recommendation,
        @Schema(nullable = true, description = "The corrective action; owner and deadline are needed before the drill closes "
                + "and before work starts") @Valid CorrectiveAction action) {

    @Schema(name = "DrillCorrectiveAction", description = "纠正行动: what is done, by which org and person, by when")
    public record CorrectiveAction(@NotNull DrillCorrectiveActionKind kind,
                                   @Schema(nullable = true, format = "uuid", description = "The org that fixes it, in the caller's scope")
                                   UUID ownerOrgId,
                                   @Schema(nullable = true, maxLength = 100) @Size(max = 100) String ownerPerson,
                                   @Schema(nullable = true, description = "Local date (Asia/Shanghai), not in the past") LocalDate deadline) {

        boolean assigned() {
            return ownerOrgId != null && ownerPerson != null && !ownerPerson.isBlank() && deadline != null;
        }
    }
}
