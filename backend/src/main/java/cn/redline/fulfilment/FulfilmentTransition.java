package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action on a fulfilment record, with what that action needs. */
@Schema(name = "FulfilmentTransition", example = """
        {"action": "REJECT", "comment": "缺少会议纪要照片"}""")
public record FulfilmentTransition(
        @NotNull FulfilmentAction action,
        @Schema(description = "REJECT, REQUEST_AMENDMENT, DISPUTE, CONFIRM_FALSIFIED, CLEAR: the reason")
        @Size(max = 1000) String comment,
        @Schema(description = "DISPUTE: the verification visit that found the record falsified") UUID visitId,
        @Schema(description = "DISPUTE: photos and files that show what was found") @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
