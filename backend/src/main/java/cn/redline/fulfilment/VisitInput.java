package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.VisitResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verification visit (四不两直) as recorded by the visitor. */
@Schema(name = "VerificationVisitInput", example = """
        {"targetOrgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "date": "2026-06-03", "notes": "不打招呼直奔现场",
         "checks": [{"recordId": "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "result": "FALSIFIED", "note": "当日未开展检查"}]}""")
public record VisitInput(
        @NotNull UUID targetOrgId,
        @NotNull LocalDate date,
        @Size(max = 4000) String notes,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Check> checks) {

    @Schema(name = "VerificationCheckInput")
    public record Check(@NotNull UUID recordId, @NotNull VisitResult result, @Size(max = 1000) String note) {
    }
}
