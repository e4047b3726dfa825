package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.platform.Caller;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record's history: the one writer every change goes through (entry, edits, workflow steps, automatic matches,
 * pushes), which the change feed reads too; and its reading. Entries are never changed once written.
 */
@ApplicationScoped
public class FulfilmentHistory {

    @Schema(name = "FulfilmentEvent", description = "One step in a record's history")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor, @Schema(maxLength = 30) String action,
                        @Schema(nullable = true) FulfilmentState fromState, FulfilmentState toState,
                        @Schema(nullable = true, maxLength = 1000) String comment,
                        @Schema(nullable = true) Map<String, Object> data) {
    }

    @Schema(name = "FulfilmentHistory")
    public record History(@Schema(maxItems = 1000) List<Entry> items) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** A change the caller made. */
    void byCaller(FulfilmentRecord r, String action, FulfilmentState from, String comment, Map<String, Object> data) {
        write(r, action, from, comment, data, new HistoryActor(caller.subject(), caller.displayName(), null));
    }

    /** A change a job made without a caller (an automatic match). */
    void bySystem(FulfilmentRecord r, String action, FulfilmentState from, Map<String, Object> data, HistoryActor system) {
        write(r, action, from, null, data, system);
    }

    History of(FulfilmentRecord r) {
        return new History(em.createQuery("from FulfilmentEvent where recordId = :id order by seq", FulfilmentEvent.class)
                .setParameter("id", r.id).setMaxResults(1000).getResultList().stream()
                .map(e -> new Entry(e.seq, e.at, e.actorName, e.action, e.fromState, e.toState, e.comment, e.data))
                .toList());
    }

    private void write(FulfilmentRecord r, String action, FulfilmentState from, String comment, Map<String, Object> data,
                       HistoryActor actor) {
        FulfilmentEvent e = new FulfilmentEvent();
        e.recordId = r.id;
        e.orgId = r.orgId;
        e.at = Times.now(clock);
        e.actorSubject = actor.subject();
        e.actorName = actor.name();
        e.action = action;
        e.fromState = from;
        e.toState = r.state;
        e.comment = comment;
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }

}
