package cn.redline.hazard;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A moved ticket's history follows it: its events' scope path is rebased, so the change feed of the new scope
 * holds the ticket's whole history. {@code prev_scope_path} stays as written: the MOVE event's tells the old
 * scope that the ticket left it (and a new path never starts with the old one, so MOVE events are untouched).
 */
@ApplicationScoped
public class HazardEventScopeSync implements OrgMoveHandler<HazardEvent> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "hazard_event", oldPath, newPath);
    }
}
