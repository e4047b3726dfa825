package cn.redline.assessment;

import cn.redline.platform.Capability;
import cn.redline.platform.Labels;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
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

/** HTTP only: the veto early warnings a unit's leader reads (§4.7.3). Rules live in {@link Projections}. */
@Path("/api/v1/veto-warnings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class VetoWarningResource {

    @Inject
    Projections projections;

    @GET
    @PermissionsAllowed(Capability.Name.VIEW_CONTROL_STATUS)
    @Operation(operationId = "listVetoWarnings", summary = "A unit's warnings before a veto happens, as of today: control "
            + "indicators at 80 % of a ceiling or over it, overdue major hazards (those under supervision marked), and metric veto "
            + "rules of its open assessments that the live value nears (80 %) or meets; most severe first, in words")
    public VetoWarning.Page list(@Parameter(description = "The unit (in the caller's scope); the caller's own org when omitted")
                                 @QueryParam("orgId") UUID orgId, @Context HttpHeaders headers) {
        return projections.warnings(orgId, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
