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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: drills held and the drill duty of an organization. Rules live in {@link Drills} and {@link DrillDuty}. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillResource {

    @Inject
    Drills drills;

    @Inject
    DrillDuty duty;

    @Inject
    PublicLinks links;

    @GET
    @Path("/drills")
    @Operation(operationId = "listDrills", summary = "Drills of organizations in the caller's scope, newest first")
    public DrillPage list(@Parameter(description = "Only drills of this organizer") @QueryParam("orgId") UUID orgId,
                          @Valid @BeanParam PageParams page) {
        return drills.list(orgId, page);
    }

    @GET
    @Path("/drills/{id}")
    @Versioned
    @Operation(operationId = "getDrill", summary = "Get one drill with the drill rules it counts for")
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
    @Operation(operationId = "recordDrill", summary = "Record a drill held (conducted or terminated); a conducted one counts "
            + "towards every drill rule its organizer owes whose qualifier it meets")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillView.class)))
    public Response record(@NotNull @Valid DrillInput input) {
        DrillView created = drills.record(input);
        return Response.created(links.to("/api/v1/drills", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
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
