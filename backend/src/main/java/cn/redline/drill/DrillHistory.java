package cn.redline.drill;

import cn.redline.platform.Caller;
import cn.redline.platform.Times;
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
 * The history of drills and yearly drill plans: the one writer every step goes through (creation, edits, each
 * transition with the states before and after), and its reading. Entries are never changed once written.
 */
@ApplicationScoped
public class DrillHistory {

    /** Steps that are not workflow actions. */
    static final String EDIT = "EDIT";
    static final String CREATE = "CREATE";

    @Schema(name = "DrillEvent", description = "One step in the history of a drill or a yearly drill plan")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor, @Schema(maxLength = 20) String action,
                        @Schema(nullable = true, maxLength = 12) String fromState, @Schema(maxLength = 12) String toState,
                        @Schema(nullable = true, maxLength = 1000) String comment,
                        @Schema(nullable = true) Map<String, Object> data) {
    }

    @Schema(name = "DrillHistory")
    public record History(@Schema(maxItems = 1000) List<Entry> items) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** A step the caller took on the record {@code kind}/{@code id} of {@code orgId}. */
    void write(String kind, UUID id, UUID orgId, String action, Enum<?> from, Enum<?> to, String comment,
               Map<String, Object> data) {
        DrillEvent e = new DrillEvent();
        e.recordKind = kind;
        e.recordId = id;
        e.orgId = orgId;
        e.at = Times.now(clock);
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = to.name();
        e.comment = comment == null || comment.isBlank() ? null : comment.strip();
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }

    History of(String kind, UUID id) {
        return new History(em.createQuery("from DrillEvent where recordKind = :k and recordId = :id order by seq", DrillEvent.class)
                .setParameter("k", kind).setParameter("id", id).setMaxResults(1000).getResultList().stream()
                .map(e -> new Entry(e.seq, e.at, e.actorName, e.action, e.fromState, e.toState, e.comment, e.data))
                .toList());
    }
}
