package cn.redline.drill;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an emergency plan; the read-only fields of a view are ignored. */
@JsonIgnoreProperties({"id", "version", "createdAt", "updatedAt"})
@Schema(name = "EmergencyPlanInput", example = """
        {"orgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "kind": "ONSITE", "title": "塔吊倒塌现场处置方案",
         "scenarioTypes": ["起重伤害"], "planVersion": "2025版", "filingNo": "520102-2025-017", "lastReviewDate": "2025-11-20"}""")
public record EmergencyPlanInput(
        @Schema(description = "The org that owns the plan") @NotNull UUID orgId,
        @NotNull EmergencyPlanKind kind,
        @Schema(example = "塔吊倒塌现场处置方案") @NotBlank @Size(max = 200) String title,
        @Schema(description = "The kinds of event the plan answers", example = "[\"起重伤害\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> scenarioTypes,
        @Schema(description = "The plan's own edition", example = "2025版") @NotBlank @Size(max = 20) String planVersion,
        LocalDate effectiveDate,
        @Schema(description = "备案号", example = "520102-2025-017") @Size(max = 60) String filingNo,
        LocalDate lastReviewDate) {
}
