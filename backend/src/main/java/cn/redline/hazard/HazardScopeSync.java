package cn.redline.hazard;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * Tickets follow their enterprise or territory when it moves in the tree. Each moved ticket gets a MOVE
 * event carrying its old scope, so the change feed tells callers of the old scope that it left them.
 */
@ApplicationScoped
public class HazardScopeSync implements OrgMoveHandler<Hazard> {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    HazardHistory history;

    @Override
    public void moved(String oldPath, String newPath) {
        List<Hazard> affected = em.createQuery("from Hazard h where h.scopePath like :old", Hazard.class)
                .setParameter("old", oldPath + "%").getResultList();
        for (Hazard h : affected) {
            String previous = h.scopePath;
            h.scopePath = newPath + previous.substring(oldPath.length());
            h.updatedAt = cn.redline.platform.Times.now(clock);
            history.moved(h, previous);
        }
    }
}
