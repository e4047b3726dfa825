package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A drill planned (§3.4 plan: no status, or PLANNED, with plannedOn) or held and recorded after the fact (record_past:
 * status CONDUCTED or TERMINATED, with conductedOn).
 */
@Schema(name = "DrillInput", example = """
        {"orgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "title": "塔吊倒塌现场处置演练", "form": "LIVE", "scope": "SINGLE",
         "planIds": ["6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"], "plannedOn": "2026-12-20",
         "roles": {"commander": {"name": "张建国", "subject": "sub-leader"}, "evaluators": [{"name": "李敏"}]}}""")
public record DrillInput(
        @Schema(description = "The organiser: the drill counts for its drill rules") @NotNull UUID orgId,
        @Schema(example = "塔吊倒塌现场处置演练") @NotBlank @Size(max = 200) String title,
        @NotNull DrillForm form,
        @NotNull DrillScope scope,
        @Schema(description = "The organiser's emergency plans the drill exercised; their kinds decide the rules it meets")
        @Size(max = 20) List<@NotNull UUID> planIds,
        @Schema(description = "Recorded after the fact: the day it was held (Asia/Shanghai); not in the future; more than 30 "
                + "days ago only by a safety office")
        LocalDate conductedOn,
        @Schema(description = "Absent or PLANNED: a drill planned for plannedOn; CONDUCTED, or TERMINATED when stopped early "
                + "(then with terminationReason): recorded after the fact") DrillStatus status,
        TerminationReason terminationReason,
        @Schema(description = "Planned: the day it is planned for, not before today; in the year plan's year") LocalDate plannedOn,
        @Schema(description = "The organiser's yearly drill plan the drill belongs to") UUID yearPlanId,
        DrillPurpose purpose,
        @Valid DrillScenario scenario,
        @Size(max = 30) List<@NotNull @Valid DrillObjective> objectives,
        @Valid DrillPeople roles,
        @Min(0) @Max(1000000) Integer plannedHeadcount,
        @Schema(description = "Recorded after the fact: how many took part (required then)") @Min(0) @Max(1000000) Integer actualHeadcount,
        @Schema(description = "Large or high-risk: needs its own safety plan before it is ready") Boolean highRisk,
        @Schema(description = "May alarm the public: needs a public notice before it is ready") Boolean affectsPublic,
        @Schema(description = "Will be evaluated (default true): needs an evaluation plan before it is ready") Boolean evaluationPlanned,
        @Schema(description = "Recorded after the fact: photos of the drill, at least 3 (uploaded first through POST /attachments)") @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(description = "The pushing system's own id of the drill: required in POST /drills/bulk, where a re-push with "
                + "the same value creates nothing twice; kept for good") @Size(max = 100) String externalRef) {

    boolean recordsPast() {
        return status == DrillStatus.CONDUCTED || status == DrillStatus.TERMINATED;
    }
}
