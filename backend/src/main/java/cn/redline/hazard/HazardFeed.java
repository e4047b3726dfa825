package cn.redline.hazard;

import cn.redline.platform.Caller;
import cn.redline.platform.FeedPosition;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    HazardViews hazardViews;

    public HazardPages.ChangePage changes(String cursor, OffsetDateTime updatedSince, int limit) {
        boolean resume = cursor != null && !cursor.isEmpty();
        FeedPosition after = resume ? FeedPosition.decode(cursor, LIST) : FeedPosition.START;
        OffsetDateTime since = resume ? null : updatedSince;
        String horizon = FeedPosition.horizon(em);
        Scope scope = caller.scope();
        Scope.Filter now = scope.where("e.scope_path", "e.industry");
        Scope.Filter before = scope.where("e.prev_scope_path", "e.prev_industry");
        Query q = em.createNativeQuery("select latest.hazard_id, cast(latest.tx_id as text) as tx, latest.seq from ("
                + "select distinct on (e.hazard_id) e.hazard_id, e.tx_id, e.seq from hazard_event e "
                + "where (e.tx_id, e.seq) > (cast(:afterTx as xid8), :afterSeq) and e.tx_id < cast(:horizon as xid8) "
                + (since != null ? "and e.at >= :since " : "")
                + "and (" + now.hql() + " or (e.prev_scope_path is not null and " + before.hql() + ")) "
                + "order by e.hazard_id, e.tx_id desc, e.seq desc) latest order by latest.tx_id, latest.seq limit :n");
        now.params().forEach(q::setParameter);
        q.setParameter("afterTx", after.tx()).setParameter("afterSeq", after.seq()).setParameter("horizon", horizon)
                .setParameter("n", limit);
        if (since != null) {
            q.setParameter("since", since);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Hazard> byId = ids.isEmpty() ? Map.of()
                : hazards.list("id in ?1", ids).stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        Set<UUID> changedSince = changedAtOrAbove(ids, horizon);
        List<Hazard> visible = new ArrayList<>();
        for (UUID id : ids) {
            Hazard h = byId.get(id);
            if (!changedSince.contains(id) && scope.contains(h.scopePath, h.industry)) {
                visible.add(h);
            }
        }
        Map<UUID, HazardView> views = hazardViews.views(visible).stream().collect(Collectors.toMap(HazardView::id, v -> v));
        List<HazardPages.Change> items = new ArrayList<>();
        for (UUID id : ids) {
            if (!changedSince.contains(id)) {
                HazardView v = views.get(id);
                items.add(new HazardPages.Change(id, byId.get(id).code, v != null, v));
            }
        }
        FeedPosition next = FeedPosition.next(rows, 1, after, since != null, limit, horizon);
        return new HazardPages.ChangePage(items, next.encode(LIST));
    }

    /**
     * Tickets with a change at or above the horizon, looked up after the tickets were read: a ticket read in a
     * state that such a change wrote would be delivered again, in the same state, once the change sinks below
     * the horizon. It is left out of this page and delivered then (its change lies beyond any cursor given out
     * now, since every cursor stays below the horizon).
     */
    private Set<UUID> changedAtOrAbove(List<UUID> ids, String horizon) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> changed = em.createNativeQuery("select distinct hazard_id from hazard_event where hazard_id in (:ids) "
                + "and tx_id >= cast(:horizon as xid8)").setParameter("ids", ids).setParameter("horizon", horizon)
                .getResultList();
        return Set.copyOf(changed);
    }
}
