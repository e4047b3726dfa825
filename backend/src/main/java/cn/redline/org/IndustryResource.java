package cn.redline.org;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/industries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class IndustryResource {

    @Inject
    OrgService service;

    @GET
    @Operation(operationId = "listIndustries", summary = "List the industries (reference data)")
    @APIResponse(responseCode = "200", description = "All industries, in display order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 100, implementation = IndustryView.class)))
    public List<IndustryView> list() {
        return service.industries();
    }
}
