package cn.redline.dutyreport;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.list.HolderKind;
import cn.redline.duty.list.Publicity;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Caller;
import cn.redline.platform.Capability;
import cn.redline.platform.Downloads;
import cn.redline.platform.Labels;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP only: the reports over responsibility lists and their obligations (§2.5), in the caller's scope. An org or
 * post outside the scope answers 404, as one that does not exist.
 */
@Path("/api/v1/duty-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty reports")
public class DutyReportResource {

    @Inject
    MyDuties myDuties;

    @Inject
    FulfilmentMatrix matrix;

    @Inject
    MatrixDrillDown drillDown;

    @Inject
    GapFinder gaps;

    @Inject
    SigningProgress signing;

    @Inject
    ListCompilation compilation;

    @Inject
    DutyDossier dossier;

    @Inject
    OrgRepository orgs;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    Clock clock;

    @GET
    @Path("/my-duties")
    @Operation(operationId = "getMyDuties", summary = "What the caller owes in the periods running today: the posts they "
            + "hold today and their org, at risk first")
    public MyDuties.Result myDuties() {
        return myDuties.mine();
    }

    @GET
    @Path("/matrix")
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "getFulfilmentMatrix", summary = "The fulfilment matrix of a subtree for a year: requirement "
            + "× period, obligations counted by status, 三色")
    public FulfilmentMatrix.Matrix matrix(
            @Valid @BeanParam SubtreeYear at) {
        return matrix.of(org(at.orgId), yearOr(at.year), caller.scope());
    }

    @GET
    @Path("/matrix/obligations")
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "listMatrixObligations", summary = "One cell of the fulfilment matrix opened: its obligations "
            + "with the holder then and the evidence and its files")
    public MatrixDrillDown.Result cell(
            @Parameter(description = "The subtree's root; the caller's org when omitted") @QueryParam("orgId") UUID orgId,
            @Parameter(description = "A rule row's ruleId; or give dutyKey") @QueryParam("ruleId") UUID ruleId,
            @Parameter(description = "A duty row's dutyKey; or give ruleId") @QueryParam("dutyKey") UUID dutyKey,
            @Parameter(description = "The column, e.g. 2026-Q2") @QueryParam("periodKey") @NotNull @Size(max = 24)
            @Pattern(regexp = "[0-9HQDM+-]*") String periodKey,
            @QueryParam("status") ObligationStatus status,
            @Valid @BeanParam PageParams page) {
        if ((ruleId == null) == (dutyKey == null)) {
            throw ProblemException.invalid("ruleId", "give either ruleId or dutyKey");
        }
        return drillDown.of(org(orgId), new MatrixDrillDown.RowKey(ruleId, dutyKey), periodKey, status, caller.scope(),
                Times.today(clock), page.limit, page.after());
    }

    @GET
    @Path("/signing-progress")
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "getSigningProgress", summary = "Signing progress of a subtree's lists for a year: issued, "
            + "published, signed and in force, by the level of the holder's region and holder kind")
    public SigningProgress.Progress signingProgress(
            @Valid @BeanParam SubtreeYear at) {
        return signing.of(org(at.orgId), yearOr(at.year), caller.scope());
    }

    @GET
    @Path("/signing-progress/unsigned")
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "listUnsignedLists", summary = "The lists of a subtree and year that nobody has signed yet (their "
            + "latest version), by code")
    public SigningProgress.UnsignedPage unsigned(
            @Valid @BeanParam SubtreeYear at,
            @Parameter(description = "Only holders in regions of this level") @QueryParam("level") RegionLevel level,
            @Parameter(description = "Only lists of this holder kind") @QueryParam("holderKind") HolderKind holderKind,
            @Valid @BeanParam PageParams page) {
        return signing.unsigned(org(at.orgId), yearOr(at.year), level, holderKind, caller.scope(), page.limit, page.after());
    }

    @GET
    @Path("/gaps")
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "getDutyGaps", summary = "三管三必须 gap finder for a subtree and year: unsupervised enterprises, "
            + "territories without a signed list, enterprise posts without a list")
    public GapFinder.Gaps gaps(
            @Valid @BeanParam SubtreeYear at) {
        return gaps.of(org(at.orgId), yearOr(at.year), caller.scope());
    }

    @GET
    @Path("/list-compilation.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @PermissionsAllowed(Capability.Name.VIEW_DUTY_REPORTS)
    @Operation(operationId = "exportListCompilation", summary = "清单汇编: the signed lists of a subtree and year, one row per "
            + "duty item, as an Excel workbook; the PUBLIC variant holds the lists marked PUBLIC and no names of persons")
    @APIResponse(responseCode = "200", description = "责任清单汇编.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response compilation(
            @Valid @BeanParam SubtreeYear at,
            @Parameter(description = "INTERNAL (default): every signed list with who signed it; PUBLIC: for 公示, without "
                    + "personal data") @QueryParam("variant") Publicity variant,
            @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Publicity which = variant == null ? Publicity.INTERNAL : variant;
        StreamingOutput xlsx = compilation.export(org(at.orgId), yearOr(at.year), which, caller.scope(), labels);
        String name = labels.text(which == Publicity.PUBLIC ? "listCompilation.publicFileName" : "listCompilation.fileName");
        return Response.ok(xlsx, Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(name + ".xlsx", "list-compilation.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }

    @GET
    @Path("/dossier.pdf")
    @Produces("application/pdf")
    @PermissionsAllowed(Capability.Name.EXPORT_DUTY_DOSSIER)
    @Operation(operationId = "getDutyDossier", summary = "The duty dossier (履职档案) of a post or a person over a date range "
            + "as PDF: tenures, obligations, evidence with the holder on its date, a manifest of file hashes")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response dossier(
            @Parameter(description = "The post; or give personRef") @QueryParam("postId") UUID postId,
            @Parameter(description = "The person (their reference on post assignments); or give postId")
            @QueryParam("personRef") @Size(min = 1, max = 100) String personRef,
            @Parameter(description = "First day; 1 January of this year when omitted") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day; today when omitted") @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        if ((postId == null) == (personRef == null)) {
            throw ProblemException.invalid("postId", "give either postId or personRef");
        }
        LocalDate today = Times.today(clock);
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] pdf = dossier.render(new DutyDossier.Subject(postId, personRef), from == null ? today.withDayOfYear(1) : from,
                to == null ? today : to, caller.scope(), labels);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Language", labels.language())
                .header(Downloads.HEADER, Downloads.contentDisposition(labels.text("dutyDossier.fileName") + ".pdf", "dossier.pdf"))
                .build();
    }

    private int yearOr(Integer year) {
        return year == null ? Times.today(clock).getYear() : year;
    }

    private Org org(UUID orgId) {
        return orgs.findVisible(orgId == null ? callerOrg.orgId() : orgId, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("Organization"));
    }
}
