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
import java.util.UUID;

/**
 * The caller's org, found by the official code its token (or the actor it acts as) names, and the scope that
 * org grants. Where the org sits and its scope come from {@link OrgPlaces} (memory, dropped on every org change);
 * the org itself is read only when a request needs more of it. An unknown code is refused with 403, never
 * treated as unscoped.
 */
@RequestScoped
public class CallerOrg implements CallerPlace {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    OrgPlaces places;

    /** By code: a request acting for several actors (the demo data) looks each org up once. */
    private final Map<String, OrgPlaces.Place> placeByCode = new HashMap<>();

    public Org org() {
        Org org = em.find(Org.class, place().orgId());
        if (org == null) {
            throw unknown();
        }
        return org;
    }

    /** The caller's org id, from memory (no query). */
    public UUID orgId() {
        return place().orgId();
    }

    @Override
    public String orgPath() {
        return place().path();
    }

    @Override
    public Scope scope() {
        Scope own = place().scope(); // an unknown org is refused, an admin's too
        return caller.hasRole(Roles.ADMIN) ? Scope.everything() : own;
    }

    private OrgPlaces.Place place() {
        return placeByCode.computeIfAbsent(caller.orgCode(), code -> places.find(code, () -> load(code))
                .orElseThrow(CallerOrg::unknown));
    }

    private java.util.Optional<OrgPlaces.Place> load(String code) {
        List<Org> found = em.createQuery("from Org where code = :code", Org.class).setParameter("code", code)
                .getResultList();
        return found.stream().findFirst().map(own -> new OrgPlaces.Place(own.id, own.path, scopeOf(own)));
    }

    private static ProblemException unknown() {
        return ProblemException.forbidden("The token's organization is not known to Redline");
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
        return caller.hasRole(Roles.SAFETY_OFFICE) && target.path.startsWith(orgPath());
    }
}
