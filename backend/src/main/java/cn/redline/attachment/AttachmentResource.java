package cn.redline.attachment;

import cn.redline.platform.Downloads;
import cn.redline.platform.Idempotent;
import cn.redline.platform.Problem;
import cn.redline.platform.PublicLinks;
import cn.redline.platform.Capability;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP only: evidence files. The body of an upload is the raw file (no multipart), so a phone can retry
 * it with the same Idempotency-Key. Rules live in {@link AttachmentService} and {@link Upload}.
 */
@Path("/api/v1/attachments")
@Authenticated
@Tag(name = "Attachments")
public class AttachmentResource {

    private static final String BINARY = "binary";

    @Inject
    PublicLinks links;

    @Inject
    AttachmentService service;

    @ConfigProperty(name = "redline.attachments.max-bytes", defaultValue = "10M")
    MemorySize maxBytes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Capability.Name.UPLOAD_ATTACHMENTS)
    @Operation(operationId = "uploadAttachment", summary = "Upload a photo or PDF (the raw bytes as the body); "
            + "it stays private to the uploader until a record (hazard, drill …) attaches it, and is removed if none "
            + "does within 24 hours (unless configured otherwise). Only roles that attach files may upload")
    @RequestBody(required = true, description = "The file itself; its content must match its Content-Type", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BINARY))})
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (10 MiB unless configured otherwise)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The Content-Type is not a supported file type, "
            + "or the content is not what the Content-Type says (checked by the file's leading bytes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "The caller's files not yet attached to a record exceed the "
            + "quota (100 MiB unless configured otherwise); Retry-After tells when the oldest is removed",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "1", maximum = "31536000")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @Idempotent
    public Response upload(
            @Parameter(required = true, description = "The file's name as the user knows it, without a path",
                    example = "脚手架隐患.jpg")
            @QueryParam("fileName") @Size(max = Upload.MAX_NAME) String fileName,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        FileKind declared = Upload.declaredKind(contentType);
        Upload upload = Upload.read(fileName, declared, body, maxBytes.asLongValue());
        AttachmentView created = service.create(upload);
        return Response.created(links.to("/api/v1/attachments", created.id()))
                .type(MediaType.APPLICATION_JSON).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAttachment", summary = "Get an attachment's metadata")
    public AttachmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getAttachmentContent", summary = "Download an attachment's bytes")
    @APIResponse(responseCode = "200", description = "The file, with its stored Content-Type",
            headers = {
                @Header(name = "ETag", description = "The content's SHA-256; send in If-None-Match to revalidate",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 66)),
                @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING, maxLength = 1000))},
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BINARY))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current content")
    @APIResponse(responseCode = "503", description = "The file's content is not in this server's store (several "
            + "instances keeping files on their own disks); try again after Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "1", maximum = "31536000")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response content(@PathParam("id") UUID id, @Context Request request) {
        AttachmentService.Content c = service.content(id);
        AttachmentView v = c.view();
        EntityTag tag = new EntityTag(v.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder rb = notModified != null ? notModified
                : Response.ok(c.open().get(), v.contentType())
                        .header(HttpHeaders.CONTENT_LENGTH, v.size())
                        .header(Downloads.HEADER, Downloads.contentDisposition(v.fileName()));
        // Served bytes were checked on upload; nosniff and a sandboxing CSP keep browsers from reinterpreting them.
        return rb.tag(tag)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }
}
