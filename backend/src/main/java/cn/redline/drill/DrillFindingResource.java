package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the findings of a drill's evaluation and their fix. Rules live in {@link DrillFindings}. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillFindingResource {

    @Inject
    DrillFindings findings;

    @Inject
    PublicLinks links;

    @GET
    @Path("/drills/{id}/findings")
    @Operation(operationId = "listDrillFindings", summary = "The findings of a drill's evaluation, by number, each with its "
            + "corrective action, state, hazard ticket and the actions the caller may take")
    public DrillFindingView.Listing list(@PathParam("id") UUID drillId) {
        return findings.list(drillId);
    }

    @POST
    @Path("/drills/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createDrillFinding", summary = "Record a problem the evaluation found (category, severity, "
            + "cause, recommendation, corrective action with owner and deadline); the drill has an evaluation and is not CLOSED")
    @APIResponse(responseCode = "201", description = "Recorded, OPEN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillFindingView.class)))
    public Response create(@PathParam("id") UUID drillId, @NotNull @Valid DrillFindingInput input) {
        DrillFindingView v = findings.create(drillId, input);
        return Response.created(links.to("/api/v1/drill-findings", v.id())).tag(Etags.of(v.version())).entity(v).build();
    }

    @GET
    @Path("/drill-findings/{id}")
    @Versioned
    @Operation(operationId = "getDrillFinding", summary = "One drill finding; a converted one shows its hazard ticket as it "
            + "stands now and is resolved once the ticket is closed")
    @APIResponse(responseCode = "200", description = "The finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillFindingView.class)))
    public Response get(@PathParam("id") UUID id) {
        DrillFindingView v = findings.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/drill-findings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateDrillFinding", summary = "Change an OPEN or IN_PROGRESS finding, e.g. give its corrective "
            + "action an owner and a deadline")
    @APIResponse(responseCode = "200", description = "The finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillFindingView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DrillFindingInput input) {
        DrillFindingView v = findings.update(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/drill-findings/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionDrillFinding", summary = "Take a finding workflow action: start (owner and deadline "
            + "set), complete (what was done, evidence files), verify (someone other than the completer), or convert into a "
            + "hazard ticket registered as any hazard report")
    @APIResponse(responseCode = "200", description = "The finding after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillFindingView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid DrillFindingTransition request) {
        DrillFindingView v = findings.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/drill-findings/{id}/history")
    @Operation(operationId = "getDrillFindingHistory", summary = "The finding's history: every step with actor, time, states and data")
    public DrillHistory.History history(@PathParam("id") UUID id) {
        return findings.history(id);
    }
}
