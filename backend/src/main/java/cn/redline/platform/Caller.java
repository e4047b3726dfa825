package cn.redline.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of this request: subject, roles, org code (the org_id claim holding the org's
 * official code) and, through {@link CallerPlace}, the org's path and scope. A token whose org is missing or
 * unknown is refused, never treated as unscoped.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    CallerPlace place;

    private Actor actor;

    /** The token's org code, read from its claims once per request (a claim lookup is not free on every read). */
    private String tokenOrgCode;

    /** Someone the server acts for without a token (the demo data's users); subject, name, roles and org code. */
    public record Actor(String subject, String name, Set<String> roles, String orgCode) {
    }

    /** From now on in this request, the caller is {@code actor} instead of the token's subject. */
    public void actAs(Actor actor) {
        this.actor = actor;
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

    /** The official code of the caller's org; 403 when the token names none. */
    public String orgCode() {
        if (actor != null) {
            return actor.orgCode();
        }
        if (tokenOrgCode != null) {
            return tokenOrgCode;
        }
        Object claim = jwt.getClaim(ORG_CLAIM);
        String code = claim == null ? null : claim.toString();
        if (code == null || code.isBlank()) {
            throw ProblemException.forbidden("The token names no organization (claim " + ORG_CLAIM + ")");
        }
        tokenOrgCode = code;
        return code;
    }

    /** The path of the caller's org in the org tree; 403 when the org is unknown. */
    public String orgPath() {
        return place.orgPath();
    }

    /** What the caller may see (the own subtree, a department's industries in its region, or everything). */
    public Scope scope() {
        return place.scope();
    }
}
