package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

/**
 * HTTP only: drill evaluation templates (AQ/T 9009 checklists) as data. They belong to no organization: every
 * signed-in user reads them; an admin adds a version. Rules live in {@link EvaluationTemplates}.
 */
@Path("/api/v1/drill-evaluation-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class EvaluationTemplateResource {

    @Inject
    EvaluationTemplates templates;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listDrillEvaluationTemplates", summary = "Drill evaluation templates (AQ/T 9009 preparation "
            + "and execution checklists): the newest version of each code, or every version")
    public EvaluationTemplateView.Listing list(
            @Parameter(description = "Only this template code, e.g. AQ9009") @QueryParam("code") @Size(min = 2, max = 40) @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
            @Parameter(description = "true: every version, newest first; default only the newest of each code")
            @QueryParam("allVersions") Boolean allVersions) {
        return templates.list(code, Boolean.TRUE.equals(allVersions));
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getDrillEvaluationTemplate", summary = "One version of a drill evaluation template: its "
            + "groups, items (method, weight) and grade bands")
    @APIResponse(responseCode = "200", description = "The template version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationTemplateView.class)))
    public Response get(@PathParam("id") UUID id) {
        EvaluationTemplateView v = templates.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_EVALUATION_TEMPLATES)
    @Idempotent
    @Versioned
    @Operation(operationId = "createDrillEvaluationTemplate", summary = "Add a version of an evaluation template: the next "
            + "version of its code (the first for a new code); earlier versions stay as they are for the evaluations using them")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationTemplateView.class)))
    public Response create(@NotNull @Valid EvaluationTemplateInput input) {
        EvaluationTemplateView v = templates.create(input);
        return Response.created(links.to("/api/v1/drill-evaluation-templates", v.id())).tag(Etags.of(v.version()))
                .entity(v).build();
    }
}
