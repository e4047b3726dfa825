package cn.redline.assessment;

import cn.redline.platform.Labels;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the metric catalogue (§4.4) and a target's live metric values. */
@Path("/api/v1/assessment-metrics")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class MetricResource {

    @Inject
    Metrics metrics;

    private static Labels labels(HttpHeaders headers) {
        return Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @GET
    @Operation(operationId = "listAssessmentMetrics", summary = "The metric catalogue: each metric's code, name and definition "
            + "in the caller's language, unit, which way is better, what it counts over, and whether Redline computes it")
    public MetricValues.Catalogue catalogue(@Context HttpHeaders headers) {
        return metrics.catalogue(labels(headers));
    }

    @GET
    @Path("/values")
    @Operation(operationId = "getAssessmentMetricValues", summary = "A target's computed metrics over a period [from, to), live: "
            + "a territory over its subtree, a department over its industries in its region, an enterprise over itself; "
            + "each value with its inputs")
    public MetricValues.Live values(@Parameter(description = "The target org (in the caller's scope, else 404)")
                                    @QueryParam("orgId") @NotNull UUID orgId,
                                    @Parameter(description = "First local day of the period") @QueryParam("from") @NotNull LocalDate from,
                                    @Parameter(description = "The day after the period's last (exclusive)") @QueryParam("to") @NotNull LocalDate to,
                                    @Context HttpHeaders headers) {
        return metrics.live(orgId, from, to, labels(headers));
    }
}
