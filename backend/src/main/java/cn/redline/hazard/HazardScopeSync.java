package cn.redline.hazard;

import cn.redline.org.OrgMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * Tickets follow their enterprise or territory when it moves in the tree. Each moved ticket gets a MOVE
 * event carrying its old scope, so the change feed tells callers of the old scope that it left them.
 */
@ApplicationScoped
public class HazardScopeSync {

    @Inject
    EntityManager em;

    @Inject
    HazardService service;

    void onMove(@Observes OrgMoved moved) {
        List<Hazard> affected = em.createQuery("from Hazard h where h.scopePath like :old", Hazard.class)
                .setParameter("old", moved.oldPath() + "%").getResultList();
        for (Hazard h : affected) {
            String previous = h.scopePath;
            h.scopePath = moved.newPath() + previous.substring(moved.oldPath().length());
            h.updatedAt = HazardService.now();
            service.record(h, HazardEvent.MOVE, h.state, null, Map.of("fromScope", previous), previous);
        }
    }
}
