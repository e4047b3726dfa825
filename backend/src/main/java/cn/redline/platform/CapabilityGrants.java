package cn.redline.platform;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Grants a token the {@link Capability} permissions its roles carry, for {@code @PermissionsAllowed} on routes. */
@ApplicationScoped
public class CapabilityGrants implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        List<StringPermission> granted = Capability.grantedTo(identity.getRoles()).stream()
                .map(c -> new StringPermission(c.name())).toList();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(p -> Uni.createFrom().item(granted.stream().anyMatch(g -> g.implies(p))))
                .build());
    }
}
