package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Yearly drill plans (§3.3): one per org and year, edited while DRAFT (If-Match), through {@link YearPlanWorkflow}. */
@ApplicationScoped
public class DrillYearPlans {

    static final String ENTITY = "drill-year-plan";

    /** Plans newest year first. */
    static final Keyset<DrillYearPlan> NEWEST = Keyset.descending("drill-year-plans",
            Keyset.number("x.year", p -> (long) p.year), Keyset.uuid("x.id", p -> p.id));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    EmergencyPlans plans;

    @Inject
    DrillHistory history;

    @Inject
    AuditLog audit;

    private final Workflow<DrillYearPlan, YearPlanStatus, YearPlanAction, Caller, YearPlanTransition> table =
            YearPlanWorkflow.table((p, c) -> access.mayOrganise(p.orgId));

    Workflow<DrillYearPlan, YearPlanStatus, YearPlanAction, Caller, YearPlanTransition> table() {
        return table;
    }

    public YearPlanView get(UUID id) {
        return view(visible(id));
    }

    public YearPlanView.Page list(UUID orgId, Integer year, PageParams page) {
        Map<String, Object> equal = new HashMap<>();
        equal.put("orgId", orgId);
        equal.put("year", year);
        Page<YearPlanView> shown = records.page(DrillYearPlan.class, NEWEST, equal, page, this::view);
        return new YearPlanView.Page(shown.items(), shown.nextCursor());
    }

    DrillHistory.History history(UUID id) {
        return history.of(DrillEvent.YEAR_PLAN, visible(id).id);
    }

    @Transactional
    public YearPlanView create(YearPlanInput in) {
        Org org = access.referencedOrg(in.orgId(), "orgId");
        access.requireOrganiser(org);
        validate(in, org.id);
        if (em.createQuery("select count(p) from DrillYearPlan p where p.orgId = :o and p.year = :y", Long.class)
                .setParameter("o", org.id).setParameter("y", in.year()).getSingleResult() > 0) {
            throw ProblemException.conflict("The org already has a drill plan for " + in.year() + "; change that one");
        }
        DrillYearPlan p = new DrillYearPlan();
        p.id = UUID.randomUUID();
        p.orgId = org.id;
        p.year = in.year();
        p.status = YearPlanStatus.DRAFT;
        p.createdAt = Times.now(clock);
        fill(p, in);
        em.persist(p);
        em.flush();
        history.write(DrillEvent.YEAR_PLAN, p.id, p.orgId, DrillHistory.CREATE, null, p.status, null, null);
        YearPlanView view = view(p);
        audit.record(ENTITY, p.id.toString(), "create", org.path, null, view);
        return view;
    }

    @Transactional
    public YearPlanView update(UUID id, String ifMatch, YearPlanInput in) {
        DrillYearPlan p = visible(id);
        Etags.requireMatch(ifMatch, p.version);
        Org org = access.visibleOrg(p.orgId);
        access.requireOrganiser(org);
        if (p.status != YearPlanStatus.DRAFT) {
            throw Workflow.refusal("Only a DRAFT plan is edited; this one is " + p.status, table.allowedActions(p, caller));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!p.orgId.equals(in.orgId())) {
            errors.add(new Problem.FieldError("orgId", "a plan stays with its org"));
        }
        if (p.year != in.year()) {
            errors.add(new Problem.FieldError("year", "a plan stays with its year"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        validate(in, p.orgId);
        YearPlanView before = view(p);
        fill(p, in);
        history.write(DrillEvent.YEAR_PLAN, p.id, p.orgId, DrillHistory.EDIT, p.status, p.status, null, null);
        em.flush();
        YearPlanView after = view(p);
        audit.record(ENTITY, p.id.toString(), "update", org.path, before, after);
        return after;
    }

    @Transactional
    public YearPlanView transition(UUID id, String ifMatch, YearPlanTransition req) {
        DrillYearPlan p = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, p.version);
        }
        YearPlanView before = view(p);
        Step<YearPlanStatus, YearPlanAction> step = table.apply(p, req.action(), caller, req);
        p.updatedAt = Times.now(clock);
        history.write(DrillEvent.YEAR_PLAN, p.id, p.orgId, step.action().name(), step.from(), step.to(), req.comment(),
                step.data());
        em.flush();
        YearPlanView after = view(p);
        audit.record(ENTITY, p.id.toString(), req.action().name().toLowerCase(), access.visibleOrg(p.orgId).path, before, after);
        return after;
    }

    private void fill(DrillYearPlan p, YearPlanInput in) {
        p.title = in.title().strip();
        p.items = in.items() == null ? new ArrayList<>() : new ArrayList<>(in.items());
        p.updatedAt = Times.now(clock);
    }

    /** Every item's plans are the org's own emergency plans. */
    private void validate(YearPlanInput in, UUID orgId) {
        for (YearPlanItem item : in.items() == null ? List.<YearPlanItem>of() : in.items()) {
            plans.ofOrg(orgId, item.planIds() == null ? List.of() : item.planIds());
        }
    }

    private YearPlanView view(DrillYearPlan p) {
        List<YearPlanView.DrillRef> drills = em.createQuery(
                        "from Drill d where d.yearPlanId = :p order by d.day, d.id", Drill.class)
                .setParameter("p", p.id).setMaxResults(200).getResultList().stream()
                .map(d -> new YearPlanView.DrillRef(d.id, d.title, d.status, d.day)).toList();
        return new YearPlanView(p.id, p.orgId, p.year, p.title, p.status, p.items, drills,
                table.allowedActions(p, caller), p.version, p.createdAt);
    }

    private DrillYearPlan visible(UUID id) {
        return records.visible(DrillYearPlan.class, id, "Drill year plan");
    }
}
