package cn.redline.platform;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deny by default: every /api route (application.properties, permission "redline-api") needs at least one
 * Redline realm role. A token with none — no roles, unknown ones, or roles only in resource_access or groups,
 * which are not read — is refused with 403 before any resource runs, /me included: a caller without a role
 * learns that from the 403 problem. Anonymous callers are denied too, which answers 401.
 */
@ApplicationScoped
public class RedlineRolePolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.map(id -> !id.isAnonymous() && id.getRoles().stream().anyMatch(Roles.ALL::contains)
                ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "redline-role";
    }
}
