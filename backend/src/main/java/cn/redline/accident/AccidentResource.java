package cn.redline.accident;

import cn.redline.org.CallerOrg;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the accident register (事故登记). Rules live in {@link Accidents} and {@link AccidentLevel}. */
@Path("/api/v1/accidents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accidents")
public class AccidentResource {

    @Inject
    Accidents accidents;

    @Inject
    AccidentBulk bulk;

    @Inject
    CallerOrg callerOrg;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listAccidents", summary = "Accidents in the caller's scope, latest first, with filters")
    public AccidentPage list(
            @Parameter(description = "Only accidents in this org's subtree") @QueryParam("orgId") UUID orgId,
            @QueryParam("level") AccidentLevel level,
            @Parameter(description = "Occurred on or after this day (China)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Occurred on or before this day (China)") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return accidents.list(orgId, new AccidentRepository.Filter(null, level, from, to), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.RECORD_ACCIDENTS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createAccident", summary = "Enter an accident; its level is derived from the figures "
            + "(ACC 3); retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccidentView.class)))
    public Response create(@NotNull @Valid AccidentInput input) {
        AccidentView created = accidents.create(input, callerOrg.orgId());
        return Response.created(links.to("/api/v1/accidents", created.id()))
                .tag(Etags.of(created.version())).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.PUSH_ACCIDENTS)
    @Idempotent
    @Operation(operationId = "pushAccidents", summary = "Push up to 200 accidents from a 直报 system; each item is "
            + "CREATED, EXISTING (same externalRef before) or INVALID")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccidentBulk.Request.class)))
    public Response bulk(@NotNull @Valid AccidentBulk.Batch request) {
        return Response.ok(bulk.push(request.items())).build();
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getAccident", summary = "One accident")
    @APIResponse(responseCode = "200", description = "The accident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccidentView.class)))
    public Response get(@PathParam("id") UUID id) {
        AccidentView v = accidents.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.RECORD_ACCIDENTS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "correctAccident", summary = "Correct an accident (with a reason); the level is derived "
            + "again and every changed field is kept in its history")
    @APIResponse(responseCode = "200", description = "The accident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccidentView.class)))
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid AccidentInput input) {
        AccidentView v = accidents.correct(id, ifMatch, input);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAccidentHistory", summary = "The accident's history: its entry and every correction "
            + "with actor, time, reason and the fields before and after")
    public AccidentHistory.History history(@PathParam("id") UUID id) {
        return accidents.history(id);
    }
}
