package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.hazard.HazardWorkflow.Action;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a ticket, with the data that action needs. */
@Schema(name = "HazardTransition", example = """
        {"action": "CONFIRM", "comment": "现场核实属实", "deadline": "2026-12-15", "responsiblePerson": "李工"}""")
public record TransitionRequest(
        @NotNull Action action,
        @Size(max = 2000) String comment,
        @Schema(description = "CONFIRM: the rectification deadline") LocalDate deadline,
        @Schema(description = "CONFIRM: who is responsible") @Size(max = 100) String responsiblePerson,
        @Schema(description = "CONFIRM / START_RECTIFICATION: measures") @Size(max = 4000) String rectificationMeasures,
        @Schema(description = "REJECT: why") RejectionReason rejectionReason,
        @Schema(description = "REJECT as DUPLICATE: the original ticket") UUID duplicateOf,
        @Schema(description = "SET_FIVE_MUSTS") @Valid FiveMusts fiveMusts,
        @Schema(description = "LIST_FOR_SUPERVISION") @Valid Supervision supervision,
        @Schema(description = "ACCEPT: who accepted (required for a major hazard)") @Valid Acceptance acceptance,
        @Schema(description = "REQUEST_EXTENSION: the new deadline asked for") LocalDate requestedDeadline,
        @Schema(description = "VERIFY_EFFECTIVENESS: whether the rectification proved effective") Boolean effective,
        @Schema(description = "Photos and files for this step (FIX_ON_SPOT needs an after-photo)")
        @Size(max = 20) List<@NotNull UUID> attachmentIds) {

    /** 五落实. */
    @Schema(name = "FiveMusts")
    public record FiveMusts(
            @Size(max = 4000) String measures,
            @DecimalMin("0") @DecimalMax("999999999999.99") @Schema(minimum = "0", maximum = "999999999999.99",
                    description = "Funds in yuan") BigDecimal funds,
            LocalDate deadline,
            @Size(max = 100) String responsiblePerson,
            @Size(max = 4000) String emergencyPlan) {
    }

    /** 挂牌督办. */
    @Schema(name = "SupervisionListing")
    public record Supervision(@NotNull SupervisionLevel level, @NotNull @Size(min = 1, max = 60) String documentNumber) {
    }

    @Schema(name = "Acceptance")
    public record Acceptance(@NotNull AcceptorKind acceptorKind,
                             @Schema(description = "Required for a third party") @Size(max = 200) String acceptorName,
                             @Size(max = 2000) String opinion) {
    }
}
