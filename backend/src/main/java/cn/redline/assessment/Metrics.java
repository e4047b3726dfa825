package cn.redline.assessment;

import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The metric catalogue, a target's live values and a scheme's snapshots, each scoped to what the caller may see. */
@ApplicationScoped
public class Metrics {

    /** A scheme's snapshots may be taken again from its opening until its results are approved. */
    private static final Set<SchemeStatus> RECOMPUTABLE = EnumSet.of(SchemeStatus.SELF_ASSESSMENT, SchemeStatus.REVIEWING,
            SchemeStatus.PRELIMINARY, SchemeStatus.APPROVED);

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    MetricQueries queries;

    @Inject
    MetricSnapshots snapshots;

    @Inject
    Schemes schemes;

    @Inject
    SchemeTargets targets;

    public MetricValues.Catalogue catalogue(Labels l) {
        return new MetricValues.Catalogue(MetricCatalogue.all().stream().map(e -> new MetricValues.Definition(e.code(), label(l, e.code()),
                l.text("assessmentMetric." + e.code().name()), e.unit(), e.direction(), e.basis(), e.computed())).toList());
    }

    /** The target's computed metrics over [from, to), as they stand now; 404 for an org outside the caller's scope. */
    @Transactional
    public MetricValues.Live live(UUID orgId, LocalDate from, LocalDate to, Labels l) {
        Org org = orgs.findVisible(orgId, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (to.isAfter(from.plusYears(2))) {
            throw ProblemException.invalid("to", "a period spans at most two years");
        }
        MetricQueries.Window w = queries.window(from, to);
        Map<MetricCode, MetricQueries.Value> values = queries.compute(org, w);
        List<MetricValues.Value> items = new ArrayList<>();
        values.forEach((code, v) -> items.add(new MetricValues.Value(code, label(l, code), MetricCatalogue.of(code).unit(),
                MetricCatalogue.of(code).direction(), v.value(), v.inputs())));
        Org parent = org.parentId == null ? null : orgs.findById(org.parentId);
        return new MetricValues.Live(org.id, org.name, TargetScope.of(org, parent).scoping(), from, to, w.end(), items);
    }

    /** Every snapshot of one target in the scheme, which of them scoring reads marked in force. */
    public MetricValues.Snapshots of(UUID schemeId, UUID orgId, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        Org org = orgs.findVisible(orgId, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
        Set<UUID> inForce = new java.util.HashSet<>();
        snapshots.inForce(s.id, org.id, s.frozenAt).values().forEach(m -> inForce.add(m.id));
        return new MetricValues.Snapshots(s.frozenAt, snapshots.all(s.id, org.id).stream().map(m -> view(m, inForce.contains(m.id), l))
                .toList());
    }

    /** Takes every target's metrics again (e.g. after an accident entered late); the earlier snapshots stay. */
    @Transactional
    public MetricValues.Snapshots recompute(UUID schemeId, UUID orgId, String comment, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        schemes.requireIssuingSide(s);
        if (!RECOMPUTABLE.contains(s.status)) {
            throw ProblemException.conflict("A scheme in state " + s.status + " takes no metric snapshots");
        }
        List<Org> all = targets.of(s).stream().map(SchemeTargets.Target::org)
                .filter(o -> orgId == null || o.id.equals(orgId)).toList();
        if (orgId != null && all.isEmpty()) {
            throw ProblemException.notFound("Organization");
        }
        snapshots.take(s, all, MetricSnapshot.Reason.RECOMPUTE, comment.strip(), Times.now(clock));
        return orgId == null ? new MetricValues.Snapshots(s.frozenAt, List.of()) : of(schemeId, orgId, l);
    }

    static String label(Labels l, MetricCode code) {
        return l.enumValue("AssessmentMetricCode", code.name());
    }

    static MetricValues.Snapshot view(MetricSnapshot m, boolean inForce, Labels l) {
        return new MetricValues.Snapshot(m.id, m.schemeId, m.targetOrgId, m.metric, label(l, m.metric), MetricCatalogue.of(m.metric).unit(),
                m.periodFrom, m.periodTo, m.asOf, m.value, m.inputs, m.inputsHash, m.reason, m.comment, m.computedAt, m.computedBy,
                inForce);
    }
}
