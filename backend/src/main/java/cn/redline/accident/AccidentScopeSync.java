package cn.redline.accident;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Accidents follow their territory (or enterprise) when it moves in the tree: the new ancestors count them, the old ones no longer. */
@ApplicationScoped
public class AccidentScopeSync implements OrgMoveHandler<Accident> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "accident", oldPath, newPath);
    }
}
