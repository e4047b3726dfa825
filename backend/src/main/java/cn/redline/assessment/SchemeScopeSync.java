package cn.redline.assessment;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Schemes follow their issuer when it moves in the tree: its new subtree writes them and the orgs below read them. */
@ApplicationScoped
public class SchemeScopeSync implements OrgMoveHandler<AssessmentScheme> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "assessment_scheme", oldPath, newPath);
    }
}
