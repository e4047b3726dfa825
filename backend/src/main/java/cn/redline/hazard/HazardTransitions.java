package cn.redline.hazard;

import cn.redline.attachment.AttachmentService;
import cn.redline.audit.AuditLog;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Workflow actions on a ticket, run by the platform engine over {@link HazardWorkflow}'s table. */
@ApplicationScoped
public class HazardTransitions implements HazardWorkflow.Lookups {

    @Inject
    Clock clock;

    @Inject
    HazardRepository hazards;

    @Inject
    HazardViews views;

    @Inject
    HazardHistory history;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    AttachmentService attachments;

    private Workflow<Hazard, State, Action, Caller, TransitionRequest> workflow;

    @PostConstruct
    void init() {
        workflow = new HazardWorkflow(this).table();
    }

    @Transactional
    public HazardView transition(UUID id, String ifMatch, TransitionRequest req) {
        Hazard h = views.visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, h.version);
        }
        Workflow.Transition<Hazard, State, Action, Caller, TransitionRequest> t = workflow.permit(h, req.action(), caller);
        HazardView before = views.view(h);
        attachments.link(req.attachmentIds(), HazardAttachmentPolicy.OWNER, h.id, HazardWorkflow.purposeOf(req.action()));
        Step<State, Action> step = workflow.run(t, h, caller, req);
        if (req.attachmentIds() != null && !req.attachmentIds().isEmpty()) {
            step.data().put("attachments", req.attachmentIds().stream().map(UUID::toString).toList());
        }
        h.updatedAt = Times.now(clock);
        history.step(h, step, req.comment());
        em.flush();
        HazardView after = views.view(h);
        audit.record(Hazard.AUDIT_ENTITY, h.id.toString(), req.action().name().toLowerCase(), h.scopePath, before, after);
        return after;
    }

    /** What this caller may do with this ticket now: exactly the actions the engine would permit. */
    List<Action> allowedActions(Hazard h) {
        return workflow.allowedActions(h, caller);
    }

    @Override
    public Optional<Hazard> original(UUID id, Hazard duplicate) {
        return hazards.findVisible(id, caller.scope()).filter(o -> !o.id.equals(duplicate.id));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Org callerOrg() {
        return callerOrg.org();
    }

    @Override
    public boolean photoAmong(Hazard h, Collection<UUID> ids) {
        Set<UUID> given = new HashSet<>(ids);
        return attachments.listFor(HazardAttachmentPolicy.OWNER, h.id).stream()
                .anyMatch(a -> given.contains(a.id()) && a.contentType().startsWith("image/"));
    }
}
