package cn.redline.hazard;

import cn.redline.platform.Downloads;
import cn.redline.platform.FeedParams;
import cn.redline.platform.Etags;
import cn.redline.platform.Labels;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PageParams;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Capability;
import cn.redline.platform.Versioned;
import cn.redline.platform.Xlsx;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP only: hidden-hazard tickets. Rules live in {@link HazardReporting}, {@link HazardWorkflow} (run by
 * {@link HazardTransitions}), {@link HazardViews} and {@link HazardHistory}.
 */
@Path("/api/v1/hazards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hazards")
public class HazardResource {


    @Inject
    PublicLinks links;

    @Inject
    HazardViews views;

    @Inject
    HazardReporting reporting;

    @Inject
    HazardTransitions transitions;

    @Inject
    HazardHistory history;

    @Inject
    HazardStatistics statistics;

    @Inject
    HazardBulk bulk;

    @Inject
    HazardFeed feed;

    @Inject
    HazardExport exporter;

    @Inject
    StatutoryReport statutory;

    @Inject
    HazardDossier dossier;

    @Inject
    cn.redline.attachment.AttachmentService attachments;

    @GET
    @Operation(operationId = "listHazards", summary = "List hazard tickets in the caller's scope, with filters and a cursor")
    public HazardPages.HazardPage list(
            @Valid @BeanParam HazardFilterParams filter,
            @QueryParam("sort") @DefaultValue("createdAt") HazardRepository.Sort sort,
            @Valid @BeanParam PageParams page) {
        return views.list(filter.toFilter(), filter.territoryId, sort, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.REPORT_HAZARDS)
    @Idempotent
    @Versioned
    @Operation(operationId = "reportHazard", summary = "Report (register) a hazard; retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Registered in state REPORTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HazardView.class)))
    public Response report(@NotNull @Valid HazardInput input) {
        HazardView created = reporting.report(input);
        return Response.created(links.to("/api/v1/hazards", created.id()))
                .tag(Etags.of(created.version())).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.PUSH_HAZARDS)
    @Idempotent
    @Operation(operationId = "pushHazards", summary = "Push up to 500 tickets from another system; each item is "
            + "reported CREATED, EXISTING (same externalRef before) or INVALID with its errors, type and enum errors "
            + "included")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HazardBulk.Request.class)))
    public Response bulk(@NotNull @Valid HazardBulk.Batch request) {
        return Response.ok(bulk.push(request.items())).build();
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "listHazardChanges", summary = "Tickets changed after a cursor (or since a time), in change "
            + "order, including rejected ones and ones that left the caller's scope")
    public HazardPages.ChangePage changes(@Valid @BeanParam FeedParams params) {
        return feed.changes(params.cursor, params.updatedSince, params.limit);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportHazards", summary = "The filtered list as an Excel workbook (at most 20,000 rows)")
    @APIResponse(responseCode = "200", description = "隐患清单.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Valid @BeanParam HazardFilterParams filter, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        StreamingOutput xlsx = exporter.export(filter.toFilter(), filter.territoryId, labels);
        return Response.ok(xlsx, Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(labels.text("export.fileName") + ".xlsx", "hazards.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/statutory-report")
    @PermissionsAllowed(Capability.Name.VIEW_STATUTORY_REPORT)
    @Operation(operationId = "getStatutoryHazardReport", summary = "Per-enterprise hazard statistics for a quarter "
            + "(due the 15th of the next month) or a year (due 31 January)")
    public StatutoryReport.Report statutory(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "1–4; omit for the yearly report") @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Valid @BeanParam PageParams page) {
        return statutory.report(year, quarter, page);
    }

    @GET
    @Path("/stats")
    @PermissionsAllowed(Capability.Name.VIEW_HAZARD_STATS)
    @Operation(operationId = "getHazardStats", summary = "Counts by state, level, industry, territory and month; closure "
            + "rate, overdue and majors under supervision, for the tickets in scope")
    public HazardStats stats(
            @Parameter(description = "Only this region's subtree; its children are the territory breakdown")
            @QueryParam("territoryId") UUID territoryId,
            @QueryParam("industry") @Size(max = 40) String industry,
            @QueryParam("reportedFrom") LocalDate reportedFrom,
            @QueryParam("reportedTo") LocalDate reportedTo) {
        return statistics.compute(territoryId, industry, reportedFrom, reportedTo);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getHazard", summary = "Get one hazard ticket with the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HazardView.class)))
    public Response get(@PathParam("id") UUID id) {
        HazardView v = views.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/dossier.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getHazardDossier", summary = "The ticket's dossier (一患一档) as PDF: facts, five musts, "
            + "supervision, acceptance, effectiveness and the whole history")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response dossier(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        HazardView v = views.get(id);
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] pdf = dossier.render(v, history.of(id).items(),
                file -> attachments.openAttached(HazardAttachmentPolicy.OWNER, v.id(), file), labels);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Language", labels.language())
                .header(Downloads.HEADER, Downloads.contentDisposition(v.code() + ".pdf")).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getHazardHistory", summary = "The ticket's history: every step with actor, time and comment")
    public HazardPages.History history(@PathParam("id") UUID id) {
        return history.of(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_HAZARDS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionHazard", summary = "Take a workflow action on a ticket (confirm, rectify, accept, ...)")
    @APIResponse(responseCode = "200", description = "The ticket after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HazardView.class)))
    public Response transition(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        HazardView v = transitions.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

}
