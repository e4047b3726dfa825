package cn.redline.assessment;

import cn.redline.platform.Capability;
import cn.redline.platform.Labels;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: a scheme's metric snapshots (§1.5). Rules live in {@link Metrics} and {@link MetricSnapshots}. */
@Path("/api/v1/assessment-schemes/{id}/metric-snapshots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class MetricSnapshotResource {

    @Inject
    Metrics metrics;

    private static Labels labels(HttpHeaders headers) {
        return Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @GET
    @Operation(operationId = "listAssessmentMetricSnapshots", summary = "A target's metric snapshots in a scheme, every one "
            + "ever taken (latest first per metric), those scoring reads marked inForce")
    public MetricValues.Snapshots snapshots(@PathParam("id") UUID id,
                                            @Parameter(description = "The target org") @QueryParam("orgId") @NotNull UUID orgId,
                                            @Context HttpHeaders headers) {
        return metrics.of(id, orgId, labels(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_ASSESSMENT_SCHEMES)
    @Operation(operationId = "recomputeAssessmentMetricSnapshots", summary = "Take the scheme's metrics again, for one target or "
            + "all, with the reason: new snapshots are added, the earlier ones stay, and scoring keeps reading the ones in force "
            + "at the freeze")
    public MetricValues.Snapshots recompute(@PathParam("id") UUID id,
                                            @Parameter(description = "One target only; all targets when omitted") @QueryParam("orgId") UUID orgId,
                                            @NotNull @Valid MetricValues.Recompute body, @Context HttpHeaders headers) {
        return metrics.recompute(id, orgId, body.comment(), labels(headers));
    }
}
