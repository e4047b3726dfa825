package cn.redline.org;

import cn.redline.platform.Keyset;
import cn.redline.platform.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Posts are scoped by their org: every query joins it and filters through the caller's {@link Scope}. */
@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    /** More holders than any post has in a lifetime; the history is one answer, never paged. */
    public static final int MAX_HISTORY = 1000;

    public record Filter(UUID orgId, PostKind kind) {
    }

    public Optional<Post> findVisible(UUID id, Scope scope) {
        Scope.Filter s = scope.where("o");
        TypedQuery<Post> q = getEntityManager().createQuery(
                "select p from Post p, Org o where o.id = p.orgId and p.id = :id and " + s.hql(), Post.class);
        q.setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** The post, locked until commit: assignments of one post are checked for overlap one writer at a time. */
    public Post lock(UUID id) {
        return getEntityManager().find(Post.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One keyset page (limit + 1 rows) of visible posts, by title then id. */
    public List<Post> page(Filter f, Scope scope, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = scope.where("o");
        where.add(s.hql());
        params.putAll(s.params());
        if (f.orgId() != null) {
            where.add("p.orgId = :orgId");
            params.put("orgId", f.orgId());
        }
        if (f.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", f.kind());
        }
        Scope.Filter next = BY_TITLE.where(BY_TITLE.after(cursor));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        TypedQuery<Post> q = getEntityManager().createQuery("select p from Post p, Org o where o.id = p.orgId and "
                + String.join(" and ", where) + " order by " + BY_TITLE.orderBy(), Post.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit + 1).getResultList();
    }

    /** Posts by title, then id. */
    public static final Keyset<Post> BY_TITLE = Keyset.ascending("posts", Keyset.text("p.title", p -> p.title),
            Keyset.uuid("p.id", p -> p.id));

    public boolean existsOfKind(UUID orgId, PostKind kind) {
        return count("orgId = ?1 and kind = ?2", orgId, kind) > 0;
    }

    public boolean existsWithTitle(UUID orgId, String title) {
        return count("orgId = ?1 and title = ?2", orgId, title) > 0;
    }

    public List<PostAssignment> assignments(UUID postId) {
        return getEntityManager().createQuery("from PostAssignment where postId = :p order by from desc", PostAssignment.class)
                .setParameter("p", postId).setMaxResults(MAX_HISTORY).getResultList();
    }

    /** The assignments covering {@code day}, by post. */
    public Map<UUID, PostAssignment> holdersOn(List<UUID> postIds, LocalDate day) {
        Map<UUID, PostAssignment> out = new HashMap<>();
        if (postIds.isEmpty()) {
            return out;
        }
        getEntityManager().createQuery("""
                from PostAssignment a where a.postId in :ids and a.from <= :day and (a.to is null or a.to >= :day)""",
                PostAssignment.class).setParameter("ids", postIds).setParameter("day", day).getResultList()
                .forEach(a -> out.put(a.postId, a));
        return out;
    }

}
