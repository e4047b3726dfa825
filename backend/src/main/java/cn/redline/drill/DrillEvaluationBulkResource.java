package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Idempotent;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: evaluations pushed by enterprise systems. Rules live in {@link DrillEvaluationBulk}. */
@Path("/api/v1/drill-evaluations")
@io.quarkus.security.Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillEvaluationBulkResource {

    @Inject
    DrillEvaluationBulk bulk;

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.PUSH_DRILLS)
    @Idempotent
    @Operation(operationId = "pushDrillEvaluations", summary = "Push up to 200 evaluations of drills this system pushed "
            + "(by their externalRef), each stored and optionally submitted; each item is CREATED, EXISTING (the drill "
            + "has an evaluation already) or INVALID")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DrillEvaluationBulk.Request.class)))
    @APIResponse(responseCode = "200", description = "Each item's result, in the order given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillBulk.Result.class)))
    public Response bulk(@NotNull @Valid DrillEvaluationBulk.Batch request) {
        return Response.ok(bulk.push(request.items())).build();
    }
}
