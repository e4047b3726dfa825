package cn.redline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The read every change feed over an event table {@code (record_id, org_id, at, tx_id, seq)} shares: the records
 * whose latest event lies after the cursor (or, on a first call, at or after a time) and below the horizon of
 * {@link FeedPosition}, each once, in the order their latest events committed, in the caller's scope by the event's
 * org as it is now. A record with an event at or above the horizon is held back until that event sinks below it, so
 * it is never delivered twice in the same state. The feature turns the ids into its views.
 */
@ApplicationScoped
public class EventFeed {

    /** The records to show, in change order, and the cursor to pass back. */
    public record Changes(List<UUID> ids, String nextCursor) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * @param list        the feed's name, bound into its cursors
     * @param eventTable  the event table (a constant of the feature, never input)
     * @param eventFilter a further condition on the events aliased {@code e} ("" for none; constant SQL)
     */
    public Changes read(String list, String eventTable, String eventFilter, FeedParams params) {
        boolean resume = params.cursor != null && !params.cursor.isEmpty();
        FeedPosition after = resume ? FeedPosition.decode(params.cursor, list) : FeedPosition.START;
        OffsetDateTime since = resume ? null : params.updatedSince;
        String horizon = FeedPosition.horizon(em);
        Scope.Filter scope = caller.scope().where("o.path", "o.industry");
        Query q = em.createNativeQuery("select latest.record_id, cast(latest.tx_id as text) as tx, latest.seq from ("
                + "select distinct on (e.record_id) e.record_id, e.tx_id, e.seq from " + eventTable + " e "
                + "join org o on o.id = e.org_id "
                + "where (e.tx_id, e.seq) > (cast(:afterTx as xid8), :afterSeq) and e.tx_id < cast(:horizon as xid8) "
                + (eventFilter.isEmpty() ? "" : "and " + eventFilter + " ")
                + (since != null ? "and e.at >= :since " : "")
                + "and " + scope.hql() + " "
                + "order by e.record_id, e.tx_id desc, e.seq desc) latest order by latest.tx_id, latest.seq limit :n");
        scope.params().forEach(q::setParameter);
        q.setParameter("afterTx", after.tx()).setParameter("afterSeq", after.seq()).setParameter("horizon", horizon)
                .setParameter("n", params.limit);
        if (since != null) {
            q.setParameter("since", since);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Set<UUID> held = changedAtOrAbove(eventTable, ids, horizon);
        return new Changes(ids.stream().filter(id -> !held.contains(id)).toList(),
                FeedPosition.next(rows, 1, after, since != null, params.limit, horizon).encode(list));
    }

    /**
     * Records with an event at or above the horizon, looked up after the records were read: one read in a state such
     * an event wrote would be delivered again, in the same state, once the event sinks below the horizon. It is left
     * out of this page and delivered then.
     */
    private Set<UUID> changedAtOrAbove(String eventTable, List<UUID> ids, String horizon) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> changed = em.createNativeQuery("select distinct record_id from " + eventTable + " where record_id in (:ids) "
                + "and tx_id >= cast(:horizon as xid8)").setParameter("ids", ids).setParameter("horizon", horizon)
                .getResultList();
        return Set.copyOf(changed);
    }
}
