package cn.redline.duty.list;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the list routes. */
public final class ListInputs {

    private ListInputs() {
    }

    @Schema(name = "ResponsibilityListInput", description = "A new DRAFT list for a holder post and year: from a "
            + "template (its items are copied) or with the items given")
    public record Create(
            @NotNull @Min(2000) @Max(2100) @Schema(minimum = "2000", maximum = "2100") Integer year,
            @NotNull @Schema(format = "uuid") UUID holderPostId,
            @Schema(description = "Derived from the post and its org when omitted") HolderKind holderKind,
            @Schema(format = "uuid", nullable = true, description = "Copy the items of this template version") UUID templateId,
            @Size(max = 200) @Schema(nullable = true, maxLength = 200) String title,
            @Schema(nullable = true, description = "Default 1 January of the year") LocalDate effectiveFrom,
            @Schema(nullable = true, description = "Default 31 December of the year") LocalDate effectiveTo,
            @Schema(description = "Default INTERNAL") Publicity publicity,
            @Size(max = 200) @Schema(nullable = true, maxItems = 200) List<@NotNull @Valid ItemSpec> items,
            @Size(max = 10) @Schema(nullable = true, maxItems = 10) List<@NotNull @Valid IndicatorInput> indicators) {
    }

    @Schema(name = "ResponsibilityListUpdate", description = "The header of a DRAFT list")
    public record Update(
            @NotBlank @Size(max = 200) @Schema(maxLength = 200) String title,
            @NotNull LocalDate effectiveFrom,
            @NotNull LocalDate effectiveTo,
            @NotNull Publicity publicity) {
    }

    @Schema(name = "ControlIndicatorInput", description = "A ceiling, within the parent list's indicator when named")
    public record IndicatorInput(
            @NotNull IndicatorMetric metric,
            @NotNull @DecimalMin("0") @DecimalMax("999999999999") @Schema(minimum = "0", maximum = "999999999999")
            BigDecimal ceiling,
            @Schema(format = "uuid", nullable = true) UUID parentIndicatorId) {
    }

    @Schema(name = "ControlIndicatorsInput")
    public record Indicators(@NotNull @Size(max = 10) @Schema(maxItems = 10)
                             List<@NotNull @Valid IndicatorInput> indicators) {
    }
}
