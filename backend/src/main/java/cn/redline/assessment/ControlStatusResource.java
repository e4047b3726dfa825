package cn.redline.assessment;

import cn.redline.platform.Capability;
import cn.redline.platform.Labels;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the monthly control-indicator status (控制指标月度情况). Rules live in {@link ControlStatus}. */
@Path("/api/v1/control-indicator-status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ControlStatusResource {

    @Inject
    ControlStatus status;

    @GET
    @PermissionsAllowed(Capability.Name.VIEW_CONTROL_STATUS)
    @Operation(operationId = "getControlIndicatorStatus", summary = "An org's control indicators for a year against the "
            + "accidents of its subtree up to a month's end: WARNING from 80 % of a ceiling, EXCEEDED above it, in words")
    public ControlStatusView get(@Parameter(description = "The org (in the caller's scope)") @QueryParam("orgId") @NotNull UUID orgId,
                                 @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                 @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month,
                                 @Context HttpHeaders headers) {
        return status.of(orgId, year, month, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
