package cn.redline.duty;

import cn.redline.platform.Page;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Capability;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: requirement rules and the obligations they create. Rules live in {@link Obligations} and {@link RuleService}. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations")
public class ObligationResource {

    @Inject
    RuleService service;

    @Inject
    PublicLinks links;

    @GET
    @Path("/requirement-rules")
    @Operation(operationId = "listRequirementRules", summary = "Every requirement rule, national and local, with its citation")
    public RuleList rules() {
        return service.rules();
    }

    @POST
    @Path("/requirement-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_REQUIREMENT_RULES)
    @Operation(operationId = "createRequirementRule", summary = "Add a requirement rule (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)))
    public Response create(@NotNull @Valid RuleInput input) {
        RuleView created = service.create(input);
        return Response.created(links.to("/api/v1/requirement-rules", created.id())).entity(created).build();
    }

    @GET
    @Path("/obligations")
    @Operation(operationId = "listObligations", summary = "Obligations of subjects in the caller's scope, by period")
    public ObligationPage list(
            @Parameter(description = "Only this subject (org or post)") @QueryParam("subjectId") UUID subjectId,
            @Parameter(description = "Only this period, e.g. 2026, 2026-H1, 2026-Q2, 2026-07")
            @QueryParam("periodKey") @Size(max = 24) @Pattern(regexp = "[0-9HQDM+-]*") String periodKey,
            @QueryParam("status") ObligationStatus status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 512) @Pattern(regexp = "[A-Za-z0-9_-]*") String cursor) {
        return service.list(subjectId, periodKey, status, limit, cursor);
    }

    @GET
    @Path("/obligations/{id}")
    @Operation(operationId = "getObligation", summary = "One obligation with its count, status and waiver")
    public ObligationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/obligations/{id}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.WAIVE_OBLIGATIONS)
    @Operation(operationId = "waiveObligation", summary = "Approve an exemption: the obligation becomes WAIVED (not once finalised)")
    public ObligationView waive(@PathParam("id") UUID id, @NotNull @Valid WaiverInput input) {
        return service.waive(id, input);
    }
}
