package cn.redline.drill;

import cn.redline.platform.Capability;
import cn.redline.platform.Labels;
import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: a held drill's evaluation (one per drill). Rules live in {@link DrillEvaluations}. */
@Path("/api/v1/drills/{id}/evaluation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillEvaluationResource {

    @Inject
    DrillEvaluations evaluations;

    @Inject
    PublicLinks links;

    @Inject
    EvaluationReport report;

    @GET
    @Versioned
    @Operation(operationId = "getDrillEvaluation", summary = "The drill's evaluation with its scores, grade and what "
            + "SUBMIT_EVALUATION still waits for (404 when none is entered yet)")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    public Response get(@PathParam("id") UUID drillId) {
        EvaluationView v = evaluations.get(drillId);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createDrillEvaluation", summary = "Start the evaluation of a CONDUCTED or TERMINATED drill "
            + "against a template version (default the newest AQ9009): team, answers, self-assessments, debrief, conclusion; "
            + "a draft may be incomplete")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    public Response create(@PathParam("id") UUID drillId, @NotNull @Valid EvaluationInput input) {
        EvaluationView v = evaluations.create(drillId, input);
        return Response.created(links.to("/api/v1/drills/" + drillId, "evaluation")).tag(Etags.of(v.version()))
                .entity(v).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_DRILLS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateDrillEvaluation", summary = "Replace the draft evaluation (until the drill's "
            + "SUBMIT_EVALUATION seals it)")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    public Response update(@PathParam("id") UUID drillId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid EvaluationInput input) {
        EvaluationView v = evaluations.update(drillId, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getDrillEvaluationReport", summary = "The drill evaluation report (演练评估报告) as PDF in the "
            + "sections of GB/T 46792 annex E: cover, basics, team and method, preparation and execution results, problems "
            + "and causes, recommendations, conclusion, and the evaluation form; in words (Accept-Language zh-CN or en)")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response report(@PathParam("id") UUID drillId, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return cn.redline.platform.PdfReports.download(report.render(drillId, labels), labels, "drillEvaluationReport", "drill-evaluation-report.pdf");
    }
}
