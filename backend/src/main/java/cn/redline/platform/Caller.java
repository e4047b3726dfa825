package cn.redline.platform;

import cn.redline.org.Org;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of this request: subject, roles, org (from the org_id claim holding the org's
 * official code) and scope. A token whose org is missing or unknown is refused, never treated as unscoped.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    EntityManager em;

    private Org org;
    private Scope scope;
    private Actor actor;

    /** Someone the server acts for without a token (the demo data's users); subject, name, roles and org. */
    public record Actor(String subject, String name, Set<String> roles, Org org) {
    }

    /** From now on in this request, the caller is {@code actor} instead of the token's subject. */
    public void actAs(Actor actor) {
        this.actor = actor;
        this.org = actor.org();
        this.scope = null;
    }

    public String subject() {
        if (actor != null) {
            return actor.subject();
        }
        return jwt.getSubject() != null ? jwt.getSubject() : identity.getPrincipal().getName();
    }

    public String displayName() {
        if (actor != null) {
            return actor.name();
        }
        String name = jwt.getClaim("name");
        if (name == null || name.isBlank()) {
            name = jwt.getClaim("preferred_username");
        }
        return name != null ? name : subject();
    }

    public String username() {
        if (actor != null) {
            return actor.subject();
        }
        String u = jwt.getClaim("preferred_username");
        return u != null ? u : subject();
    }

    public Set<String> roles() {
        return new TreeSet<>(actor != null ? actor.roles() : identity.getRoles());
    }

    public boolean hasRole(String role) {
        return actor != null ? actor.roles().contains(role) : identity.hasRole(role);
    }

    public Org org() {
        if (org == null) {
            Object claim = jwt.getClaim(ORG_CLAIM);
            String code = claim == null ? null : claim.toString();
            if (code == null || code.isBlank()) {
                throw ProblemException.forbidden("The token names no organization (claim " + ORG_CLAIM + ")");
            }
            List<Org> found = em.createQuery("from Org where code = :code", Org.class)
                    .setParameter("code", code).getResultList();
            if (found.isEmpty()) {
                throw ProblemException.forbidden("The token's organization is not known to Redline");
            }
            org = found.get(0);
        }
        return org;
    }

    public Scope scope() {
        if (scope == null) {
            Org own = org();
            if (hasRole(Roles.ADMIN)) {
                scope = Scope.everything();
            } else {
                Org region = own.parentId == null ? null : em.find(Org.class, own.parentId);
                scope = Scope.of(own, region);
            }
        }
        return scope;
    }

    /** Org writes: an admin anywhere, a safety office inside its own subtree. */
    public boolean canWrite(Org target) {
        if (hasRole(Roles.ADMIN)) {
            return true;
        }
        return hasRole(Roles.SAFETY_OFFICE) && target.path.startsWith(org().path);
    }
}
