package cn.redline.duty.list;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Lists follow their holder org when it moves in the tree: seen by the new ancestors, no longer by the old ones. */
@ApplicationScoped
public class ListScopeSync implements OrgMoveHandler<ResponsibilityList> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "responsibility_list", oldPath, newPath);
    }
}
