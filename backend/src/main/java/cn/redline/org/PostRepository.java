package cn.redline.org;

import cn.redline.platform.Cursor;
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
    public List<Post> page(Filter f, Scope scope, List<String> after, int limit) {
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
        if (after != null) {
            where.add("(p.title > :afterTitle or (p.title = :afterTitle and p.id > :afterId))");
            params.put("afterTitle", after.get(0));
            params.put("afterId", parseId(after.get(1)));
        }
        TypedQuery<Post> q = getEntityManager().createQuery("select p from Post p, Org o where o.id = p.orgId and "
                + String.join(" and ", where) + " order by p.title, p.id", Post.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit + 1).getResultList();
    }

    public static String cursorOf(Post p) {
        return Cursor.encode("posts", p.title, p.id.toString());
    }

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

    private static UUID parseId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw cn.redline.platform.ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }
}
