package cn.redline.drill;

import cn.redline.platform.Downloads;
import cn.redline.platform.Etags;
import cn.redline.platform.Labels;
import cn.redline.platform.PageParams;
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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: drill rules edited per region, and drill-duty coverage. Rules live in {@link DrillRules} and {@link DrillCoverage}. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillDutyResource {

    @Inject
    DrillRules rules;

    @Inject
    DrillCoverage coverage;

    @Inject
    KeyUnitReports keyUnitReports;

    @Inject
    DrillSupervisionSummary supervision;

    @GET
    @Path("/drill-rules/{id}")
    @Versioned
    @PermissionsAllowed(Capability.Name.MANAGE_REQUIREMENT_RULES)
    @Operation(operationId = "getDrillRule", summary = "A drill rule with its ETag, to edit it (MANAGE_REQUIREMENT_RULES)")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillRuleView.class)))
    public Response rule(@PathParam("id") UUID id) {
        DrillRuleView view = rules.get(id);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @PUT
    @Path("/drill-rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_REQUIREMENT_RULES)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateDrillRule", summary = "Edit a drill rule's terms for a region, with its citation (MANAGE_REQUIREMENT_RULES); "
            + "every obligation it touches is recounted in the same transaction and the answer says what the recount did")
    @APIResponse(responseCode = "200", description = "Updated and recounted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrillRuleView.class)))
    public Response updateRule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid DrillRuleInput input) {
        DrillRuleView view = rules.update(id, ifMatch, input);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @GET
    @Path("/drill-coverage")
    @Operation(operationId = "getDrillCoverage", summary = "Drill-duty coverage of an organization's subtree for the periods "
            + "holding a day: red/yellow/green per child organization (scope: the caller's; outside is 404)")
    public DrillCoverageView coverage(@BeanParam @Valid CoverageParams p) {
        return coverage.coverage(p.orgId, p.filter());
    }

    @GET
    @Path("/drill-coverage/debts")
    @Operation(operationId = "listDrillDebts", summary = "Who in an organization's subtree has not met which drill duty, "
            + "fewest days left first, each with the reason in words")
    public DrillDebtPage debts(@BeanParam @Valid CoverageParams p, @Valid @BeanParam PageParams page) {
        return coverage.debts(p.orgId, p.filter(), page);
    }

    @GET
    @Path("/drill-coverage/scenarios")
    @Operation(operationId = "getDrillScenarioCoverage", summary = "Emergency plans and scenario types of an organization's "
            + "subtree not drilled in the last years (default 3)")
    public DrillScenarioCoverage scenarios(
            @Parameter(description = "The organization", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "The day looked back from (default today)") @QueryParam("on") LocalDate on,
            @QueryParam("years") @DefaultValue("3") @Min(1) @Max(10) int years,
            @Valid @BeanParam PageParams page) {
        return coverage.scenarios(orgId, on, years, page);
    }

    @GET
    @Path("/drill-coverage/key-unit-reports")
    @Operation(operationId = "getKeyUnitReports", summary = "Key-unit half-year drill reports received (§3.6 item 4): per emergency "
            + "key unit of the caller's scope its held drills of the half, reported on time, late, missing, or no drill at all")
    public KeyUnitReportView keyUnitReports(
            @Parameter(description = "The half-year, e.g. 2026-H1", required = true) @QueryParam("half") @NotNull @Size(max = 7)
            @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-H[12]") String half,
            @Parameter(description = "Only key units in this organization's subtree (default: the caller's whole scope)")
            @QueryParam("orgId") UUID orgId) {
        return keyUnitReports.reports(half, orgId);
    }

    @GET
    @Path("/drill-coverage/supervision-summary")
    @Operation(operationId = "getDrillSupervisionSummary", summary = "Yearly 应急预案 and drill supervision summary for the superior "
            + "department (§3.6 item 7, D22): plans by kind and filed, drills held by form, spot checks and their results, "
            + "correction orders open and closed, key-unit reports received, late and missing, for the caller's scope")
    public DrillSupervisionSummaryView supervisionSummary(
            @Parameter(description = "The year", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Only this organization's subtree (default: the caller's whole scope)") @QueryParam("orgId") UUID orgId) {
        return supervision.of(year, orgId);
    }

    @GET
    @Path("/drill-coverage/supervision-summary.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportDrillSupervisionSummary", summary = "The yearly supervision summary (D22) as an Excel workbook "
            + "in the caller's language")
    @APIResponse(responseCode = "200", description = "年度应急预案与演练监管汇总.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response supervisionSummaryWorkbook(
            @Parameter(description = "The year", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Only this organization's subtree (default: the caller's whole scope)") @QueryParam("orgId") UUID orgId,
            @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(supervision.workbook(year, orgId, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(
                        labels.text("supervisionSummary.fileName", java.util.Map.of("year", year)) + ".xlsx",
                        "drill-supervision-" + year + ".xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/drill-coverage/ledger.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportDrillLedger", summary = "演练台账: the drills of an organization's subtree as an Excel workbook "
            + "(at most 50,000 rows)")
    @APIResponse(responseCode = "200", description = "演练台账.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response ledger(@Parameter(description = "The organization", required = true) @QueryParam("orgId") @NotNull UUID orgId,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(coverage.ledger(orgId, from, to, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(labels.text("drillLedger.fileName") + ".xlsx", "drills.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    /** The filters of the coverage reads. */
    public static class CoverageParams {

        @Parameter(description = "The organization whose subtree is read", required = true)
        @QueryParam("orgId")
        @NotNull
        public UUID orgId;

        @Parameter(description = "The day whose periods are read (default today, Asia/Shanghai)")
        @QueryParam("on")
        public LocalDate on;

        @Parameter(description = "Only enterprises of this industry")
        @QueryParam("industry")
        @Size(max = 40)
        public String industry;

        @Parameter(description = "Only emergency key units (true) or only other enterprises (false)")
        @QueryParam("emergencyKeyUnit")
        public Boolean emergencyKeyUnit;

        @Parameter(description = "Only this rule, e.g. KEY_HALF")
        @QueryParam("ruleCode")
        @Size(max = 60)
        public String ruleCode;

        DrillCoverage.Filter filter() {
            return new DrillCoverage.Filter(on, industry, emergencyKeyUnit, ruleCode);
        }
    }
}
