package cn.redline.accident;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accident as entered by a safety office, pushed by a 直报 system, or corrected (then with a reason). */
@Schema(name = "AccidentInput", example = """
        {"occurredAt": "2026-11-03T14:20:00+08:00", "reportedAt": "2026-11-03T14:55:00+08:00",
         "territoryId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "enterpriseId": null, "industry": "CONSTRUCTION",
         "title": "花果园三号楼工地高处坠落", "deaths": 1, "seriousInjuries": 2, "directLossYuan": 1850000,
         "liability": true, "reportingIssues": [], "investigationDoc": "南安调〔2026〕7号", "attachmentIds": []}""")
public record AccidentInput(
        @Schema(description = "When it occurred; its day in China decides the month and year it counts in")
        @NotNull OffsetDateTime occurredAt,
        @Schema(description = "When the authority received the first report; more than one hour after the accident "
                + "makes it LATE (art. 9)") OffsetDateTime reportedAt,
        @Schema(description = "The region where it occurred; required when no enterprise is named") UUID territoryId,
        @Schema(description = "The enterprise it occurred in, inside the territory") UUID enterpriseId,
        @Schema(description = "Industry code; the enterprise's when one is named") @Size(max = 40) String industry,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull @Min(0) @Max(100000) @Schema(minimum = "0", maximum = "100000") Integer deaths,
        @Schema(description = "Serious injuries, acute industrial poisoning included", minimum = "0", maximum = "100000")
        @NotNull @Min(0) @Max(100000) Integer seriousInjuries,
        @Schema(description = "Direct economic loss in yuan", minimum = "0", maximum = "99999999999999.99")
        @NotNull @DecimalMin("0") @DecimalMax("99999999999999.99") @Digits(integer = 14, fraction = 2) BigDecimal directLossYuan,
        @Schema(description = "责任事故 as the investigation found; null until it has") Boolean liability,
        @Schema(description = "迟报/漏报/谎报/瞒报 found; LATE is also derived from reportedAt")
        @Size(max = 4) List<@NotNull ReportingIssue> reportingIssues,
        @Schema(description = "文号 of the investigation report") @Size(max = 200) String investigationDoc,
        @Schema(description = "Files of the investigation report uploaded with POST /api/v1/attachments")
        @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(description = "The pushing system's own id (bulk push: required, unique per pushing org)")
        @Size(max = 100) String externalRef,
        @Schema(description = "Why the accident is corrected (required on PUT, e.g. 伤亡人数补报)") @Size(max = 1000) String reason) {
}
