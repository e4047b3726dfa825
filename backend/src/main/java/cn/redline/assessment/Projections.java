package cn.redline.assessment;

import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Live projection and veto early warning (§4.7.2–3, A3 目标管理预警). The projection runs {@link Scoring} on the values
 * set so far and the metrics computed now over the scheme's period, beside the score on the snapshots in force; the
 * warnings look at the unit's control indicators (80 % of a ceiling), its overdue major hazards, and the metric veto
 * rules of its open assessments on the live values. Nothing is stored: both are read models.
 */
@ApplicationScoped
public class Projections {

    /** Once reviewed, an assessment's points no longer move (objections aside). */
    private static final Set<AssessmentStatus> SETTLED = EnumSet.of(AssessmentStatus.REVIEWED, AssessmentStatus.PRELIMINARY_PUBLISHED,
            AssessmentStatus.FINAL, AssessmentStatus.RECTIFYING, AssessmentStatus.CLOSED);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    cn.redline.org.CallerOrg callerOrg;

    @Inject
    OrgRepository orgs;

    @Inject
    Assessments assessments;

    @Inject
    MetricQueries queries;

    @Inject
    MetricSnapshots snapshots;

    @Inject
    ControlStatus control;

    @Inject
    OverdueMajors overdueMajors;

    /** The projection of an assessment the caller may see; 404 otherwise. */
    public AssessmentProjection projection(UUID id, Labels l) {
        Assessment a = assessments.visible(id);
        AssessmentScheme s = em.find(AssessmentScheme.class, a.schemeId);
        Org target = orgs.findById(a.targetOrgId);
        MetricQueries.Window w = queries.window(MetricSnapshots.from(s), MetricSnapshots.to(s));
        Map<MetricCode, MetricQueries.Value> live = queries.compute(target, w);
        ScoringFacts official = assessments.facts(a, s);
        ScoringFacts projected = withLive(official, live);
        ScoreResult now = Scoring.scoreOne(s.definition, projected);
        ScoreResult frozen = Scoring.scoreOne(s.definition, official);
        Map<String, ScoreResult.LeafScore> leafScores = new LinkedHashMap<>();
        now.leaves().forEach(x -> leafScores.put(x.code(), x));
        boolean settled = SETTLED.contains(a.status);
        List<AssessmentProjection.Item> items = new ArrayList<>();
        for (SchemeDefinition.Indicator leaf : SchemeCheck.leaves(s.definition)) {
            if (!leaf.appliesTo(a.groupCode)) {
                continue;
            }
            ScoreResult.LeafScore ls = leafScores.get(leaf.code());
            ScoringFacts.Leaf facts = official.leaves().get(leaf.code());
            boolean reviewed = facts != null && facts.review() != null;
            boolean auto = leaf.method() == SchemeDefinition.IndicatorMethod.AUTO_METRIC;
            boolean moves = !settled && !reviewed;
            BigDecimal points = ls.points();
            MetricQueries.Value v = auto ? live.get(leaf.metricCode()) : null;
            ScoringFacts.Snapshot snap = auto ? official.metrics().get(leaf.metricCode()) : null;
            items.add(new AssessmentProjection.Item(leaf.code(), leaf.name(), leaf.method(), leaf.maxPoints(), points, auto && !reviewed,
                    auto ? leaf.metricCode() : null, v == null ? null : v.value(), snap == null ? null : snap.value(), moves,
                    moves ? leaf.maxPoints().subtract(points) : BigDecimal.ZERO, moves ? points : BigDecimal.ZERO));
        }
        List<AssessmentProjection.Veto> vetoes = vetoes(s, projected, now);
        List<SchemeDefinition.GradeBand> bands = SchemeCheck.bandsDescending(s.definition);
        int band = Scoring.bandIndex(bands, now.total());
        SchemeDefinition.GradeBand next = band > 0 && !now.awardBar() ? bands.get(band - 1) : null;
        LocalDate today = Times.today(clock);
        LocalDate end = s.cutoff();
        return new AssessmentProjection(a.id, s.id, target.id, target.name, a.status, MetricSnapshots.from(s), end, w.end(),
                today.isBefore(end) ? ChronoUnit.DAYS.between(today, end) : 0, s.frozenAt != null, now.total(), now.grade(),
                label(s, now.grade()), !now.vetoes().isEmpty(), frozen.total(), frozen.grade(), next == null ? null : next.code(),
                next == null ? null : next.lowerBound().subtract(now.total()).max(BigDecimal.ZERO), items, vetoes, warnings(target, l));
    }

    /** The warnings of an org the caller may see (its own when {@code orgId} is null); 404 otherwise. */
    public VetoWarning.Page warnings(UUID orgId, Labels l) {
        UUID id = orgId != null ? orgId : caller.scope().global() ? null : callerOrg.orgId();
        Org org = id == null ? null : orgs.findVisible(id, caller.scope()).orElse(null);
        if (org == null) {
            throw ProblemException.notFound("Organization");
        }
        return new VetoWarning.Page(org.id, org.name, Times.today(clock), warnings(org, l));
    }

