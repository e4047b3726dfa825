package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
import cn.redline.platform.Caller;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import cn.redline.platform.workflow.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A ticket's history: the one writer every step goes through (reporting, bulk push, workflow actions, org moves,
 * the overdue job) and its reading. Entries are never changed once written.
 */
@ApplicationScoped
public class HazardHistory {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HazardViews views;

    @Inject
    HazardRepository hazards;

    /** A workflow action the caller took. */
    void step(Hazard h, Step<State, HazardWorkflow.Action> step, String comment) {
        write(h, step.action().name(), step.from(), comment, step.data(), byCaller(), null);
    }

    /** A new ticket the caller reported. */
    void reported(Hazard h, Map<String, Object> data) {
        write(h, HazardEvent.REPORT, null, null, data, byCaller(), null);
    }

    /** The ticket followed its enterprise or territory to {@code h.scopePath}, out of {@code previousScope}. */
    void moved(Hazard h, String previousScope) {
        write(h, HazardEvent.MOVE, h.state, null, Map.of("fromScope", previousScope), byCaller(), previousScope);
    }

    /** A job acted on the ticket without a caller. */
    void bySystem(Hazard h, String action, Map<String, Object> data, HistoryActor system) {
        write(h, action, h.state, null, data, system, null);
    }

    /** The ticket's history as the caller may see it. */
    public HazardPages.History of(UUID id) {
        Hazard h = views.visible(id);
        List<HazardEvent> events = em.createQuery("from HazardEvent where hazardId = :id order by seq", HazardEvent.class)
                .setParameter("id", h.id).getResultList();
        // Another ticket is named only to callers who may see it: out of scope is not found, here too.
        Set<String> visible = hazards.visibleByCodes(HazardEventView.referencedCodes(events), caller.scope()).stream()
                .map(d -> d.code).collect(Collectors.toSet());
        return new HazardPages.History(events.stream().map(e -> HazardEventView.of(e, visible::contains)).toList());
    }

    private HistoryActor byCaller() {
        return new HistoryActor(caller.subject(), caller.displayName(), caller.orgCode());
    }

    /** Appends to the ticket's history; prevScope is set when the ticket moved out of a scope. */
    private void write(Hazard h, String action, State from, String comment, Map<String, Object> data, HistoryActor actor,
                       String prevScope) {
        HazardEvent e = new HazardEvent();
        e.hazardId = h.id;
        e.at = Times.now(clock);
        e.actorSubject = actor.subject();
        e.actorName = actor.name();
        e.actorOrgCode = actor.orgCode();
        e.action = action;
        e.fromState = from;
        e.toState = h.state;
        e.comment = comment;
        e.data = data == null || data.isEmpty() ? null : data;
        e.scopePath = h.scopePath;
        e.industry = h.industry;
        e.prevScopePath = prevScope;
        e.prevIndustry = prevScope == null ? null : h.industry;
        em.persist(e);
    }
}
