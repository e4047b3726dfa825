package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hazard as reported (登记). Territory and industry come from the enterprise when one is named. */
@Schema(name = "HazardInput", example = """
        {"title": "配电箱未接地", "description": "三号楼施工现场临时配电箱外壳未做保护接地", "level": "GENERAL",
         "category": "ELECTRICAL", "enterpriseId": "0b7f7c5e-3f2a-4d8e-9c1b-2a3b4c5d6e7f", "source": "INSPECTION",
         "locationText": "花果园三号楼东侧", "latitude": 26.5606, "longitude": 106.6924,
         "responsiblePerson": "李工", "deadline": "2026-12-15"}""")
public record HazardInput(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Level level,
        @NotNull Category category,
        @Schema(description = "The enterprise concerned; omit for a public place and give territoryId") UUID enterpriseId,
        @Schema(description = "A region, for hazards in public places; derived from the enterprise otherwise") UUID territoryId,
        @Schema(description = "Industry; derived from the enterprise when one is named") @Size(max = 40) String industry,
        @NotNull Source source,
        @Size(max = 200) String locationText,
        @DecimalMin("-90") @DecimalMax("90") @Schema(minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(minimum = "-180", maximum = "180") BigDecimal longitude,
        @Schema(description = "When it was found; defaults to now") OffsetDateTime discoveredAt,
        @Size(max = 200) String responsibleUnit,
        @Size(max = 100) String responsiblePerson,
        @Size(max = 4000) String rectificationMeasures,
        @Schema(description = "Rectification deadline (local date, Asia/Shanghai)") LocalDate deadline,
        @Schema(description = "The reporting system's own id; unique per reporting org (bulk imports)")
        @Size(max = 100) String externalRef,
        @Schema(description = "Before-photos and files uploaded with POST /api/v1/attachments")
        @Size(max = 20) List<@NotNull UUID> attachmentIds) {
}
