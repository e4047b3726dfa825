package cn.redline.duty.list;

import cn.redline.audit.AuditLog;
import cn.redline.duty.Obligation;
import cn.redline.duty.ObligationStatus;
import cn.redline.duty.SubjectKind;
import cn.redline.org.PostHandedOver;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handovers (§2.3, §2.7.5): when the holder post of a live list (published, signed or active, in force on the day)
 * changes hands, the list gets a handover record with the obligations still open that day; the list's state does not
 * change. The new holder acknowledges it within the handover days (rule data, default 30); past that, unacknowledged,
 * the list shows at risk. What the post owed up to the day stays with the person who held it then: records resolve
 * their holder by date.
 */
@ApplicationScoped
public class ListHandovers {

    private static final Set<ListStatus> LIVE = Set.of(ListStatus.PUBLISHED, ListStatus.SIGNED, ListStatus.ACTIVE);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ListReads reads;

    @Inject
    ListHistory history;

    @Inject
    ListService lists;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "redline.lists.handover-days", defaultValue = "30")
    int handoverDays;

    void handedOver(@Observes PostHandedOver e) {
        List<ResponsibilityList> live = em.createQuery("""
                        from ResponsibilityList l where l.holderPostId = :p and l.status in :live
                        and l.effectiveTo >= :day order by l.code""", ResponsibilityList.class)
                .setParameter("p", e.postId()).setParameter("live", LIVE).setParameter("day", e.day()).getResultList();
        for (ResponsibilityList l : live) {
            boolean exists = em.createQuery("""
                            select count(h) from ListHandover h where h.listId = :l and h.handoverDate = :d""", Long.class)
                    .setParameter("l", l.id).setParameter("d", e.day()).getSingleResult() > 0;
            if (exists) {
                continue;
            }
            ListHandover h = new ListHandover();
            h.id = UUID.randomUUID();
            h.listId = l.id;
            h.postId = e.postId();
            h.fromPerson = e.from().personName;
            h.toPerson = e.to().personName;
            h.toPersonRef = e.to().personRef;
            h.handoverDate = e.day();
            h.dueDate = e.day().plusDays(handoverDays);
            h.openObligations = open(l, e);
            h.createdAt = Times.now(clock);
            em.persist(h);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", h.fromPerson);
            data.put("to", h.toPerson);
            data.put("day", h.handoverDate.toString());
            data.put("open", h.openObligations.size());
            history.write(l, "HANDOVER", l.status, null, data, lists.byCaller());
            audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), "handover", l.scopePath, null, data);
        }
    }

    /** "itemKey/periodKey" of the list's obligations still open on the day (not met, missed or waived, not ended). */
    private List<String> open(ResponsibilityList l, PostHandedOver e) {
        return em.createQuery("""
                        select o from Obligation o where o.subjectKind = :post and o.subjectId = :p
                        and o.dutyItemKey in (select i.itemKey from DutyItem i where i.listId = :l)
                        and o.status in :open and o.periodLast >= :day order by o.periodFirst, o.dutyItemKey""",
                        Obligation.class)
                .setParameter("post", SubjectKind.POST).setParameter("p", e.postId()).setParameter("l", l.id)
                .setParameter("open", Set.of(ObligationStatus.OPEN, ObligationStatus.AT_RISK))
                .setParameter("day", e.day()).getResultStream()
                .map(o -> o.dutyItemKey + "/" + o.periodKey).toList();
    }

    /** The new holder acknowledges: only the person the post was handed to, while holding it; once. */
    @Transactional
    public ListViews.Detail acknowledge(UUID listId, UUID handoverId) {
        ResponsibilityList l = reads.visibleForUpdate(listId);
        ListHandover h = em.find(ListHandover.class, handoverId);
        if (h == null || !h.listId.equals(l.id)) {
            throw ProblemException.notFound("List handover");
        }
        String me = caller.username();
        boolean holdsIt = lists.holderOn(h.postId, Times.today(clock)).map(a -> me.equals(a.personRef)).orElse(false);
        if (!me.equals(h.toPersonRef) || !holdsIt) {
            throw ProblemException.forbidden("Only " + h.toPerson + ", holding the post, acknowledges this handover");
        }
        if (h.acknowledgedAt != null) {
            throw ProblemException.conflict("The handover was acknowledged on " + h.acknowledgedAt);
        }
        h.acknowledgedAt = Times.now(clock);
        h.acknowledgedBy = me;
        Map<String, Object> data = Map.of("handover", h.id.toString(), "from", String.valueOf(h.fromPerson),
                "to", h.toPerson);
        history.write(l, "ACKNOWLEDGE", l.status, null, data, lists.byCaller());
        em.flush();
        ListViews.Detail view = reads.detail(l, lists.workflow().allowedActions(l, lists.actor()));
        audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), "acknowledge", l.scopePath, null, data);
        return view;
    }
}
