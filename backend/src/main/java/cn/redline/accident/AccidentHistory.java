package cn.redline.accident;

import cn.redline.platform.Caller;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accident's history: the one writer of its steps (entry, push, corrections with before and after), and its reading. */
@ApplicationScoped
public class AccidentHistory {

    @Schema(name = "AccidentEvent", description = "One step in an accident's history")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor,
                        @Schema(maxLength = 20, description = "CREATE, PUSH or CORRECT") String action,
                        @Schema(nullable = true, maxLength = 1000) String reason,
                        @Schema(nullable = true, description = "For a correction: each changed field with from and to")
                        Map<String, Object> data) {
    }

    @Schema(name = "AccidentHistory")
    public record History(@Schema(maxItems = 1000) List<Entry> items) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    void write(Accident a, String action, String reason, Map<String, Object> data) {
        AccidentEvent e = new AccidentEvent();
        e.accidentId = a.id;
        e.at = Times.now(clock);
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.action = action;
        e.reason = reason;
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }

    History of(Accident a) {
        return new History(em.createQuery("from AccidentEvent where accidentId = :id order by seq", AccidentEvent.class)
                .setParameter("id", a.id).setMaxResults(1000).getResultList().stream()
                .map(e -> new Entry(e.seq, e.at, e.actorName, e.action, e.reason, e.data)).toList());
    }
}
