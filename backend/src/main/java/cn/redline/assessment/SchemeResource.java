package cn.redline.assessment;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: assessment schemes (考核方案). Rules live in {@link Schemes}, {@link SchemeCheck} and {@link SchemeWorkflow}. */
@Path("/api/v1/assessment-schemes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class SchemeResource {

    @Inject
    Schemes schemes;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listAssessmentSchemes", summary = "Schemes the caller issues (its subtree) and published "
            + "schemes of the orgs above it, latest first")
    public SchemePage list(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("status") SchemeStatus status,
                           @Valid @BeanParam PageParams page) {
        return schemes.list(new SchemeRepository.Filter(year, status), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_ASSESSMENT_SCHEMES)
    @Idempotent
    @Versioned
    @Operation(operationId = "createAssessmentScheme", summary = "Draft a scheme; its rules are checked for structure "
            + "(the points only when it is published); retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeView.class)))
    public Response create(@NotNull @Valid SchemeInput input) {
        SchemeView created = schemes.create(input);
        return Response.created(links.to("/api/v1/assessment-schemes", created.id()))
                .tag(Etags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getAssessmentScheme", summary = "One scheme, with what keeps a draft from publication")
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeView.class)))
    public Response get(@PathParam("id") UUID id) {
        SchemeView v = schemes.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_ASSESSMENT_SCHEMES)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateAssessmentScheme", summary = "Replace a draft's rules; a published or opened scheme "
            + "is frozen (409)")
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid SchemeInput input) {
        SchemeView v = schemes.update(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "transitionAssessmentScheme", summary = "Take a workflow action on a scheme: PUBLISH "
            + "(422 scheme-points-mismatch when the leaf points do not add up), REVISE, OPEN (creates an assessment per target), "
            + "START_REVIEW (freezes the metrics), PROPOSE_RESULTS (all reviewed; ranks, objection window), APPROVE (a leader, "
            + "window closed, objections decided), PUBLISH_RESULTS (通报文号; failing targets rectify), CLOSE; the roles of each "
            + "row are in the workflow table (403)")
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid SchemeTransition transition) {
        SchemeView v = schemes.transition(id, ifMatch, transition);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/{id}/scoring")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreAssessmentScheme", summary = "Run the scoring algorithm (§4.4) on the scheme's rules "
            + "with the given facts: leaf points, rescaling, bonus cap, clamp, rounding, grade, downgrades, vetoes and ranks "
            + "per group, each point traced to its rule, snapshot or evidence and person; stores nothing")
    public ScoringFacts.Scored score(@PathParam("id") UUID id, @NotNull @Valid ScoringFacts.Batch batch) {
        return schemes.score(id, batch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAssessmentSchemeHistory", summary = "The scheme's history: creation, edits and every "
            + "workflow step with actor, time and reason")
    public SchemeHistory history(@PathParam("id") UUID id) {
        return schemes.history(id);
    }
}
