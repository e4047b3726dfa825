package cn.redline.fulfilment;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Incremental reads for third parties: records changed after a cursor (or since a time), in change order, each in
 * its current state, never skipping a change whose transaction commits late ({@link FeedPosition}).
 */
@ApplicationScoped
public class FulfilmentFeed {

    static final String LIST = "fulfilment-records:changes";

    @Schema(name = "FulfilmentChangePage")
    public record ChangePage(@Schema(maxItems = 500) List<FulfilmentView> items,
                             @Schema(maxLength = 512, description = "Pass back as cursor; never null, keep it for the next poll")
                             String nextCursor) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FulfilmentRepository records;

    @Inject
    Fulfilments fulfilments;

    public ChangePage changes(String cursor, OffsetDateTime updatedSince, int limit) {
        boolean resume = cursor != null && !cursor.isEmpty();
        FeedPosition after = resume ? FeedPosition.decode(cursor, LIST) : FeedPosition.START;
        OffsetDateTime since = resume ? null : updatedSince;
        String horizon = FeedPosition.horizon(em);
        Scope.Filter scope = caller.scope().where("o.path", "o.industry");
        Query q = em.createNativeQuery("select latest.record_id, cast(latest.tx_id as text) as tx, latest.seq from ("
                + "select distinct on (e.record_id) e.record_id, e.tx_id, e.seq from fulfilment_event e "
                + "join org o on o.id = e.org_id "
                + "where (e.tx_id, e.seq) > (cast(:afterTx as xid8), :afterSeq) and e.tx_id < cast(:horizon as xid8) "
                + (since != null ? "and e.at >= :since " : "")
                + "and " + scope.hql() + " "
                + "order by e.record_id, e.tx_id desc, e.seq desc) latest order by latest.tx_id, latest.seq limit :n");
        scope.params().forEach(q::setParameter);
        q.setParameter("afterTx", after.tx()).setParameter("afterSeq", after.seq()).setParameter("horizon", horizon)
                .setParameter("n", limit);
        if (since != null) {
            q.setParameter("since", since);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, FulfilmentRecord> byId = ids.isEmpty() ? Map.of()
                : records.list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Set<UUID> changedSince = changedAtOrAbove(ids, horizon);
        List<FulfilmentView> items = new ArrayList<>();
        for (UUID id : ids) {
            if (!changedSince.contains(id)) {
                items.add(fulfilments.view(byId.get(id)));
            }
        }
        return new ChangePage(items, FeedPosition.next(rows, 1, after, since != null, limit, horizon).encode(LIST));
    }

    /**
     * Records with a change at or above the horizon, looked up after the records were read: one read in a state such
     * a change wrote would be delivered again, in the same state, once the change sinks below the horizon. It is left
     * out of this page and delivered then.
     */
    private Set<UUID> changedAtOrAbove(List<UUID> ids, String horizon) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> changed = em.createNativeQuery("select distinct record_id from fulfilment_event where record_id in (:ids) "
                + "and tx_id >= cast(:horizon as xid8)").setParameter("ids", ids).setParameter("horizon", horizon)
                .getResultList();
        return Set.copyOf(changed);
    }
}
