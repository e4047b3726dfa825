package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.platform.Keyset;
import cn.redline.platform.Like;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class HazardRepository implements PanacheRepositoryBase<Hazard, UUID> {

    @Inject
    SqlReads reads;

    public enum Sort { createdAt, deadline }

    /** Newest first; a row comparison, so the (created_at, id) index serves deep pages too. */
    private static final Keyset<Hazard> BY_CREATED = Keyset.descending("hazards:createdAt",
            Keyset.time("h.created_at", h -> h.createdAt), Keyset.uuid("h.id", h -> h.id));
    private static final Keyset<Hazard> BY_DEADLINE = Keyset.ascending("hazards:deadline",
            Keyset.optionalDate("h.deadline", h -> h.deadline), Keyset.uuid("h.id", h -> h.id));

    private static final java.util.regex.Pattern TICKET_CODE = java.util.regex.Pattern.compile("(?i)YH-\\d{4}-\\d{1,10}");

    /** List filters; every field optional. Dates are local (Asia/Shanghai) days, inclusive. */
    public record Filter(List<State> states, Level level, String industry, String territoryPath, UUID enterpriseId,
                         Boolean overdue, SupervisionLevel supervisionLevel, Source source, LocalDate deadlineFrom,
                         LocalDate deadlineTo, OffsetDateTime reportedFrom, OffsetDateTime reportedBefore, String text,
                         Boolean extensionRequested) {

        Filter withTerritoryPath(String path) {
            return new Filter(states, level, industry, path, enterpriseId, overdue, supervisionLevel, source, deadlineFrom,
                    deadlineTo, reportedFrom, reportedBefore, text, extensionRequested);
        }
    }

    public Optional<Hazard> findVisible(UUID id, Scope scope) {
        Scope.Filter s = scope.where("h.scopePath", "h.industry");
        TypedQuery<Hazard> q = getEntityManager()
                .createQuery("select h from Hazard h where h.id = :id and " + s.hql(), Hazard.class)
                .setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** The ticket with this id if the scope contains it, read for a view (not managed: never write through it). */
    Optional<Hazard> visibleRow(UUID id, Scope scope) {
        Scope.Filter s = scope.where("h.scope_path", "h.industry");
        Map<String, Object> p = new HashMap<>(s.params());
        p.put("id", id);
        return reads.list("select " + HazardRows.COLUMNS + " from hazard h where h.id = :id and " + s.hql(), p,
                HazardRows::map).stream().findFirst();
    }

    /** The codes of the tickets among {@code ids} the scope contains, by id. */
    Map<UUID, String> visibleCodes(Collection<UUID> ids, Scope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Scope.Filter s = scope.where("h.scope_path", "h.industry");
        Map<String, Object> p = new HashMap<>(s.params());
        p.put("ids", ids);
        return reads.list("select h.id, h.code from hazard h where h.id in :ids and " + s.hql(), p,
                rs -> Map.entry(HazardRows.uuid(rs, 1), rs.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The tickets among {@code codes} the scope contains. */
    List<Hazard> visibleByCodes(Collection<String> codes, Scope scope) {
        return visibleAmong("h.code", codes, scope);
    }

    private List<Hazard> visibleAmong(String key, Collection<?> values, Scope scope) {
        if (values.isEmpty()) {
            return List.of();
        }
        Scope.Filter s = scope.where("h.scopePath", "h.industry");
        TypedQuery<Hazard> q = getEntityManager()
                .createQuery("select h from Hazard h where " + key + " in :values and " + s.hql(), Hazard.class)
                .setParameter("values", values);
        s.params().forEach(q::setParameter);
        return q.getResultList();
    }

    public List<Hazard> page(Filter f, Scope scope, Sort sort, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        Scope.Filter s = scope.where("h.scope_path", "h.industry");
        where.add(s.hql());
        p.putAll(s.params());
        if (f.states() != null && !f.states().isEmpty()) {
            where.add("h.state in :states");
            p.put("states", f.states());
        }
        add(where, p, f.level(), "h.level = :level", "level");
        add(where, p, f.industry(), "h.industry = :industry", "industry");
        add(where, p, f.enterpriseId(), "h.enterprise_id = :enterpriseId", "enterpriseId");
        add(where, p, f.overdue(), "h.overdue = :overdue", "overdue");
        add(where, p, f.supervisionLevel(), "h.supervision_level = :supervisionLevel", "supervisionLevel");
        add(where, p, f.source(), "h.source = :source", "source");
        add(where, p, f.deadlineFrom(), "h.deadline >= :deadlineFrom", "deadlineFrom");
        add(where, p, f.deadlineTo(), "h.deadline <= :deadlineTo", "deadlineTo");
        add(where, p, f.reportedFrom(), "h.created_at >= :reportedFrom", "reportedFrom");
        add(where, p, f.reportedBefore(), "h.created_at < :reportedBefore", "reportedBefore");
        if (f.extensionRequested() != null) {
            where.add(f.extensionRequested() ? "h.extension_deadline is not null" : "h.extension_deadline is null");
        }
        if (f.territoryPath() != null) {
            where.add("h.scope_path like :territory");
            p.put("territory", f.territoryPath() + "%");
        }
        if (f.text() != null) {
            if (TICKET_CODE.matcher(f.text()).matches()) {
                where.add("h.code = :code");
                p.put("code", f.text().toUpperCase());
            } else {
                // served by the trigram index on lower(title)
                where.add("lower(h.title) like :text" + Like.ESCAPE);
                p.put("text", Like.containing(f.text().toLowerCase(Locale.ROOT)));
            }
        }
        if (sort == Sort.createdAt) {
            List<Object> from = BY_CREATED.after(cursor);
            if (from != null) {
                Scope.Filter after = BY_CREATED.where(from);
                where.add(after.hql());
                p.putAll(after.params());
            }
            return query(where, p, BY_CREATED.orderBy(), limit + 1);
        }
        return byDeadline(where, p, BY_DEADLINE.after(cursor), limit + 1);
    }

    /**
     * Deadline order never filters: tickets with a deadline first (earliest first), then those without one (a
     * newly reported ticket has none yet). Two keyset queries, each served by its own partial index, so a page
     * that crosses from one part into the other is just the first part's tail followed by the second part's head;
     * a cursor in the second part carries no deadline.
     */
    private List<Hazard> byDeadline(List<String> where, Map<String, Object> p, List<Object> after, int rows) {
        boolean inUndated = after != null && after.get(0) == null;
        List<Hazard> result = new ArrayList<>();
        if (!inUndated) {
            List<String> dated = new ArrayList<>(where);
            Map<String, Object> datedParams = new HashMap<>(p);
            dated.add("h.deadline is not null");
            Scope.Filter next = BY_DEADLINE.where(after);
            if (next != null) {
                dated.add(next.hql());
                datedParams.putAll(next.params());
            }
            result.addAll(query(dated, datedParams, BY_DEADLINE.orderBy(), rows));
        }
        if (result.size() < rows) {
            List<String> undated = new ArrayList<>(where);
            Map<String, Object> undatedParams = new HashMap<>(p);
            undated.add("h.deadline is null");
            if (inUndated) {
                undated.add("h.id > :afterId");
                undatedParams.put("afterId", after.get(1));
            }
            result.addAll(query(undated, undatedParams, "h.id", rows - result.size()));
        }
        return result;
    }

    private List<Hazard> query(List<String> where, Map<String, Object> p, String order, int rows) {
        Map<String, Object> params = new HashMap<>(p);
        params.put("rows", rows);
        return reads.list("select " + HazardRows.COLUMNS + " from hazard h where " + String.join(" and ", where)
                + " order by " + order + " limit :rows", params, HazardRows::map);
    }

    static Keyset<Hazard> keyset(Sort sort) {
        return sort == Sort.createdAt ? BY_CREATED : BY_DEADLINE;
    }

    private static void add(List<String> where, Map<String, Object> p, Object value, String cond, String name) {
        if (value != null) {
            where.add(cond);
            p.put(name, value);
        }
    }
}
