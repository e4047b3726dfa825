package cn.redline.accountability;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** HTTP only: the accountability register (约谈 / 通报 / 说明情况 / 整改方案 …). Rules live in {@link Accountability}. */
@Path("/api/v1/accountability-actions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability")
public class AccountabilityResource {

    @Inject
    Accountability register;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listAccountabilityActions", summary = "Accountability actions addressed to organizations in the "
            + "caller's scope, newest first")
    public ActionView.Page list(@Parameter(description = "Only actions addressed to this org") @QueryParam("targetOrgId") UUID targetOrgId,
                                @QueryParam("status") AccountabilityStatus status, @QueryParam("type") AccountabilityType type,
                                @Parameter(description = "Only actions proposed in this year (Asia/Shanghai)") @QueryParam("year")
                                @Min(2000) @Max(2100) Integer year,
                                @Parameter(description = "true: only open actions (proposed, issued, responded); false: only "
                                        + "ended ones") @QueryParam("open") Boolean open,
                                @Valid @BeanParam PageParams page) {
        return register.list(targetOrgId, status, type, year, open, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_ACCOUNTABILITY)
    @Idempotent
    @Versioned
    @Operation(operationId = "createAccountabilityAction", summary = "Propose an action by hand, issued by the caller's office "
            + "to an org of its subtree; retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    public Response create(@NotNull @Valid ActionInput input) {
        ActionView created = register.create(input);
        return Response.created(links.to("/api/v1/accountability-actions", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getAccountabilityAction", summary = "One action with its lineage and the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    public Response get(@PathParam("id") UUID id) {
        ActionView v = register.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_ACCOUNTABILITY)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionAccountabilityAction", summary = "Issue, answer, close, escalate or withdraw an action")
    @APIResponse(responseCode = "200", description = "The action after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid ActionTransition request) {
        ActionView v = register.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAccountabilityActionHistory", summary = "The action's history: every step with actor, time and reason")
    public Accountability.History history(@PathParam("id") UUID id) {
        return register.history(id);
    }
}
