package cn.redline.assessment;

import cn.redline.platform.Capability;
import cn.redline.platform.Downloads;
import cn.redline.platform.Labels;
import cn.redline.platform.Xlsx;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the monthly control-indicator status (控制指标月度情况). Rules live in {@link ControlStatus}. */
@Path("/api/v1/control-indicator-status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ControlStatusResource {

    @Inject
    ControlStatus status;

    @GET
    @PermissionsAllowed(Capability.Name.VIEW_CONTROL_STATUS)
    @Operation(operationId = "getControlIndicatorStatus", summary = "An org's control indicators for a year against the "
            + "accidents of its subtree up to a month's end: WARNING from 80 % of a ceiling, EXCEEDED above it, in words")
    public ControlStatusView get(@Parameter(description = "The org (in the caller's scope)") @QueryParam("orgId") @NotNull UUID orgId,
                                 @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                 @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month,
                                 @Context HttpHeaders headers) {
        return status.of(orgId, year, month, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/bulletin")
    @PermissionsAllowed(Capability.Name.VIEW_CONTROL_STATUS)
    @Operation(operationId = "getControlIndicatorBulletin", summary = "The monthly publication (控制指标月度通报) of an org: each "
            + "of its territories and departments against its control indicators, with counts of units over and near a ceiling")
    public ControlBulletin bulletin(@Parameter(description = "The publishing org (in the caller's scope)") @QueryParam("orgId") @NotNull UUID orgId,
                                    @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                    @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month,
                                    @Context HttpHeaders headers) {
        return status.bulletin(orgId, year, month, Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/bulletin.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @PermissionsAllowed(Capability.Name.VIEW_CONTROL_STATUS)
    @Operation(operationId = "exportControlIndicatorBulletin", summary = "The monthly publication as an Excel table: one row per "
            + "unit and indicator, in words")
    @APIResponse(responseCode = "200", description = "控制指标月度通报.xlsx",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bulletinXlsx(@Parameter(description = "The publishing org (in the caller's scope)") @QueryParam("orgId") @NotNull UUID orgId,
                                 @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                 @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month,
                                 @Context HttpHeaders headers) {
        Labels labels = Labels.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ControlBulletin b = status.bulletin(orgId, year, month, labels);
        String name = labels.text("controlBulletin.fileName") + "-" + year + "-" + String.format("%02d", month) + ".xlsx";
        return Response.ok(status.bulletinXlsx(b, labels), Xlsx.MEDIA_TYPE)
                .header(Downloads.HEADER, Downloads.contentDisposition(name, "control-indicator-bulletin.xlsx"))
                .header("Content-Language", labels.language())
                .build();
    }
}
