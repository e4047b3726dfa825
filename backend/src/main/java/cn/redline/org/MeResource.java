package cn.redline.org;

import cn.redline.platform.Caller;
import cn.redline.platform.Capability;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgService orgs;

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is: subject, name, org, roles, capabilities and scope")
    public Me me() {
        var scope = caller.scope();
        var roles = caller.roles();
        return new Me(caller.subject(), caller.displayName(), caller.username(), orgs.view(callerOrg.org()),
                List.copyOf(roles), Capability.grantedTo(roles),
                new Me.ScopeView(scope.global() ? Me.ScopeMode.GLOBAL : Me.ScopeMode.SUBTREE, scope.industries()));
    }

    @Schema(name = "Me")
    public record Me(
            @Schema(maxLength = 255) String subject,
            @Schema(maxLength = 255, example = "王 安全") String name,
            @Schema(maxLength = 255, example = "safety") String username,
            OrgView org,
            @Schema(type = SchemaType.ARRAY, implementation = RoleName.class, maxItems = 20) List<String> roles,
            @Schema(description = "What the caller's roles let it do; the routes check the same capabilities",
                    maxItems = 40) List<Capability> capabilities,
            ScopeView scope) {

        public enum ScopeMode { GLOBAL, SUBTREE }

        @Schema(name = "Scope", description = "GLOBAL sees every org; SUBTREE sees the own org's subtree, "
                + "plus for a department the enterprises of its supervised industries in its region")
        public record ScopeView(ScopeMode mode,
                @Schema(type = SchemaType.ARRAY, implementation = IndustryCode.class, maxItems = 30) List<String> supervisedIndustries) {
        }
    }
}
