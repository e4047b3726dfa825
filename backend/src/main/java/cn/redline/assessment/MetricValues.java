package cn.redline.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's shapes for the metric catalogue, a target's live values and its snapshots. */
public final class MetricValues {

    private MetricValues() {
    }

    @Schema(name = "AssessmentMetricDefinition", description = "One metric of the catalogue (§4.4)")
    public record Definition(
            MetricCode code,
            @Schema(maxLength = 100, description = "The metric's name in the caller's language") String label,
            @Schema(maxLength = 1000, description = "What it counts, in the caller's language") String definition,
            MetricCatalogue.Unit unit,
            MetricCatalogue.Direction direction,
            MetricCatalogue.Basis basis,
            @Schema(description = "Computed by Redline from its records; false: entered by hand or not yet available")
            boolean computed) {
    }

    @Schema(name = "AssessmentMetricCatalogue")
    public record Catalogue(@Schema(maxItems = 100) List<Definition> items) {
    }

    @Schema(name = "AssessmentMetricValue")
    public record Value(
            MetricCode code,
            @Schema(maxLength = 100) String label,
            MetricCatalogue.Unit unit,
            MetricCatalogue.Direction direction,
            @Schema(minimum = "-1000000", maximum = "1000000") BigDecimal value,
            @Schema(description = "What the value was computed from: numerators, denominators, cutoffs")
            Map<String, Object> inputs) {
    }

    @Schema(name = "AssessmentMetricValues", description = "A target's computed metrics over a period, live (not a snapshot)")
    public record Live(
            UUID orgId,
            @Schema(maxLength = 100) String orgName,
            MetricCatalogue.Scoping scoping,
            LocalDate from,
            @Schema(description = "Exclusive end of the period") LocalDate to,
            @Schema(description = "Counted up to this day (exclusive): the period's end, or tomorrow while it runs") LocalDate asOf,
            @Schema(maxItems = 100) List<Value> items) {
    }

    @Schema(name = "AssessmentMetricSnapshot")
    public record Snapshot(
            UUID id,
            UUID schemeId,
            UUID orgId,
            MetricCode code,
            @Schema(maxLength = 100) String label,
            MetricCatalogue.Unit unit,
            LocalDate from,
            @Schema(description = "Exclusive end: the day after the cutoff") LocalDate to,
            @Schema(description = "The cutoff: the last local day counted (the period's last day unless the scheme sets its "
                    + "own periodEnd; today while the period runs)") LocalDate asOf,
            @Schema(nullable = true, minimum = "-1000000", maximum = "1000000") BigDecimal value,
            Map<String, Object> inputs,
            @Schema(maxLength = 64, description = "sha-256 of the value and inputs") String inputsHash,
            MetricSnapshot.Reason reason,
            @Schema(maxLength = 1000, nullable = true) String comment,
            OffsetDateTime computedAt,
            @Schema(maxLength = 255) String computedBy,
            @Schema(description = "The snapshot scoring reads: the latest taken at or before the scheme's freeze "
                    + "(START_REVIEW), or the latest while the scheme is not frozen") boolean inForce) {
    }

    @Schema(name = "AssessmentMetricSnapshots")
    public record Snapshots(
            @Schema(nullable = true, description = "When the scheme's metrics were frozen (its review started)") OffsetDateTime frozenAt,
            @Schema(maxItems = 10000) List<Snapshot> items) {
    }

    @Schema(name = "AssessmentMetricRecompute", description = "Take the scheme's metrics again; the earlier snapshots stay")
    public record Recompute(
            @Schema(maxLength = 1000, description = "Why (e.g. an accident entered late)")
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 1000) String comment) {
    }
}
