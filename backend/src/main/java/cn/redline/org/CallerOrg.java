package cn.redline.org;

import cn.redline.platform.Caller;
import cn.redline.platform.CallerPlace;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's org, looked up once per request by the official code its token (or the actor it acts as)
 * names, and the scope that org grants. An unknown code is refused with 403, never treated as unscoped.
 */
@RequestScoped
public class CallerOrg implements CallerPlace {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    /** By code: a request acting for several actors (the demo data) looks each org up once. */
    private final Map<String, Org> orgs = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();

    public Org org() {
        return orgs.computeIfAbsent(caller.orgCode(), code -> {
            List<Org> found = em.createQuery("from Org where code = :code", Org.class)
                    .setParameter("code", code).getResultList();
            if (found.isEmpty()) {
                throw ProblemException.forbidden("The token's organization is not known to Redline");
            }
            return found.get(0);
        });
    }

    @Override
    public String orgPath() {
        return org().path;
    }

    @Override
    public Scope scope() {
        Org own = org();
        boolean admin = caller.hasRole(Roles.ADMIN);
        return scopes.computeIfAbsent(own.code + (admin ? "|admin" : ""), key -> admin ? Scope.everything() : scopeOf(own));
    }

    /** The own subtree; for a department also the enterprises of its industries inside its region's subtree. */
    private Scope scopeOf(Org own) {
        Org region = own.parentId == null ? null : em.find(Org.class, own.parentId);
        if (own.kind == OrgKind.DEPARTMENT && region != null && !own.supervisedIndustries.isEmpty()) {
            return Scope.supervising(own.path, region.path, own.supervisedIndustries);
        }
        return Scope.subtree(own.path);
    }

    /** Org writes: an admin anywhere, a safety office inside its own subtree. */
    public boolean canWrite(Org target) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return caller.hasRole(Roles.SAFETY_OFFICE) && target.path.startsWith(org().path);
    }
}
