package cn.redline.accountability;

import cn.redline.platform.Downloads;
import cn.redline.platform.Labels;
import cn.redline.platform.Xlsx;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the accountability register as an Excel download. Rows come from {@link AccountabilityRegister}. */
@Path("/api/v1/accountability-actions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability")
public class AccountabilityRegisterResource {

    @Inject
    AccountabilityRegister register;

    @GET
    @Path("/register.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "exportAccountabilityRegister", summary = "The accountability register (约谈 / 通报 / 说明情况 / "
            + "整改方案 …) as an Excel table in the caller's language: addressee, kind, reason, the facts it rests on, due day, "
            + "state, documents and bars, for the actions addressed to organizations in the caller's scope (at most 50,000 rows)")
    @APIResponse(responseCode = "200", description = "问责事项台账.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@Parameter(description = "Only actions addressed to this org") @QueryParam("targetOrgId") UUID targetOrgId,
                             @QueryParam("status") AccountabilityStatus status, @QueryParam("type") AccountabilityType type,
                             @Parameter(description = "Only actions proposed in this year (Asia/Shanghai)") @QueryParam("year")
                             @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100) Integer year,
                             @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(register.workbook(targetOrgId, status, type, year, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(labels.text("accountabilityRegister.fileName") + ".xlsx",
                        "accountability-register.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }
}
