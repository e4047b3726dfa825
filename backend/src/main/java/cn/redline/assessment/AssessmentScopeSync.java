package cn.redline.assessment;

import cn.redline.platform.OrgMoveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Assessments follow their target (scope_path) and their scheme's issuer (issuer_path) when either moves in the tree. */
@ApplicationScoped
public class AssessmentScopeSync implements OrgMoveHandler<Assessment> {

    @Inject
    EntityManager em;

    @Override
    public void moved(String oldPath, String newPath) {
        OrgMoveHandler.rebaseScopePath(em, "assessment", oldPath, newPath);
        em.createNativeQuery("update assessment set issuer_path = ?1 || substr(issuer_path, ?2) where issuer_path like ?3")
                .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, oldPath + "%").executeUpdate();
    }
}
