package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.FeedParams;
import cn.redline.platform.PageParams;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: fulfilment records (履职记录). Rules live in {@link Fulfilments}, {@link FulfilmentWorkflow} and {@link FulfilmentFeed}. */
@Path("/api/v1/fulfilment-records")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment records")
public class FulfilmentResource {

    @Inject
    Fulfilments fulfilments;

    @Inject
    FulfilmentBulk bulk;

    @Inject
    FulfilmentFeed feed;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listFulfilmentRecords", summary = "Fulfilment records in the caller's scope, newest first, with filters")
    public FulfilmentPage list(
            @QueryParam("dutyItemId") UUID dutyItemId,
            @QueryParam("listId") UUID listId,
            @Parameter(description = "e.g. 2026, 2026-H1, 2026-Q2, 2026-07")
            @QueryParam("periodKey") @Size(max = 24) @Pattern(regexp = "[0-9HQDM+-]*") String periodKey,
            @QueryParam("state") FulfilmentState state,
            @Parameter(description = "Only records of this holder org") @QueryParam("orgId") UUID orgId,
            @Valid @BeanParam PageParams page) {
        return fulfilments.list(new FulfilmentRepository.Filter(dutyItemId, listId, periodKey, state, orgId), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.RECORD_FULFILMENT)
    @Idempotent
    @Versioned
    @Operation(operationId = "createFulfilmentRecord", summary = "Record a fulfilment of a duty item (DRAFT, or SUBMITTED "
            + "with submit=true); retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FulfilmentView.class)))
    public Response create(@NotNull @Valid FulfilmentInput input) {
        FulfilmentView created = fulfilments.create(input);
        return Response.created(links.to("/api/v1/fulfilment-records", created.id()))
                .tag(Etags.of(created.version())).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.PUSH_FULFILMENT)
    @Idempotent
    @Operation(operationId = "pushFulfilmentRecords", summary = "Push up to 200 records from another system (OA meeting "
            + "minutes, enterprise inspections); each item is CREATED, EXISTING (same externalRef before) or INVALID")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FulfilmentBulk.Request.class)))
    public Response bulk(@NotNull @Valid FulfilmentBulk.Batch request) {
        return Response.ok(bulk.push(request.items())).build();
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "listFulfilmentChanges", summary = "Records changed after a cursor (or since a time), in "
            + "change order, each in its current state")
    public FulfilmentFeed.ChangePage changes(@Valid @BeanParam FeedParams params) {
        return feed.changes(params);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getFulfilmentRecord", summary = "One record with the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FulfilmentView.class)))
    public Response get(@PathParam("id") UUID id) {
        FulfilmentView v = fulfilments.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.RECORD_FULFILMENT)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateFulfilmentRecord", summary = "Change a DRAFT record (new, or sent back by the reviewer)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FulfilmentView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid FulfilmentInput input) {
        FulfilmentView v = fulfilments.update(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getFulfilmentHistory", summary = "The record's history: every step with actor, time and reason")
    public FulfilmentHistory.History history(@PathParam("id") UUID id) {
        return fulfilments.history(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed({Capability.Name.RECORD_FULFILMENT, Capability.Name.REVIEW_FULFILMENT, Capability.Name.VERIFY_FULFILMENT})
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionFulfilmentRecord", summary = "Take a workflow action: submit, accept, reject, amend, "
            + "dispute, confirm falsified, clear")
    @APIResponse(responseCode = "200", description = "The record after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FulfilmentView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid FulfilmentTransition request) {
        FulfilmentView v = fulfilments.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
