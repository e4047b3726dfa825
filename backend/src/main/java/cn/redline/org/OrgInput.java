package cn.redline.org;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or replace an organization. Which fields apply depends on the kind. The
 * read-only fields of an {@link OrgView} are accepted and ignored, so a GET body can be sent back as it is.
 */
@JsonIgnoreProperties({"id", "ancestors", "emergencyKeyUnit", "version", "createdAt", "updatedAt"})
@Schema(name = "OrgInput", example = """
        {"code": "520102006", "name": "兴关路街道", "kind": "REGION", "regionLevel": "TOWNSHIP",
         "parentId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "address": "贵阳市南明区兴关路"}""")
public record OrgInput(
        @Schema(description = "Official code: division code (regions), unified social credit code "
                + "(departments, enterprises) or a grid's local code", example = "520102006")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z-]*", message = "may contain only letters, digits and '-'")
        String code,
        @Schema(example = "兴关路街道") @NotBlank @Size(max = 100) String name,
        @NotNull OrgKind kind,
        @Schema(description = "Regions only") RegionLevel regionLevel,
        @Schema(description = "Regions at district or township level only: a functional zone run by a 管委会") ZoneKind zoneKind,
        @Schema(description = "Departments only: 综合监管 / 负有监管职责 / 其他行业主管 / 支持保障") DepartmentKind departmentKind,
        @Schema(description = "The parent region; only an admin may create a root") UUID parentId,
        @Schema(description = "Departments only: the industries it supervises")
        @Size(max = 30) List<@NotBlank @Size(max = 40) String> industries,
        @Schema(description = "Enterprises only: its industry", example = "CONSTRUCTION") @Size(max = 40) String industry,
        @Schema(description = "Enterprises only: head-count") @Min(0) @Max(10_000_000) Integer employees,
        @Schema(description = "Enterprises only: high-risk sector (mines, hazardous chemicals, ...)") Boolean highRisk,
        @Schema(description = "Enterprises only: why it is an emergency key unit (ERR 8: dangerous goods, mines, metal "
                + "smelting, urban rail, construction, hotels, malls, entertainment venues, tourist sites); absent when it is none")
        EmergencyKeyCategory emergencyKeyCategory,
        @Schema(description = "Enterprises only: 三色 risk colour") RiskColor riskColor,
        @Schema(description = "Enterprises only: A/B/C/D supervision class") RiskClass riskClass,
        @Schema(example = "贵阳市南明区兴关路 1 号") @Size(max = 200) String address) {
}
