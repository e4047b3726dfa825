package cn.redline.org;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: posts and who held them when. Rules live in {@link PostService}. */
@Path("/api/v1/posts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostResource {

    @Inject
    PostService service;

    @Inject
    PublicLinks links;

    @GET
    @Operation(operationId = "listPosts", summary = "List posts of organizations in the caller's scope, with their holder on a day")
    public PostPage list(
            @Parameter(description = "Only posts of this organization") @QueryParam("orgId") UUID orgId,
            @Parameter(description = "Only this kind") @QueryParam("kind") PostKind kind,
            @Parameter(description = "The day whose holders are shown (default today, Asia/Shanghai)") @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageParams page) {
        return service.list(new PostRepository.Filter(orgId, kind), on, page);
    }

    @GET
    @Path("/{id}")
    @Versioned
    @Operation(operationId = "getPost", summary = "Get one post with the person who held it on a day")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    public Response get(@PathParam("id") UUID id,
                        @Parameter(description = "The day whose holder is shown (default today, Asia/Shanghai)")
                        @QueryParam("on") LocalDate on) {
        PostView view = service.get(id, on);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_POSTS)
    @Idempotent
    @Versioned
    @Operation(operationId = "createPost",
            summary = "Create a post (admin, a safety office inside its subtree, an enterprise for itself)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    public Response create(@NotNull @Valid PostInput input) {
        PostView created = service.create(input);
        return Response.created(links.to("/api/v1/posts", created.id())).tag(Etags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}/assignments")
    @Operation(operationId = "listPostAssignments", summary = "Everyone who held the post, newest first")
    public PostHistory assignments(@PathParam("id") UUID id) {
        return new PostHistory(service.assignments(id));
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_POSTS)
    @Idempotent
    @Operation(operationId = "assignPost", summary = "Appoint a person to the post; ends a still-open earlier assignment the day before")
    @APIResponse(responseCode = "201", description = "Appointed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostAssignmentView.class)))
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid PostAssignmentInput input) {
        PostAssignmentView created = service.assign(id, input);
        return Response.created(links.to("/api/v1/posts/" + id + "/assignments", created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/assignments/{assignmentId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.MANAGE_POSTS)
    @Operation(operationId = "endPostAssignment", summary = "End an open assignment with no successor yet (免职, retirement)")
    public PostAssignmentView end(@PathParam("id") UUID id, @PathParam("assignmentId") UUID assignmentId,
                                  @NotNull @Valid PostAssignmentEnd input) {
        return service.end(id, assignmentId, input);
    }
}