    private List<VetoWarning> warnings(Org org, Labels l) {
        LocalDate today = Times.today(clock);
        List<VetoWarning> out = new ArrayList<>();
        for (ControlStatusView.Item i : control.ofToday(org, l).items()) {
            if (i.level() != WarningLevel.OK) {
                out.add(new VetoWarning(VetoWarningKind.CONTROL_INDICATOR, i.level(), i.reason(), i.metric(), i.ceiling(), i.actual(),
                        i.percent(), i.listId(), null, null, null, null, null, null, null, null, null, null));
            }
        }
        for (OverdueMajors.Overdue h : overdueMajors.of(org, today, 0, false)) {
            String message = l.text("vetoWarning.overdueMajor" + (h.supervised() ? "Supervised" : ""), Map.of("code", h.code(),
                    "title", h.title(), "deadline", h.deadline().toString(), "days", h.daysOverdue()));
            out.add(new VetoWarning(VetoWarningKind.OVERDUE_MAJOR_HAZARD, WarningLevel.WARNING, message, null, null, null, null, null,
                    h.id(), h.code(), h.deadline(), h.daysOverdue(), h.supervised(), null, null, null, null, null));
        }
        out.addAll(openVetoes(org, l));
        out.sort(Comparator.comparing((VetoWarning w) -> w.level() != WarningLevel.EXCEEDED).thenComparing(VetoWarning::kind));
        return out;
    }

    /** The metric veto rules of the org's assessments in schemes still open for self-assessment, on the live values. */
    private List<VetoWarning> openVetoes(Org org, Labels l) {
        List<VetoWarning> out = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select a, s from Assessment a, AssessmentScheme s where s.id = a.schemeId "
                        + "and a.targetOrgId = :org and s.status = :open order by s.year, s.period", Object[].class)
                .setParameter("org", org.id).setParameter("open", SchemeStatus.SELF_ASSESSMENT).getResultList();
        for (Object[] r : rows) {
            Assessment a = (Assessment) r[0];
            AssessmentScheme s = (AssessmentScheme) r[1];
            if (s.definition.vetoRules().stream().allMatch(SchemeDefinition.VetoRule::manual)) {
                continue;
            }
            Map<MetricCode, MetricQueries.Value> live = queries.compute(org, queries.window(MetricSnapshots.from(s), MetricSnapshots.to(s)));
            ScoringFacts projected = withLive(assessments.facts(a, s), live);
            for (AssessmentProjection.Veto v : vetoes(s, projected, Scoring.scoreOne(s.definition, projected))) {
                if (v.manual() || !(v.holds() || v.near())) {
                    continue;
                }
                Map<String, Object> args = Map.of("scheme", s.title, "rule", v.name(), "metric", Metrics.label(l, v.metric()),
                        "value", Scoring.plain(v.value()), "threshold", Scoring.plain(v.threshold()),
                        "percent", v.percent() == null ? "" : Scoring.plain(v.percent()));
                out.add(new VetoWarning(VetoWarningKind.VETO_RULE, v.holds() ? WarningLevel.EXCEEDED : WarningLevel.WARNING,
                        l.text("vetoWarning.vetoRule" + (v.holds() ? "Holds" : "Near"), args), null, null, v.value(), v.percent(), null,
                        null, null, null, null, null, a.id, s.id, v.code(), v.metric(), v.threshold()));
            }
        }
        return out;
    }

    private static List<AssessmentProjection.Veto> vetoes(AssessmentScheme s, ScoringFacts facts, ScoreResult scored) {
        List<AssessmentProjection.Veto> out = new ArrayList<>();
        for (SchemeDefinition.VetoRule r : s.definition.vetoRules()) {
            boolean applied = scored.vetoes().stream().anyMatch(v -> v.rule().equals(r.code()));
            if (r.manual()) {
                out.add(new AssessmentProjection.Veto(r.code(), r.name(), r.effect(), true, null, null, null, null, null, applied, false));
                continue;
            }
            ScoringFacts.Snapshot value = facts.metrics().get(r.metric());
            ScoringFacts.Snapshot against = r.thresholdMetric() == null ? null : facts.metrics().get(r.thresholdMetric());
            BigDecimal threshold = r.thresholdMetric() != null ? (against == null ? null : against.value()) : r.threshold();
            BigDecimal v = value == null ? null : value.value();
            boolean upward = r.comparison() == SchemeDefinition.Comparison.GE || r.comparison() == SchemeDefinition.Comparison.GT;
            BigDecimal percent = v != null && threshold != null && upward && threshold.signum() > 0
                    ? v.multiply(HUNDRED).divide(threshold, 2, RoundingMode.HALF_UP) : null;
            // near: 80 % of the threshold or more, compared exactly (as the control indicators' warning)
            boolean near = !applied && percent != null
                    && v.multiply(BigDecimal.TEN).compareTo(threshold.multiply(BigDecimal.valueOf(8))) >= 0;
            out.add(new AssessmentProjection.Veto(r.code(), r.name(), r.effect(), false, r.metric(), r.comparison(), v, threshold, percent,
                    applied, near));
        }
        return out;
    }

    /** The facts with every metric replaced by its live value. */
    private static ScoringFacts withLive(ScoringFacts f, Map<MetricCode, MetricQueries.Value> live) {
        Map<MetricCode, ScoringFacts.Snapshot> metrics = new LinkedHashMap<>();
        live.forEach((code, v) -> {
            if (v.value() != null) {
                metrics.put(code, new ScoringFacts.Snapshot("LIVE:" + code.name(), v.value()));
            }
        });
        return new ScoringFacts(f.targetId(), f.group(), f.leaves(), metrics, f.adjustments(), f.vetoes());
    }

    private static String label(AssessmentScheme s, String grade) {
        return s.definition.gradeBands().stream().filter(b -> b.code().equals(grade)).map(SchemeDefinition.GradeBand::label)
                .findFirst().orElse(grade);
    }
}
