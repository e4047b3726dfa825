package cn.redline.assessment;

import cn.redline.platform.Capability;
import cn.redline.platform.Etags;
import cn.redline.platform.Labels;
import cn.redline.platform.PageParams;
import cn.redline.platform.Versioned;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: assessments per target (§4.3). Rules live in {@link Assessments} and {@link AssessmentWorkflow}. */
@Path("/api/v1/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @Inject
    Projections projections;

    @Schema(name = "AssessmentList")
    public record AssessmentList(@Schema(maxItems = 2000) List<AssessmentView> items) {
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "The assessments of a scheme the caller may see (the issuing side all, "
            + "a target its own, a scoring department those it scores), by group and rank")
    public AssessmentList list(@Parameter(description = "The scheme") @QueryParam("schemeId") @NotNull UUID schemeId) {
        return new AssessmentList(assessments.ofScheme(schemeId));
    }

    @Schema(name = "UnitAssessment", description = "An assessment of the caller's own unit with its scheme in brief")
    public record UnitAssessment(AssessmentView assessment, @Schema(maxLength = 200) String schemeTitle,
                                 @Schema(minimum = "2000", maximum = "2100") int year, AssessmentPeriod period,
                                 SchemeStatus schemeStatus) {
    }

    @Schema(name = "UnitAssessments")
    public record UnitAssessments(@Schema(maxItems = 50) List<UnitAssessment> items) {
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed(Capability.Name.VIEW_UNIT_OUTLOOK)
    @Operation(operationId = "listMyAssessments", summary = "The assessments of the caller's own unit as target (the leader's "
            + "view), open ones first, then the latest period first; at most 50")
    public UnitAssessments mine() {
        return new UnitAssessments(assessments.ofOwnUnit());
    }

    @GET
    @Path("/scores")
    @Operation(operationId = "listAssessmentScores", summary = "The explained scores of a scheme's assessments the caller may "
            + "see, a page at a time in one call (the board): the issuing side and its scoring departments every target's, a "
            + "target its own")
    public AssessmentView.ScorePage scores(@Parameter(description = "The scheme") @QueryParam("schemeId") @NotNull UUID schemeId,
                                           @Parameter(description = "Explained scores per page (each carries every value ever set "
                                                   + "and the snapshots it read, tens of kilobytes)")
                                           @QueryParam("limit") @DefaultValue("" + AssessmentView.SCORE_PAGE_MAX) @Min(1)
                                           @Max(AssessmentView.SCORE_PAGE_MAX) int limit,
                                           @Parameter(description = "nextCursor of the previous page; omit for the first page")
                                           @QueryParam("cursor") @Size(max = PageParams.CURSOR_MAX)
                                           @Pattern(regexp = PageParams.CURSOR_PATTERN) String cursor) {
        PageParams page = new PageParams();
        page.limit = limit;
        page.cursor = cursor;
        return assessments.scoresOf(schemeId, page);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getAssessment", summary = "One target's assessment with the actions the caller may take now")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@PathParam("id") UUID id) {
        AssessmentView v = assessments.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/score")
    @Operation(operationId = "getAssessmentScore", summary = "The explained score: every point traced to its rule, snapshot or "
            + "evidence and the person who set it, every value ever set with who and when, and the metric snapshots it read")
    public AssessmentView.Explained score(@PathParam("id") UUID id) {
        return assessments.explain(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAssessmentHistory", summary = "The assessment's history, oldest first: every step with who, "
            + "when, what and why (workflow actions, the scheme's steps, withdrawals)")
    public AssessmentHistory history(@PathParam("id") UUID id) {
        return assessments.history(id);
    }

    @GET
    @Path("/{id}/objections")
    @Operation(operationId = "listAssessmentObjections", summary = "The objections raised against the assessment's preliminary "
            + "result, oldest first, with the indicators, reason, evidence and the decision on each")
    public AssessmentHistory.Objections objections(@PathParam("id") UUID id) {
        return assessments.objections(id);
    }

    @GET
    @Path("/{id}/projection")
    @Operation(operationId = "getAssessmentProjection", summary = "The live projection (mid-period): the provisional total and "
            + "grade from the values set so far and the metrics as they stand now (not the frozen snapshots), each leaf with "
            + "whether it can still move, its live metric and the points at stake, the veto rules on the live values and the "
            + "unit's veto early warnings; nothing is stored")
    public AssessmentProjection projection(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return projections.projection(id, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @POST
    @Path("/{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_ASSESSMENTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "setAssessmentValue", summary = "Set a value: SELF (the target, while self-assessing, with evidence), "
            + "DEPARTMENT (a scoring department), REVIEW (the assessment group's override; reason required), ADJUSTMENT or VETO; "
            + "earlier values stay in the record")
    public AssessmentView.Explained set(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @NotNull @Valid AssessmentValueInput input) {
        return assessments.set(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.ACT_ON_ASSESSMENTS)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionAssessment", summary = "Take a workflow action on an assessment: START, SUBMIT_SELF "
            + "(signedBy), REVIEW, RETURN_FOR_SUPPLEMENT (comment), COMPLETE_REVIEW, OBJECT (within the window), DECIDE; "
            + "409 with the allowed actions otherwise. A failing target's rectification (RECTIFYING) is filed and accepted on its "
            + "整改方案 in the accountability register (the assessment's rectification), whose end closes the assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid AssessmentTransition transition) {
        AssessmentView v = assessments.transition(id, ifMatch, transition);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
