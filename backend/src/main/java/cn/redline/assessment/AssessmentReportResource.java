package cn.redline.assessment;

import cn.redline.platform.Labels;
import cn.redline.platform.PdfReports;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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

/** HTTP only: one assessment's score sheets (§4.5 item 2). Built by {@link ScoreSheet}. */
@Path("/api/v1/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentReportResource {

    @Inject
    ScoreSheet sheets;

    @GET
    @Path("/{id}/score-sheet.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAssessmentScoreSheet", summary = "A score sheet as PDF: SELF (自评表: the indicator tree with "
            + "points and criteria, the self scores, deductions and documents, the principal's signature) or REVIEW (考核评分表: "
            + "self, metric, department, review and final points with reasons, adjustments, vetoes, total, grade and rank, the "
            + "assessment group's signature lines); for whoever may see the assessment")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response scoreSheet(@PathParam("id") UUID id,
                               @Parameter(description = "SELF or REVIEW") @QueryParam("kind") @NotNull ScoreSheet.Kind kind,
                               @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        AssessmentView.Explained e = sheets.explained(id);
        return PdfReports.downloadAs(sheets.render(e, kind, labels), labels, sheets.fileName(e, kind, labels), "assessment-score-sheet.pdf");
    }
}
