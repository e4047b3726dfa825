package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.duty.Capability;
import cn.redline.duty.Obligations;
import cn.redline.duty.RequirementRule;
import cn.redline.duty.Subject;
import cn.redline.org.Org;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drills held (§3.3), recorded after the fact (§3.4 record_past), and what they count for (§3.2): a CONDUCTED drill
 * is evidence for every drill rule its organiser owes on its date whose qualifier it meets; a TERMINATED one for none.
 */
@ApplicationScoped
public class Drills {

    static final String ENTITY = "drill";
    static final String EVIDENCE = "DRILL";
    /** §3.4: a drill older than this is recorded by a safety office, not by the organiser alone. */
    static final int RECENT_DAYS = 30;

    /** Drills newest first. */
    static final Keyset<Drill> NEWEST = Keyset.descending("drills",
            Keyset.optionalDate("x.conductedOn", d -> d.conductedOn), Keyset.uuid("x.id", d -> d.id));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    EmergencyPlans plans;

    @Inject
    Obligations obligations;

    @Inject
    AuditLog audit;

    public DrillView get(UUID id) {
        return view(visible(id));
    }

    public DrillPage list(UUID orgId, PageParams page) {
        Map<String, Object> equal = new HashMap<>();
        equal.put("orgId", orgId);
        Page<DrillView> shown = records.page(Drill.class, NEWEST, equal, page, this::view);
        return new DrillPage(shown.items(), shown.nextCursor());
    }

    @Transactional
    public DrillView record(DrillInput in) {
        LocalDate today = Times.today(clock);
        validate(in, today);
        Org org = access.referencedOrg(in.orgId(), "orgId");
        access.requireOrganiser(org);
        if (in.conductedOn().isBefore(today.minusDays(RECENT_DAYS)) && !access.isOffice()) {
            throw ProblemException.forbidden("A drill held more than " + RECENT_DAYS
                    + " days ago is recorded by a safety office (with its approval)");
        }
        Drill d = new Drill();
        d.id = UUID.randomUUID();
        d.orgId = org.id;
        d.title = in.title().strip();
        d.form = in.form();
        d.scope = in.scope();
        d.status = in.status();
        d.terminationReason = in.terminationReason();
        d.conductedOn = in.conductedOn();
        d.plans = new ArrayList<>(plans.ofOrg(org.id, in.planIds() == null ? List.of() : in.planIds()));
        d.createdAt = Times.now(clock);
        d.updatedAt = d.createdAt;
        em.persist(d);
        em.flush();
        if (d.status == DrillStatus.CONDUCTED) {
            count(d, org);
        }
        DrillView view = view(d);
        audit.record(ENTITY, d.id.toString(), "record", org.path, null, view);
        return view;
    }

    /** Evidence for every drill rule the organiser owes on the drill's date whose qualifier the drill meets (rules stack). */
    private void count(Drill d, Org org) {
        Subject s = Subject.org(org);
        for (RequirementRule r : obligations.applicable(s, d.conductedOn)) {
            if (r.capability == Capability.DRILL && DrillQualifier.qualifies(r.qualifier, d)) {
                obligations.addEvidence(s, r.id, EVIDENCE, d.id.toString(), d.conductedOn);
            }
        }
    }

    private static void validate(DrillInput in, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.conductedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("conductedOn", "must not be in the future: plan a drill instead of recording it"));
        }
        if (in.status() == DrillStatus.TERMINATED && in.terminationReason() == null) {
            errors.add(new Problem.FieldError("terminationReason", "is required for a terminated drill"));
        }
        if (in.status() != DrillStatus.TERMINATED && in.terminationReason() != null) {
            errors.add(new Problem.FieldError("terminationReason", "applies only to a terminated drill"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private DrillView view(Drill d) {
        List<String> codes = em.createQuery("""
                        select r.code from Evidence e, RequirementRule r where r.id = e.ruleId and e.sourceKind = :k
                        and e.sourceId = :id and e.withdrawnAt is null order by r.code""", String.class)
                .setParameter("k", EVIDENCE).setParameter("id", d.id.toString()).getResultList();
        return DrillView.of(d, codes);
    }

    /** The drill visible to the caller, or 404 whether it is missing or outside the scope. */
    private Drill visible(UUID id) {
        return records.visible(Drill.class, id, "Drill");
    }
}
