package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentParts.Performer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fulfilment record as entered (on the phone, at the desk) or pushed by another system. */
@Schema(name = "FulfilmentInput", example = """
        {"dutyItemId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "date": "2026-05-14", "place": "花果园三号楼工地",
         "latitude": 26.5606, "longitude": 106.6924, "summary": "带队检查建筑工地，发现隐患2处，当场责令整改",
         "performers": [{"postId": "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}], "participants": ["住建局安全科 王工"],
         "counterpart": {"unit": "黔城建设有限公司", "person": "项目经理 李工", "opinion": "同意整改", "signed": true},
         "attachmentIds": [], "submit": true}""")
public record FulfilmentInput(
        @NotNull UUID dutyItemId,
        @Schema(description = "The day it was done (local date, Asia/Shanghai); decides the period") @NotNull LocalDate date,
        @Size(max = 200) String place,
        @DecimalMin("-90") @DecimalMax("90") @Schema(minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(minimum = "-180", maximum = "180") BigDecimal longitude,
        @Schema(description = "What was done") @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "Who did it: posts (resolved to their holder on the date) or named persons")
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Performer> performers,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> participants,
        @Valid FulfilmentParts.Counterpart counterpart,
        @Valid FulfilmentParts.FollowUp followUp,
        @Schema(description = "Hazard tickets found or followed up") @Size(max = 50) List<@NotNull UUID> hazardIds,
        @Schema(description = "Photos and files uploaded with POST /api/v1/attachments") @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(description = "The pushing system's own id (bulk push: required, unique per pushing org)")
        @Size(max = 100) String externalRef,
        @Schema(description = "Submit at once (the phone's one step); refused with 409 and nothing stored when a guard fails")
        Boolean submit) {
}
