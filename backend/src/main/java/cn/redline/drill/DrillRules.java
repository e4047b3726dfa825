package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.duty.Capability;
import cn.redline.duty.PeriodType;
import cn.redline.duty.RequirementRule;
import cn.redline.duty.RuleView;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Drill rules edited per region by an admin (§1.2, §3.2, §3.7): the terms of a rule change with their citation, and
 * every obligation the rule touches (the orgs its selector named before and after) is recounted in the same
 * transaction, so the edit and its consequences are seen together or not at all.
 */
@ApplicationScoped
public class DrillRules {

    static final String ENTITY = "requirement-rule";
    static final Set<String> QUALIFIER_KEYS = Set.of("planKind", "scope", "form", "terminated");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgRepository orgs;

    @Inject
    DrillRecount recount;

    @Inject
    AuditLog audit;

    public DrillRuleView get(UUID id) {
        RequirementRule r = rule(id, LockModeType.NONE);
        return new DrillRuleView(RuleView.of(r), r.version, null);
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public DrillRuleView update(UUID id, String ifMatch, DrillRuleInput in) {
        RequirementRule r = rule(id, LockModeType.PESSIMISTIC_WRITE);
        Etags.requireMatch(ifMatch, r.version);
        validate(in);
        String before = regionPath(r.appliesTo.regionId(), "appliesTo.regionId");
        String after = regionPath(in.appliesTo().regionId(), "appliesTo.regionId");
        RuleView old = RuleView.of(r);
        r.title = in.title().strip();
        r.appliesTo = in.appliesTo();
        r.periodType = in.periodType();
        r.minCount = in.minCount();
        r.qualifier = in.qualifier() == null || in.qualifier().isBlank() ? null : in.qualifier().strip();
        r.mustReportTo = in.mustReportTo();
        r.graceDays = in.graceDays() == null ? 0 : in.graceDays();
        r.atRiskDays = in.atRiskDays() == null ? 30 : in.atRiskDays();
        r.jurisdiction = in.jurisdiction();
        r.effectiveFrom = in.effectiveFrom();
        r.effectiveTo = in.effectiveTo();
        r.citation = in.citation().strip();
        em.flush();
        // the orgs the rule named before and after: one subtree each, or every org when either named no region
        Set<String> paths = new LinkedHashSet<>();
        if (before == null || after == null) {
            paths.add(null);
        } else {
            paths.add(before);
            if (!after.startsWith(before)) {
                paths.add(after);
            }
        }
        int orgsSeen = 0;
        int written = 0;
        int removed = 0;
        int evidence = 0;
        long millis = 0;
        for (String p : paths) {
            DrillRecount.Result x = recount.subtree(p, List.of(r));
            orgsSeen += x.orgs();
            written += x.obligationsWritten();
            removed += x.obligationsRemoved();
            evidence += x.evidenceWritten();
            millis += x.millis();
        }
        RuleView view = RuleView.of(r);
        audit.record(ENTITY, r.id.toString(), "update", after == null ? "/" : after, old, view);
        return new DrillRuleView(view, r.version, new DrillRuleView.Recount(orgsSeen, written, removed, evidence, millis));
    }

    private RequirementRule rule(UUID id, LockModeType lock) {
        RequirementRule r = em.find(RequirementRule.class, id, lock);
        if (r == null || r.capability != Capability.DRILL) {
            throw ProblemException.notFound("Drill rule");
        }
        return r;
    }

    private String regionPath(UUID regionId, String field) {
        if (regionId == null) {
            return null;
        }
        Org region = orgs.findVisible(regionId, caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable(field, "no such organization"));
        return region.path;
    }

    private static void validate(DrillRuleInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.periodType() == PeriodType.EVENT) {
            errors.add(new Problem.FieldError("periodType", "a drill rule owes per calendar period or rolling window, not per event"));
        }
        if (in.effectiveTo() != null && in.effectiveTo().isBefore(in.effectiveFrom())) {
            errors.add(new Problem.FieldError("effectiveTo", "must not be before effectiveFrom"));
        }
        if (in.qualifier() != null) {
            for (String c : in.qualifier().split(";")) {
                String condition = c.strip();
                int eq = condition.indexOf('=');
                if (!condition.isEmpty() && (eq < 0 || !QUALIFIER_KEYS.contains(condition.substring(0, eq).strip()))) {
                    errors.add(new Problem.FieldError("qualifier", "conditions are key=value|value with a key among "
                            + String.join(", ", QUALIFIER_KEYS.stream().sorted().toList()) + ": " + condition));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
