package cn.redline.duty;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Cursor;
import cn.redline.platform.Page;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Requirement rules and obligations over HTTP: reading in the caller's scope, adding rules, approving waivers. */
@ApplicationScoped
public class RuleService {

    static final int MAX_RULES = 1000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgRepository orgs;

    @Inject
    Obligations obligations;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<RuleChanged> changed;

    public RuleList rules() {
        return new RuleList(em.createQuery("from RequirementRule order by code", RequirementRule.class)
                .setMaxResults(MAX_RULES).getResultList().stream().map(RuleView::of).toList());
    }

    @Transactional
    public RuleView create(RuleInput in) {
        List<cn.redline.platform.Problem.FieldError> errors = new ArrayList<>();
        if ((in.periodType() == PeriodType.EVENT) != (in.eventDays() != null)) {
            errors.add(new cn.redline.platform.Problem.FieldError("eventDays",
                    in.eventDays() == null ? "is required for an EVENT rule" : "applies only to EVENT rules"));
        }
        if (in.effectiveTo() != null && in.effectiveTo().isBefore(in.effectiveFrom())) {
            errors.add(new cn.redline.platform.Problem.FieldError("effectiveTo", "must not be before effectiveFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String regionPath = "/";
        if (in.appliesTo().regionId() != null) {
            Org region = orgs.findVisible(in.appliesTo().regionId(), caller.scope())
                    .orElseThrow(() -> ProblemException.unprocessable("appliesTo.regionId", "no such organization"));
            regionPath = region.path;
        }
        if (em.createQuery("select count(r) from RequirementRule r where r.code = :c", Long.class)
                .setParameter("c", in.code()).getSingleResult() > 0) {
            throw ProblemException.conflict("Another requirement rule already has the code " + in.code());
        }
        RequirementRule r = new RequirementRule();
        r.id = UUID.randomUUID();
        r.code = in.code();
        r.title = in.title().strip();
        r.capability = in.capability();
        r.appliesTo = in.appliesTo();
        r.periodType = in.periodType();
        r.eventDays = in.eventDays();
        r.minCount = in.minCount();
        r.qualifier = in.qualifier();
        r.mustReportTo = in.mustReportTo();
        r.graceDays = in.graceDays() == null ? 0 : in.graceDays();
        r.atRiskDays = in.atRiskDays() == null ? 30 : in.atRiskDays();
        r.jurisdiction = in.jurisdiction();
        r.effectiveFrom = in.effectiveFrom();
        r.effectiveTo = in.effectiveTo();
        r.citation = in.citation().strip();
        r.createdAt = Times.now(clock);
        em.persist(r);
        em.flush();
        changed.fire(new RuleChanged(r.id, r.capability, "/".equals(regionPath) ? List.of() : List.of(regionPath)));
        RuleView view = RuleView.of(r);
        audit.record("requirement-rule", r.id.toString(), "create", regionPath, null, view);
        return view;
    }

    public ObligationView get(UUID id) {
        Obligation o = visible(id);
        return ObligationView.of(o, rule(o));
    }

    public ObligationPage list(UUID subjectId, String periodKey, ObligationStatus status, int limit, String cursor) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        var s = caller.scope().where("o");
        where.add(s.hql());
        params.putAll(s.params());
        if (subjectId != null) {
            where.add("b.subjectId = :subject");
            params.put("subject", subjectId);
        }
        if (periodKey != null) {
            where.add("b.periodKey = :period");
            params.put("period", periodKey);
        }
        if (status != null) {
            where.add("b.status = :status");
            params.put("status", status);
        }
        if (cursor != null && !cursor.isEmpty()) {
            List<String> after = Cursor.decode(cursor, "obligations", 2);
            where.add("(b.periodFirst > :afterFirst or (b.periodFirst = :afterFirst and b.id > :afterId))");
            try {
                params.put("afterFirst", java.time.LocalDate.parse(after.get(0)));
                params.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
            }
        }
        TypedQuery<Obligation> q = em.createQuery("select b from Obligation b, Org o where o.id = b.orgId and "
                + String.join(" and ", where) + " order by b.periodFirst, b.id", Obligation.class);
        params.forEach(q::setParameter);
        List<Obligation> rows = q.setMaxResults(limit + 1).getResultList();
        Page<Obligation> page = Page.of(rows, limit, b -> Cursor.encode("obligations", b.periodFirst.toString(), b.id.toString()),
                Function.identity());
        Map<UUID, RequirementRule> rules = new HashMap<>();
        return new ObligationPage(page.items().stream()
                .map(b -> ObligationView.of(b, b.ruleId == null ? null : rules.computeIfAbsent(b.ruleId, id -> em.find(RequirementRule.class, id))))
                .toList(), page.nextCursor());
    }

    /** A waiver is approved by a safety office over its subtree (§2.6), with reason and document. */
    @Transactional
    public ObligationView waive(UUID id, WaiverInput in) {
        Obligation o = visible(id);
        Org org = orgs.findById(o.orgId);
        if (!callerOrg.canWrite(org)) {
            throw ProblemException.forbidden("Only a safety office over the obligation's organization may waive it");
        }
        ObligationView before = ObligationView.of(o, rule(o));
        Obligation waived = obligations.waive(o.id, in.reason().strip(), in.document().strip(), caller.displayName());
        ObligationView after = ObligationView.of(waived, rule(o));
        audit.record("obligation", o.id.toString(), "waive", org.path, before, after);
        return after;
    }

    private RequirementRule rule(Obligation o) {
        return o.ruleId == null ? null : em.find(RequirementRule.class, o.ruleId);
    }

    private Obligation visible(UUID id) {
        var s = caller.scope().where("o");
        TypedQuery<Obligation> q = em.createQuery(
                "select b from Obligation b, Org o where o.id = b.orgId and b.id = :id and " + s.hql(), Obligation.class);
        q.setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("Obligation"));
    }
}
