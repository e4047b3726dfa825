package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an evaluation template asks (AQ9009 annex A/B, GB46792 annex D): its groups (D13) by dimension, its items with
 * their method and weight, and the grade bands the total score falls in. Checked by {@link EvaluationTemplates}.
 */
@Schema(name = "DrillEvaluationTemplateDefinition")
public record EvaluationTemplateDefinition(
        @Schema(maxItems = 50) @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Group> groups,
        @Schema(maxItems = 300) @NotNull @Size(min = 1, max = 300) List<@Valid @NotNull Item> items,
        @Schema(maxItems = 10, description = "Bands of the total score (percent), each from its inclusive lower bound; "
                + "one band starts at 0") @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull GradeBand> gradeBands) {

    @Schema(name = "DrillEvaluationGroup", description = "A group of items, e.g. 预警与信息报告")
    public record Group(@Schema(maxLength = 40, example = "WARNING") @NotBlank @Size(max = 40) String code,
                        @NotNull DrillEvaluationDimension dimension,
                        @Schema(maxLength = 100, example = "预警与信息报告") @NotBlank @Size(max = 100) String title,
                        @Schema(nullable = true, maxLength = 100, example = "Warning and reporting") @Size(max = 100) String titleEn) {
    }

    @Schema(name = "DrillEvaluationItem", description = "One item of the checklist")
    public record Item(@Schema(maxLength = 20, example = "B1.1") @NotBlank @Size(max = 20) String code,
                       @Schema(maxLength = 40, description = "The code of its group") @NotBlank @Size(max = 40) String group,
                       @NotNull DrillEvaluationMethod method,
                       @Schema(minimum = "0.5", maximum = "100", description = "The points it is worth: YES earns them, "
                               + "a score lies between 0 and them") @NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal weight,
                       @Schema(maxLength = 500) @NotBlank @Size(max = 500) String text,
                       @Schema(nullable = true, maxLength = 500) @Size(max = 500) String textEn) {
    }

    @Schema(name = "DrillEvaluationGradeBand")
    public record GradeBand(@Schema(minimum = "0", maximum = "100") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minScore,
                            @Schema(maxLength = 40, example = "合格") @NotBlank @Size(max = 40) String title,
                            @Schema(nullable = true, maxLength = 40, example = "Pass") @Size(max = 40) String titleEn) {
    }

    Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    Group group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
    }

    DrillEvaluationDimension dimensionOf(Item i) {
        Group g = group(i.group());
        return g == null ? null : g.dimension();
    }

    /** The band a total falls in: the highest lower bound not above it. */
    GradeBand band(BigDecimal total) {
        return gradeBands.stream().filter(b -> b.minScore().compareTo(total) <= 0)
                .max(java.util.Comparator.comparing(GradeBand::minScore)).orElse(null);
    }
}
