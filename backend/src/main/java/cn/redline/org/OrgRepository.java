package cn.redline.org;

import cn.redline.platform.Keyset;
import cn.redline.platform.Like;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrgRepository implements PanacheRepositoryBase<Org, UUID> {

    @Inject
    SqlReads reads;

    public enum Sort { code, name }

    private static final Keyset<Org> BY_CODE = Keyset.ascending("orgs:code", Keyset.text("o.code", o -> o.code));
    private static final Keyset<Org> BY_NAME = Keyset.ascending("orgs:name", Keyset.text("o.name", o -> o.name),
            Keyset.uuid("o.id", o -> o.id));

    public record Filter(OrgKind kind, UUID parentId, String subtreePath, String industry, String text) {
    }

    public Optional<Org> findVisible(UUID id, Scope scope) {
        return findBy("o.id = :id", Map.of("id", id), scope);
    }

    public Optional<Org> findVisibleByCode(String code, Scope scope) {
        return findBy("o.code = :code", Map.of("code", code), scope);
    }

    public Optional<Org> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    private Optional<Org> findBy(String condition, Map<String, Object> params, Scope scope) {
        Scope.Filter s = scope.where("o");
        TypedQuery<Org> q = getEntityManager()
                .createQuery("select o from Org o where " + condition + " and " + s.hql(), Org.class);
        params.forEach(q::setParameter);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** One keyset page (limit + 1 rows) of the orgs visible in scope matching the filter. */
    public List<Org> page(Filter f, Scope scope, Sort sort, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = scope.where("o");
        where.add(s.hql());
        params.putAll(s.params());
        if (f.kind() != null) {
            where.add("o.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.parentId() != null) {
            where.add("o.parentId = :parentId");
            params.put("parentId", f.parentId());
        }
        if (f.subtreePath() != null) {
            where.add("o.path like :subtree");
            params.put("subtree", f.subtreePath() + "%");
        }
        if (f.industry() != null) {
            where.add("(o.industry = :industry or array_contains(o.supervisedIndustries, :industry))");
            params.put("industry", f.industry());
        }
        if (f.text() != null) {
            where.add("(lower(o.name) like :text" + Like.ESCAPE + " or o.code like :codePrefix" + Like.ESCAPE + ")");
            params.put("text", Like.containing(f.text().toLowerCase(Locale.ROOT)));
            params.put("codePrefix", Like.startingWith(f.text().toUpperCase(Locale.ROOT)));
        }
        Keyset<Org> order = keyset(sort);
        Scope.Filter next = order.where(order.after(cursor));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        TypedQuery<Org> q = getEntityManager().createQuery(
                "select o from Org o where " + String.join(" and ", where) + " order by " + order.orderBy(), Org.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit + 1).getResultList();
    }

    public static Keyset<Org> keyset(Sort sort) {
        return sort == Sort.code ? BY_CODE : BY_NAME;
    }

    public List<Org> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", ids);
    }

    /** Short references to the orgs with these ids, by id, read straight into the view records. */
    public Map<UUID, OrgView.OrgRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reads.list("select id, code, name, kind from org where id in :ids", Map.of("ids", ids),
                rs -> new OrgView.OrgRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        OrgKind.valueOf(rs.getString(4))))
                .stream().collect(Collectors.toMap(OrgView.OrgRef::id, r -> r));
    }

    public List<RegionLevel> childRegionLevels(UUID parentId) {
        return getEntityManager().createQuery(
                "select distinct o.regionLevel from Org o where o.parentId = :p and o.kind = cn.redline.org.OrgKind.REGION",
                RegionLevel.class).setParameter("p", parentId).getResultList();
    }

    /** Moves every descendant along with an org whose path changed. */
    public void rebaseDescendants(UUID id, String oldPath, String newPath, int depthDelta) {
        getEntityManager().createNativeQuery("""
                update org set path = ?1 || substr(path, ?2), depth = depth + ?3
                where path like ?4 and id <> ?5""")
                .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, depthDelta)
                .setParameter(4, oldPath + "%").setParameter(5, id).executeUpdate();
    }
}
