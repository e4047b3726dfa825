package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.FeedParams;
import cn.redline.platform.Idempotent;
import cn.redline.platform.Labels;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: drills held and the drill duty of an organization. Rules live in {@link Drills} and {@link DrillDuty}. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillResource {

    @Inject
    SummaryReport summary;

    @Inject
    Drills drills;

    @Inject
    DrillDuty duty;

    @Inject
    PublicLinks links;

    @Inject
    DrillTimeline timeline;

    @Inject
    DrillFeed feed;

    @Inject
    DrillBulk bulk;

    @GET
    @Path("/drills")
    @Operation(operationId = "listDrills", summary = "Drills of organizations in the caller's scope, newest first (by the day "
            + "held, else the day planned)")
    public DrillPage list(@Parameter(description = "Only drills of this organizer") @QueryParam("orgId") UUID orgId,
                          @Parameter(description = "Only drills of this yearly drill plan") @QueryParam("yearPlanId") UUID yearPlanId,
                          @QueryParam("status") DrillStatus status,
                          @Valid @BeanParam PageParams page) {
        return drills.list(orgId, yearPlanId, status, page);
    }

    @GET
    @Path("/drills/changes")
    @Operation(operationId = "listDrillChanges", summary = "Drills changed after a cursor (or since a time), in the order "
            + "their changes committed, each as it is now; poll with nextCursor, a late commit is never skipped")
    public DrillFeed.ChangePage changes(@Valid @BeanParam FeedParams params) {
        return feed.changes(params);
    }

    @POST
    @Path("/drills/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.PUSH_DRILLS)
    @Idempotent
    @Operation(operationId = "pushDrills", summary = "Push up to 200 drills (planned, or held and recorded) from an "
            + "enterprise system; each item is CREATED, EXISTING (same externalRef before) or INVALID")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DrillBulk.Request.class)))
    public Response bulk(@NotNull @Valid DrillBulk.Batch request) {
        return Response.ok(bulk.push(request.items())).build();
    }

    @GET
    @Path("/drills/{id}")
    @Versioned
    @Operation(operationId = "getDrill", summary = "Get one drill with the drill rules it counts for and the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The drill",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillView.class)))
    public Response get(@PathParam("id") UUID id) {
        DrillView view = drills.get(id);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @POST
    @Path("/drills")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Idempotent
    @Versioned
    @Operation(operationId = "recordDrill", summary = "Plan a drill (PLANNED), or record one held (conducted or terminated); "
            + "a conducted one counts towards every drill rule its organizer owes whose qualifier it meets")
    @APIResponse(responseCode = "201", description = "Planned or recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillView.class)))
    public Response record(@NotNull @Valid DrillInput input) {
        DrillView created = drills.create(input);
        return Response.created(links.to("/api/v1/drills", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/drills/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateDrill", summary = "Change a PLANNED or PREPARING drill: scenario, objectives, roles, "
            + "plans, flags; its day moves by POSTPONE")
    @APIResponse(responseCode = "200", description = "The drill",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DrillInput input) {
        DrillView v = drills.update(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/drills/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionDrill", summary = "Take a drill workflow action: prepare, mark ready (its documents "
            + "attached), postpone, cancel, start, end (headcount, photos), terminate, attach documents or photos")
    @APIResponse(responseCode = "200", description = "The drill after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid DrillTransition request) {
        DrillView v = drills.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/drills/{id}/history")
    @Operation(operationId = "getDrillHistory", summary = "The drill's history: every step with actor, time, states and reason")
    public DrillHistory.History history(@PathParam("id") UUID id) {
        return drills.history(id);
    }

    @GET
    @Path("/drills/{id}/timeline")
    @Operation(operationId = "listDrillTimeline", summary = "The drill's timeline in the order things happened")
    public TimelineEntryView.Page timeline(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return timeline.list(id, page);
    }

    @POST
    @Path("/drills/{id}/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Operation(operationId = "addDrillTimelineEntry", summary = "Add an inject, action, observation or incident from a phone, "
            + "also long after it was written offline: the same clientId again answers the entry it made (200), never a second one")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineEntryView.class)))
    @APIResponse(responseCode = "200", description = "Posted before with this clientId: that entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineEntryView.class)))
    public Response addTimelineEntry(@PathParam("id") UUID id, @NotNull @Valid TimelineEntryInput input) {
        DrillTimeline.Posted posted = timeline.post(id, input);
        return Response.status(posted.created() ? Response.Status.CREATED : Response.Status.OK).entity(posted.entry()).build();
    }

    @GET
    @Path("/drills/{id}/summary-report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getDrillSummaryReport", summary = "The drill summary report (演练总结报告, D19) as PDF once the "
            + "drill was held: purpose and objectives, time and place, participating units and people, outline of the drill "
            + "with its course, problems and causes, lessons learned, recommendations with what is still owed; in words "
            + "(Accept-Language zh-CN or en); 409 before the drill was held")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response summaryReport(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return cn.redline.platform.PdfReports.download(summary.render(id, labels), labels, "drillSummaryReport", "drill-summary-report.pdf");
    }

    @GET
    @Path("/drill-obligations")
    @Operation(operationId = "listDrillObligations", summary = "An organization's drill obligations for the periods holding "
            + "a day, under every drill rule it owes (they stack), each with the reason for its status in words")
    public DrillObligationView.Listing obligations(
            @Parameter(description = "The organization", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "The day whose periods are shown (default today, Asia/Shanghai)") @QueryParam("on") LocalDate on) {
        return duty.of(orgId, on);
    }
}
