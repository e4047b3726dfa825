package cn.redline.org;

import cn.redline.platform.Etags;
import cn.redline.platform.Idempotent;
import cn.redline.platform.PageParams;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Capability;
import cn.redline.platform.Versioned;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the organization tree. Rules live in {@link OrgService}. */
@Path("/api/v1/orgs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrgResource {

    static final String CODE_PATTERN = "[0-9A-Za-z-]+";

    @Inject
    PublicLinks links;

    @Inject
    OrgService service;

    @GET
    @Operation(operationId = "listOrgs", summary = "List organizations in the caller's scope, with filters and a cursor")
    public OrgPage list(
            @Parameter(description = "Only this kind") @QueryParam("kind") OrgKind kind,
            @Parameter(description = "Only direct children of this org") @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Only this org and its descendants") @QueryParam("subtreeOf") UUID subtreeOf,
            @Parameter(description = "Enterprises in, or departments supervising, this industry")
            @QueryParam("industry") @Size(max = 40) String industry,
            @Parameter(description = "Name contains, or code starts with, this text") @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("sort") @DefaultValue("code") OrgRepository.Sort sort,
            @Valid @BeanParam PageParams page) {
        String text = q == null || q.isBlank() ? null : q.strip();
        return service.list(new OrgRepository.Filter(kind, parentId, null, industry, text), subtreeOf, sort, page);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getOrg", summary = "Get one organization")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @GET
    @Path("/by-code/{code}")
    @Versioned
    @Operation(operationId = "getOrgByCode", summary = "Get one organization by its official code")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgView.class)))
    public Response getByCode(@PathParam("code") @Size(max = 32) @Pattern(regexp = CODE_PATTERN) String code) {
        return withEtag(Response.ok(), service.getByCode(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.EDIT_ORGS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createOrg", summary = "Create an organization (admin, or a safety office inside its subtree)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgView.class)))
    public Response create(@NotNull @Valid OrgInput input) {
        OrgView created = service.create(input);
        return withEtag(Response.created(links.to("/api/v1/orgs", created.id())), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.EDIT_ORGS)
    @Versioned(ifMatch = Versioned.IfMatch.REQUIRED)
    @Operation(operationId = "updateOrg", summary = "Replace an organization's fields; requires If-Match with its ETag")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgView.class)))
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrgInput input) {
        return withEtag(Response.ok(), service.update(id, ifMatch, input));
    }

    private static Response withEtag(Response.ResponseBuilder rb, OrgView view) {
        return rb.tag(Etags.of(view.version())).entity(view).build();
    }
}
