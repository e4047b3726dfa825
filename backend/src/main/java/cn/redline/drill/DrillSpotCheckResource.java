package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Downloads;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.Labels;
import cn.redline.platform.PageParams;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import cn.redline.platform.Xlsx;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: drill spot checks of key units (D3) and their register. Rules live in {@link DrillSpotChecks}. */
@Path("/api/v1/drill-spot-checks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillSpotCheckResource {

    @Inject
    DrillSpotChecks checks;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listDrillSpotChecks", summary = "Drill spot checks of units in the caller's scope, newest first")
    public DrillSpotCheckView.Page list(@BeanParam @Valid FilterParams f, @Valid @BeanParam PageParams page) {
        return checks.list(f.filter(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_SPOT_CHECKS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createDrillSpotCheck", summary = "Plan a spot check of an enterprise in the caller's scope, or record "
            + "one made on site (with its result); retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Planned or recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillSpotCheckView.class)))
    public Response create(@NotNull @Valid DrillSpotCheckInput input) {
        DrillSpotCheckView created = checks.create(input);
        return Response.created(links.to("/api/v1/drill-spot-checks", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/register.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportDrillSpotCheckRegister", summary = "演练抽查台账: the spot checks of the filters as an Excel "
            + "workbook in the caller's language (at most 10,000 rows)")
    @APIResponse(responseCode = "200", description = "演练抽查台账.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response register(@BeanParam @Valid FilterParams f, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(checks.register(f.filter(), labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(labels.text("spotCheckRegister.fileName") + ".xlsx",
                        "drill-spot-checks.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getDrillSpotCheck", summary = "One spot check with the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The spot check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillSpotCheckView.class)))
    public Response get(@PathParam("id") UUID id) {
        DrillSpotCheckView v = checks.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_SPOT_CHECKS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionDrillSpotCheck", summary = "Record the result, order a correction, answer it, accept it, "
            + "escalate it past its deadline, or cancel a planned check")
    @APIResponse(responseCode = "200", description = "The spot check after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillSpotCheckView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid DrillSpotCheckTransition request) {
        DrillSpotCheckView v = checks.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/files")
    @Operation(operationId = "listDrillSpotCheckFiles", summary = "The spot check's files (现场照片, the correction order's scan, "
            + "the unit's proof of correction), oldest upload first; the bytes come from /attachments/{id}/content")
    public DrillSpotChecks.Files files(@PathParam("id") UUID id) {
        return checks.files(id);
    }

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_SPOT_CHECKS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "attachDrillSpotCheckFiles", summary = "Attach uploaded files to the spot check as one kind: site "
            + "photos by the checking side until the correction is settled, the correction order's scan by the checking "
            + "office once a noncompliant result is recorded, the unit's proof while the order is open (else 409)")
    @APIResponse(responseCode = "200", description = "The spot check with its files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillSpotCheckView.class)))
    public Response attach(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DrillSpotCheckFilesInput input) {
        DrillSpotCheckView v = checks.attach(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getDrillSpotCheckHistory", summary = "The spot check's history: every step with actor, time and reason")
    public DrillSpotChecks.History history(@PathParam("id") UUID id) {
        return checks.history(id);
    }

    /** The register's filters. */
    public static class FilterParams {

        @QueryParam("status")
        public DrillSpotCheckStatus status;

        @QueryParam("result")
        public DrillSpotCheckResult result;

        @Parameter(description = "The half-year checked, e.g. 2026-H1")
        @QueryParam("period")
        @Pattern(regexp = "\\d{4}-H[12]")
        @jakarta.validation.constraints.Size(max = 7)
        public String period;

        @Parameter(description = "Only checks made by this department or office")
        @QueryParam("regulatorOrgId")
        public UUID regulatorOrgId;

        @Parameter(description = "Only checks of this unit")
        @QueryParam("targetOrgId")
        public UUID targetOrgId;

        @Parameter(description = "Only unannounced checks (true) or only announced ones (false)")
        @QueryParam("unannounced")
        public Boolean unannounced;

        DrillSpotChecks.Filter filter() {
            return new DrillSpotChecks.Filter(status, result, period, regulatorOrgId, targetOrgId, unannounced);
        }
    }
}
