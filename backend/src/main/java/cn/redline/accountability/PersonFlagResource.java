package cn.redline.accountability;

import cn.redline.platform.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: person flags (award and promotion bars, §4.2 PersonFlag). Rules live in {@link PersonFlags}. */
@Path("/api/v1/person-flags")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability")
public class PersonFlagResource {

    @Inject
    PersonFlags flags;

    @GET
    @Operation(operationId = "listPersonFlags", summary = "Award and promotion bars of leaders of organizations in the caller's "
            + "scope, newest first, each with its period and lineage")
    public PersonFlagView.Page list(@Parameter(description = "Only flags of leaders of this org") @QueryParam("orgId") UUID orgId,
                                    @QueryParam("kind") PersonFlagKind kind,
                                    @Parameter(description = "Only flags holding on this day (within their period, not withdrawn)")
                                    @QueryParam("activeOn") LocalDate activeOn,
                                    @Valid @BeanParam PageParams page) {
        return flags.list(orgId, kind, activeOn, page);
    }
}
