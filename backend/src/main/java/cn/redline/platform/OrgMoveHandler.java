package cn.redline.platform;

import jakarta.persistence.EntityManager;

/**
 * Rebases the scope paths of one entity {@code E} when an org and its subtree move from {@code oldPath} to
 * {@code newPath}, inside the moving transaction. Every entity carrying a scope path has one (an
 * {@code ArchitectureTest} rule), so no record keeps a path that no longer exists and stays visible to the
 * old tree. Implementations are CDI beans; the org feature calls each of them.
 */
public interface OrgMoveHandler<E> {

    void moved(String oldPath, String newPath);

    /** Rebases {@code table}'s {@code scope_path} column in one statement, for entities whose move needs no other work. */
    static void rebaseScopePath(EntityManager em, String table, String oldPath, String newPath) {
        em.createNativeQuery("update " + table + " set scope_path = ?1 || substr(scope_path, ?2) where scope_path like ?3")
                .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, oldPath + "%")
                .executeUpdate();
    }
}
