package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.org.Org;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Emergency plans as references (§3.3): kept by their org, read in the caller's scope, replaced with If-Match. */
@ApplicationScoped
public class EmergencyPlans {

    static final String ENTITY = "emergency-plan";

    /** Plans by title, then id. */
    static final Keyset<EmergencyPlan> BY_TITLE = Keyset.ascending("emergency-plans",
            Keyset.text("x.title", p -> p.title), Keyset.uuid("x.id", p -> p.id));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    AuditLog audit;

    public EmergencyPlanView get(UUID id) {
        return EmergencyPlanView.of(visible(id));
    }

    public EmergencyPlanPage list(UUID orgId, EmergencyPlanKind kind, PageParams page) {
        Map<String, Object> equal = new HashMap<>();
        equal.put("orgId", orgId);
        equal.put("kind", kind);
        Page<EmergencyPlanView> shown = records.page(EmergencyPlan.class, BY_TITLE, equal, page, EmergencyPlanView::of);
        return new EmergencyPlanPage(shown.items(), shown.nextCursor());
    }

    @Transactional
    public EmergencyPlanView create(EmergencyPlanInput in) {
        validate(in);
        Org org = access.referencedOrg(in.orgId(), "orgId");
        access.requireOrganiser(org);
        EmergencyPlan p = new EmergencyPlan();
        p.id = UUID.randomUUID();
        p.orgId = org.id;
        apply(in, p);
        p.createdAt = Times.now(clock);
        p.updatedAt = p.createdAt;
        em.persist(p);
        em.flush();
        EmergencyPlanView view = EmergencyPlanView.of(p);
        audit.record(ENTITY, p.id.toString(), "create", org.path, null, view);
        return view;
    }

    /** Replaces a plan's fields. Its org does not change; its kind does not once a drill exercised it (that drill counted by it). */
    @Transactional
    public EmergencyPlanView update(UUID id, String ifMatch, EmergencyPlanInput in) {
        EmergencyPlan p = visible(id);
        Etags.requireMatch(ifMatch, p.version);
        Org org = em.find(Org.class, p.orgId);
        access.requireOrganiser(org);
        validate(in);
        if (!in.orgId().equals(p.orgId)) {
            throw ProblemException.unprocessable("orgId", "cannot change: a plan stays with its organization");
        }
        if (in.kind() != p.kind && exercised(p.id)) {
            throw ProblemException.conflict("Drills exercised this plan as " + p.kind + "; its kind can no longer change");
        }
        EmergencyPlanView before = EmergencyPlanView.of(p);
        apply(in, p);
        p.updatedAt = Times.now(clock);
        em.flush();
        EmergencyPlanView after = EmergencyPlanView.of(p);
        audit.record(ENTITY, p.id.toString(), "update", org.path, before, after);
        return after;
    }

    /** Deletes a plan no drill exercised (a drill's record keeps the plans it exercised). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        EmergencyPlan p = visible(id);
        Etags.requireMatch(ifMatch, p.version);
        Org org = em.find(Org.class, p.orgId);
        access.requireOrganiser(org);
        if (exercised(p.id)) {
            throw ProblemException.conflict("Drills exercised this plan; it stays as their reference");
        }
        EmergencyPlanView before = EmergencyPlanView.of(p);
        em.remove(p);
        audit.record(ENTITY, p.id.toString(), "delete", org.path, before, null);
    }

    /** The plans of {@code orgId} among {@code ids}, each once; 422 naming the first that is not one of its plans. */
    List<EmergencyPlan> ofOrg(UUID orgId, List<UUID> ids) {
        List<EmergencyPlan> out = new ArrayList<>();
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            EmergencyPlan p = em.find(EmergencyPlan.class, distinct.get(i));
            if (p == null || !p.orgId.equals(orgId)) {
                throw ProblemException.unprocessable("planIds[" + ids.indexOf(distinct.get(i)) + "]",
                        "is not an emergency plan of the drill's organization");
            }
            out.add(p);
        }
        return out;
    }

    private boolean exercised(UUID planId) {
        return em.createQuery("select count(d) from Drill d join d.plans p where p.id = :p", Long.class)
                .setParameter("p", planId).getSingleResult() > 0;
    }

    private static void validate(EmergencyPlanInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.scenarioTypes() != null && new LinkedHashSet<>(in.scenarioTypes().stream().map(String::strip).toList()).size()
                != in.scenarioTypes().size()) {
            errors.add(new Problem.FieldError("scenarioTypes", "must not repeat a scenario type"));
        }
        if (in.effectiveDate() != null && in.lastReviewDate() != null && in.lastReviewDate().isBefore(in.effectiveDate())) {
            errors.add(new Problem.FieldError("lastReviewDate", "must not be before effectiveDate"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(EmergencyPlanInput in, EmergencyPlan p) {
        p.kind = in.kind();
        p.title = in.title().strip();
        p.scenarioTypes = in.scenarioTypes() == null ? new ArrayList<>()
                : new ArrayList<>(in.scenarioTypes().stream().map(String::strip).toList());
        p.planVersion = in.planVersion().strip();
        p.effectiveDate = in.effectiveDate();
        p.filingNo = in.filingNo() == null || in.filingNo().isBlank() ? null : in.filingNo().strip();
        p.lastReviewDate = in.lastReviewDate();
    }

    /** The plan visible to the caller, or 404 whether it is missing or outside the scope. */
    private EmergencyPlan visible(UUID id) {
        return records.visible(EmergencyPlan.class, id, "Emergency plan");
    }
}
