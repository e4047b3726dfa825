package cn.redline.duty.list;

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

/** HTTP only: list templates (清单模板). Read by every list issuer, written by template managers ({@link Templates}). */
@Path("/api/v1/list-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "List templates")
public class TemplateResource {

    @Inject
    Templates templates;

    @Inject
    PublicLinks links;

    @GET
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Operation(operationId = "listListTemplates", summary = "The newest version of every template code the caller may "
            + "draft from, by code")
    public TemplateViews.Page list(
            @QueryParam("holderKind") HolderKind holderKind,
            @Parameter(description = "Also the retired codes") @QueryParam("includeRetired") @DefaultValue("false")
            boolean includeRetired,
            @Valid @BeanParam PageParams page) {
        return templates.page(new Templates.Filter(holderKind, includeRetired), page);
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Capability.Name.ISSUE_LISTS)
    @Versioned
    @Operation(operationId = "getListTemplate", summary = "One template version with its duty items")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateViews.Detail.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(templates.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_LIST_TEMPLATES)
    @Idempotent
    @Versioned
    @Operation(operationId = "createListTemplate", summary = "Write a new template code (version 1)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateViews.Detail.class)))
    public Response create(@NotNull @Valid TemplateInputs.Create input) {
        TemplateViews.Detail created = templates.create(input);
        return Response.created(links.to("/api/v1/list-templates", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_LIST_TEMPLATES)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "updateListTemplate", summary = "Edit a template's newest version: the answer is the next "
            + "version; lists drafted before keep theirs")
    @APIResponse(responseCode = "200", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateViews.Detail.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TemplateInputs.Update input) {
        return ok(templates.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/retire")
    @PermissionsAllowed(Capability.Name.MANAGE_LIST_TEMPLATES)
    @Versioned(ifMatch = Versioned.IfMatch.OPTIONAL)
    @Operation(operationId = "retireListTemplate", summary = "Retire a template code: no new list is drafted from it")
    @APIResponse(responseCode = "200", description = "The retired version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateViews.Detail.class)))
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(templates.retire(id, ifMatch));
    }

    private static Response ok(TemplateViews.Detail v) {
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
