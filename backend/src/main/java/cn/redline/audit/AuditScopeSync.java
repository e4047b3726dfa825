package cn.redline.audit;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The audit trail follows a moved subtree: the scope path decides who may read an entry (not what happened, which
 * stays as written), so the new tree reads the moved records' history and the old tree no longer does.
 */
@ApplicationScoped
public class AuditScopeSync implements OrgMoveHandler<AuditEntry> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "audit_entry", oldPath, newPath);
    }
}
