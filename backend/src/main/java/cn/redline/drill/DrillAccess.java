package cn.redline.drill;

import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may see and write drill records: reading follows the caller's scope (a department sees the plans of the
 * enterprises it supervises); writing is for the owning org itself or an office above it, an admin anywhere.
 */
@ApplicationScoped
public class DrillAccess {

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgRepository orgs;

    /** The org a request names in {@code field}: 422 when it is missing or outside the scope (never a hint it exists). */
    Org referencedOrg(UUID id, String field) {
        return orgs.findVisible(id, caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable(field, "no such organization"));
    }

    /** The org a path names: 404 when it is missing or outside the scope, exactly alike. */
    Org visibleOrg(UUID id) {
        return orgs.findVisible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    /** The caller's own org: the pusher of records pushed by another system. */
    UUID callerOrgId() {
        return callerOrg.orgId();
    }

    /** Whether an org a request names exists in the caller's scope. */
    boolean isVisible(UUID id) {
        return orgs.findVisible(id, caller.scope()).isPresent();
    }

    void requireOrganiser(Org org) {
        if (!mayOrganise(org)) {
            throw ProblemException.forbidden("Only the organization itself or an office above it may keep its plans and drills");
        }
    }

    /** Whether the caller keeps the drills of the org: the org itself or one above it, an admin anywhere. */
    boolean mayOrganise(Org org) {
        return caller.hasRole(Roles.ADMIN) || org.path.startsWith(callerOrg.orgPath());
    }

    boolean mayOrganise(UUID orgId) {
        return caller.hasRole(Roles.ADMIN) || orgs.findByIdOptional(orgId).map(this::mayOrganise).orElse(false);
    }

    boolean isOffice() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.SAFETY_OFFICE);
    }
}
