package cn.redline.hazard;

import cn.redline.platform.Caller;
import cn.redline.platform.Cursor;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Incremental reads for third parties: tickets changed after a cursor (or since a time), in change order,
 * including rejected ones and ones that left the caller's scope (reported once, without details).
 */
@ApplicationScoped
public class HazardFeed {

    static final String LIST = "hazards:changes";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HazardRepository hazards;

    @Inject
    HazardService service;

    public HazardPages.ChangePage changes(String cursor, OffsetDateTime updatedSince, int limit) {
        long after;
        if (cursor != null && !cursor.isEmpty()) {
            after = parse(Cursor.decode(cursor, LIST, 1).get(0));
        } else if (updatedSince != null) {
            Number n = (Number) em.createNativeQuery("select coalesce(max(seq), 0) from hazard_event where at < ?1")
                    .setParameter(1, updatedSince).getSingleResult();
            after = n.longValue();
        } else {
            after = 0;
        }
        Scope scope = caller.scope();
        Scope.Filter now = scope.where("e.scope_path", "e.industry");
        Scope.Filter before = scope.where("e.prev_scope_path", "e.prev_industry");
        Query q = em.createNativeQuery("select e.hazard_id, max(e.seq) as last_seq from hazard_event e "
                + "where e.seq > :after and e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) and (" + now.hql() + " or (e.prev_scope_path is not null and " + before.hql() + ")) "
                + "group by e.hazard_id order by last_seq limit :n");
        now.params().forEach(q::setParameter);
        q.setParameter("after", after).setParameter("n", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Hazard> byId = ids.isEmpty() ? Map.of()
                : hazards.list("id in ?1", ids).stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        List<Hazard> visible = new ArrayList<>();
        for (UUID id : ids) {
            Hazard h = byId.get(id);
            if (scope.contains(h.scopePath, h.industry)) {
                visible.add(h);
            }
        }
        Map<UUID, HazardView> views = service.views(visible).stream().collect(Collectors.toMap(HazardView::id, v -> v));
        List<HazardPages.Change> items = new ArrayList<>();
        for (UUID id : ids) {
            HazardView v = views.get(id);
            items.add(new HazardPages.Change(id, byId.get(id).code, v != null, v));
        }
        long last = rows.isEmpty() ? after : ((Number) rows.get(rows.size() - 1)[1]).longValue();
        return new HazardPages.ChangePage(items, Cursor.encode(LIST, Long.toString(last)));
    }

    private static long parse(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this feed");
        }
    }
}
