package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PageParams;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: emergency plans as references. Rules live in {@link EmergencyPlans}. */
@Path("/api/v1/emergency-plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class EmergencyPlanResource {

    @Inject
    EmergencyPlans service;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listEmergencyPlans", summary = "Emergency plans of organizations in the caller's scope, by title")
    public EmergencyPlanPage list(
            @Parameter(description = "Only plans of this organization") @QueryParam("orgId") UUID orgId,
            @Parameter(description = "Only this kind") @QueryParam("kind") EmergencyPlanKind kind,
            @Valid @BeanParam PageParams page) {
        return service.list(orgId, kind, page);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getEmergencyPlan", summary = "Get one emergency plan")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmergencyPlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createEmergencyPlan", summary = "Register an emergency plan of the own organization or one below it")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmergencyPlanView.class)))
    public Response create(@NotNull @Valid EmergencyPlanInput input) {
        EmergencyPlanView created = service.create(input);
        return withEtag(Response.created(links.to("/api/v1/emergency-plans", created.id())), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateEmergencyPlan", summary = "Replace an emergency plan's fields; requires If-Match with its ETag")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmergencyPlanView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid EmergencyPlanInput input) {
        return withEtag(Response.ok(), service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "deleteEmergencyPlan", summary = "Delete an emergency plan no drill exercised; requires If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response withEtag(Response.ResponseBuilder rb, EmergencyPlanView view) {
        return rb.tag(Etags.of(view.version())).entity(view).build();
    }
}
