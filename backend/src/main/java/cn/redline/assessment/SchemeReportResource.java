package cn.redline.assessment;

import cn.redline.platform.Downloads;
import cn.redline.platform.Labels;
import cn.redline.platform.PdfReports;
import cn.redline.platform.Xlsx;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP only: a scheme's reports (§4.5): the scheme document, every score with its trail, the 通报, the year-over-year view
 * and the report to the 纪检监察机关 and 组织部门. Built by {@link SchemeDocument}, {@link ScoreExport},
 * {@link AssessmentBulletin}, {@link YearOverYear} and {@link OversightReport}.
 */
@Path("/api/v1/assessment-schemes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class SchemeReportResource {

    @Inject
    ScoreExport scores;

    @Inject
    AssessmentBulletin bulletin;

    @Inject
    Schemes schemes;

    @Inject
    YearOverYear yearOverYear;

    @Inject
    OversightReport oversight;

    @Inject
    SchemeDocument document;

    @GET
    @Path("/{id}/scores.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportAssessmentScores", summary = "Every score of the scheme with its trail as an Excel workbook in "
            + "the caller's language, for the assessments the caller may see: per target and indicator the self score, metric "
            + "value and points, department and review points, final points, who set them, when, why and the documents, with "
            + "total, grade and rank; a summary per target; every value ever set")
    @APIResponse(responseCode = "200", description = "考核评分明细.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response scores(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String name = schemes.visible(id).title + labels.text("assessmentReport.scores.fileName") + ".xlsx";
        return Response.ok(scores.workbook(id, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(name, "assessment-scores.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/{id}/bulletin.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAssessmentBulletin", summary = "The results as a 通报 PDF: PRELIMINARY (公示, once proposed, "
            + "with the objection window) or FINAL (结果通报, once published, with its 文号 and the consequences); per group the "
            + "targets by rank with total, grade and vetoes. PUBLIC has no reasons and no personal names; INTERNAL (the issuing "
            + "side only, 403 otherwise) adds the deductions with their reasons and the accountability actions with their "
            + "addressees; 409 before the stage is reached")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bulletin(@PathParam("id") UUID id,
                             @Parameter(description = "PUBLIC or INTERNAL") @QueryParam("variant") @NotNull AssessmentBulletin.Variant variant,
                             @Parameter(description = "PRELIMINARY or FINAL") @QueryParam("stage") @NotNull AssessmentBulletin.Stage stage,
                             @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] pdf = bulletin.render(id, variant, stage, labels);
        return PdfReports.downloadAs(pdf, labels, bulletin.fileName(id, stage, labels), "assessment-bulletin.pdf");
    }

    @GET
    @Path("/{id}/year-over-year")
    @Operation(operationId = "getAssessmentYearOverYear", summary = "The year-over-year view of the scheme's series: per target "
            + "the caller may see, its total, grade and rank in every published assessment of the series up to this one (years "
            + "and half-years), the same grade running and last place running, flagged when a consequence rule is reached")
    public YearOverYear.View yearOverYear(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return yearOverYear.of(id, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/{id}/year-over-year.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportAssessmentYearOverYear", summary = "The year-over-year view as an Excel table in the caller's "
            + "language: a row per target, per period its grade, total and rank, the runs and the flags in words")
    @APIResponse(responseCode = "200", description = "考核结果历年对比.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response yearOverYearWorkbook(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String name = schemes.visible(id).title + labels.text("assessmentReport.yearOverYear.fileName") + ".xlsx";
        return Response.ok(yearOverYear.workbook(id, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(name, "assessment-year-over-year.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAssessmentSchemeDocument", summary = "The scheme as the document its issuer publishes (考核办法 / "
            + "实施方案) in the caller's language: title, 文号 (a draft says so), period and deadlines, target groups, the indicator "
            + "tree with points, method, scoring rules and data source, grade bands, vetoes, bonuses and deductions with the cap, "
            + "and the consequences, in sentences; for whoever may read the scheme")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return PdfReports.downloadAs(document.render(id, labels), labels, document.fileName(id), "assessment-scheme.pdf");
    }

    @GET
    @Path("/{id}/oversight-report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAssessmentOversightReport", summary = "The report to the 纪检监察机关 and the 组织部门 (A12) on the "
            + "published results as PDF: grades and ranks, the accidents of the period in the targets' scopes, the vetoes, and the "
            + "accountability per leader (the actions addressed to each, the award and promotion bars with their period); for the "
            + "issuing side only, like the internal 通报 (403 otherwise), 409 before the results are published; records outside "
            + "the caller's scope are left out")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response oversightPdf(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] pdf = oversight.pdf(id, labels);
        return PdfReports.downloadAs(pdf, labels, oversight.fileName(id, labels) + ".pdf", "assessment-oversight-report.pdf");
    }

    @GET
    @Path("/{id}/oversight-report.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportAssessmentOversightReport", summary = "The report to the 纪检监察机关 and the 组织部门 as an Excel "
            + "workbook in the caller's language: results, accidents, and accountability per leader (one row per person and "
            + "action, with the bars and their period); same access as the PDF")
    @APIResponse(responseCode = "200", description = "考核及问责情况报告.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response oversightWorkbook(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        StreamingOutput workbook = oversight.workbook(id, labels);
        return Response.ok(workbook, Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(oversight.fileName(id, labels) + ".xlsx",
                        "assessment-oversight-report.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }
}
