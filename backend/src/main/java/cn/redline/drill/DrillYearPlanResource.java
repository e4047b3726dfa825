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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: yearly drill plans (年度演练计划). Rules live in {@link DrillYearPlans} and {@link YearPlanWorkflow}. */
@Path("/api/v1/drill-year-plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillYearPlanResource {

    @Inject
    DrillYearPlans plans;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listDrillYearPlans", summary = "Yearly drill plans in the caller's scope, newest year first")
    public YearPlanView.Page list(@Parameter(description = "Only plans of this org") @QueryParam("orgId") UUID orgId,
                                  @QueryParam("year") @Min(2000) @Max(2100) Integer year, @Valid @BeanParam PageParams page) {
        return plans.list(orgId, year, page);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getDrillYearPlan", summary = "One yearly drill plan with its drills and the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearPlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        YearPlanView v = plans.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createDrillYearPlan", summary = "Draft an org's drill plan for a year (one per org and year)")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearPlanView.class)))
    public Response create(@NotNull @Valid YearPlanInput input) {
        YearPlanView created = plans.create(input);
        return Response.created(links.to("/api/v1/drill-year-plans", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateDrillYearPlan", summary = "Change a DRAFT drill plan (new, or sent back)")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearPlanView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid YearPlanInput input) {
        YearPlanView v = plans.update(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionDrillYearPlan", summary = "Submit a drill plan, approve it, or send it back (reject)")
    @APIResponse(responseCode = "200", description = "The plan after the action",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearPlanView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid YearPlanTransition request) {
        YearPlanView v = plans.transition(id, ifMatch, request);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getDrillYearPlanHistory", summary = "The plan's history: every step with actor, time and reason")
    public DrillHistory.History history(@PathParam("id") UUID id) {
        return plans.history(id);
    }
}
