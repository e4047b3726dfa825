package cn.redline.fulfilment;

import cn.redline.platform.Capability;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PublicLinks;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: verification visits (四不两直). Rules live in {@link VerificationVisits}. */
@Path("/api/v1/verification-visits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment records")
public class VisitResource {

    @Schema(name = "VerificationVisitList")
    public record VisitList(@Schema(maxItems = 200) List<VisitView> items) {
    }

    @Inject
    VerificationVisits visits;

    @Inject
    PublicLinks links;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.VERIFY_FULFILMENT)
    @Idempotent
    @Operation(operationId = "createVerificationVisit", summary = "Record a verification visit; a record found FALSIFIED "
            + "that stands accepted is disputed")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response create(@NotNull @Valid VisitInput input) {
        VisitView v = visits.record(input);
        return Response.created(links.to("/api/v1/verification-visits", v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listVerificationVisits", summary = "The visits to one organization, newest first")
    public VisitList list(@QueryParam("targetOrgId") @NotNull UUID targetOrgId) {
        return new VisitList(visits.ofTarget(targetOrgId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVerificationVisit", summary = "One verification visit")
    public VisitView get(@PathParam("id") UUID id) {
        return visits.get(id);
    }
}
