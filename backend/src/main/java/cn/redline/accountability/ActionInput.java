package cn.redline.accountability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accountability action proposed by hand by a safety office (its own org issues it). */
@Schema(name = "AccountabilityActionInput", example = """
        {"type": "INTERVIEW", "targetOrgId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "title": "约谈花果园街道主要负责人",
         "reason": "连续两次考核等次为一般", "dueOn": "2026-12-31", "targetPersons": [{"name": "林晓", "postTitle": "街道办事处主任"}]}""")
public record ActionInput(
        @NotNull AccountabilityType type,
        @Schema(description = "The addressed organization, in the caller's subtree") @NotNull UUID targetOrgId,
        @Size(max = 10) List<ActionParts.@NotNull @Valid Person> targetPersons,
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Why: the facts in words") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The records the action rests on") @Size(max = 20) List<ActionParts.@NotNull @Valid Fact> facts,
        @Schema(description = "The day the addressee must answer by") LocalDate dueOn,
        @Schema(description = "Documents (e.g. the 约谈通知书) uploaded with POST /api/v1/attachments")
        @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
