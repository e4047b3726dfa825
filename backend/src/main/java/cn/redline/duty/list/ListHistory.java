package cn.redline.duty.list;

import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** A list's history: the one writer every step goes through (creation, edits, workflow actions, the job), and its reading. */
@ApplicationScoped
public class ListHistory {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    void write(ResponsibilityList l, String action, ListStatus from, String comment, Map<String, Object> data,
               HistoryActor actor) {
        ListEvent e = new ListEvent();
        e.listId = l.id;
        e.at = Times.now(clock);
        e.actorSubject = actor.subject();
        e.actorName = actor.name();
        e.actorOrgCode = actor.orgCode();
        e.action = action;
        e.fromState = from;
        e.toState = l.status;
        e.comment = comment;
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }

    ListViews.History of(UUID listId) {
        return new ListViews.History(em.createQuery("from ListEvent where listId = :l order by seq", ListEvent.class)
                .setParameter("l", listId).getResultStream().map(ListViews.Event::of).toList());
    }
}
