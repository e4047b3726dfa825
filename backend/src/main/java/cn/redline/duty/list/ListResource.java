package cn.redline.duty.list;

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

/** HTTP only: responsibility lists (责任清单). Rules live in {@link ListService} and {@link ListWorkflow}. */
@Path("/api/v1/responsibility-lists")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibility lists")
public class ListResource {

    @Inject
    ListService service;

    @Inject
    ListReads reads;

    @Inject
    PublicLinks links;

    @Inject
    BulkIssuer bulk;

    @Inject
    ListHandovers handovers;

    @GET
    @Operation(operationId = "listResponsibilityLists", summary = "List versions in the caller's scope, by code")
    public ListViews.Page list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("holderKind") HolderKind holderKind,
            @QueryParam("status") ListStatus status,
            @Parameter(description = "Only lists held inside this org's subtree") @QueryParam("orgId") UUID orgId,
            @QueryParam("holderPostId") UUID holderPostId,
            @Parameter(description = "Only the versions of one list") @QueryParam("lineageId") UUID lineageId,
            @Valid @BeanParam PageParams page) {
        return reads.page(new ListReads.Filter(year, holderKind, status, orgId, holderPostId, lineageId), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createResponsibilityList", summary = "Draft a list for a holder post and year, from a "
            + "template or with the items given")
    @APIResponse(responseCode = "201", description = "Created in state DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response create(@NotNull @Valid ListInputs.Create input) {
        ListViews.Detail created = service.create(input);
        return Response.created(links.to("/api/v1/responsibility-lists", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @POST
    @Path("/bulk-issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Idempotent
    @Operation(operationId = "issueResponsibilityLists", summary = "Issue lists from a template to every fitting post "
            + "of a subtree: per post created, skipped (already has one for the year) or refused, with the reason")
    @APIResponse(responseCode = "200", description = "What happened to each post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkIssue.Result.class)))
    public Response bulkIssue(@NotNull @Valid BulkIssue.Input input) {
        return Response.ok(bulk.issue(input)).build();
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getResponsibilityList", summary = "One list version with items, indicators, signatures, "
            + "handovers and the caller's allowed actions")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getResponsibilityListHistory", summary = "Every step of the list version with actor and time")
    public ListViews.History history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "updateResponsibilityList", summary = "Change a draft's title, dates and publicity")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ListInputs.Update input) {
        return ok(service.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "addDutyItem", summary = "Add a duty item to a draft")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response addItem(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ItemSpec input) {
        return ok(service.addItem(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "updateDutyItem", summary = "Change a draft's duty item (a changed text gets a new itemKey)")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response updateItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ItemSpec input) {
        return ok(service.updateItem(id, itemId, ifMatch, input));
    }

    @DELETE
    @Path("/{id}/items/{itemId}")
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "deleteDutyItem", summary = "Remove a duty item from a draft")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response deleteItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.deleteItem(id, itemId, ifMatch));
    }

    @PUT
    @Path("/{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "replaceControlIndicators", summary = "Set a draft's control indicators, each within its "
            + "parent list's ceiling")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response indicators(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid ListInputs.Indicators input) {
        return ok(service.replaceIndicators(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_LISTS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionResponsibilityList", summary = "Take a workflow action: submit, discard, return, "
            + "publish, sign, revise, archive")
    @APIResponse(responseCode = "200", description = "The list after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionInput input) {
        return ok(service.transition(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/handovers/{handoverId}/acknowledge")
    @PermissionsAllowed(Capability.Name.ACT_ON_LISTS)
    @Idempotent
    @Versioned
    @Operation(operationId = "acknowledgeListHandover", summary = "The new holder of the post acknowledges the handover "
            + "of the list")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    public Response acknowledge(@PathParam("id") UUID id, @PathParam("handoverId") UUID handoverId) {
        return ok(handovers.acknowledge(id, handoverId));
    }

    private static Response ok(ListViews.Detail v) {
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
