package cn.redline.assessment;

import cn.redline.accident.AccidentLevel;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.assessment.SchemeDefinition.IndicatorMethod;
import cn.redline.platform.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One assessment's explained score as the reports write it (§4.5 items 2, 3, 8): per leaf indicator the self score,
 * the metric value and its points, the department's and the review's points, the final points, who set them, when,
 * why and on how many documents; in words — indicator, rule, metric, grade and group names from the scheme and the
 * label catalog, never codes of enums or ids.
 */
final class ScoreLines {

    /** One leaf of one assessment, every value the reports show. */
    record Line(Indicator indicator, BigDecimal maxPoints, BigDecimal self, String selfDetail, MetricCode metric, String metricValue,
                BigDecimal auto, BigDecimal department, String departmentBy, BigDecimal review, String reviewReason,
                BigDecimal points, String setBy, OffsetDateTime setAt, long evidence, String why) {

        /** Points lost against the indicator's maximum. */
        BigDecimal lost() {
            return maxPoints.subtract(points);
        }
    }

    private final AssessmentScheme scheme;
    private final Labels l;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    ScoreLines(AssessmentScheme scheme, Labels l) {
        this.scheme = scheme;
        this.l = l;
        scheme.definition.indicators().forEach(i -> byCode.put(i.code(), i));
    }

    Labels labels() {
        return l;
    }

    // --- words -----------------------------------------------------------------------------------------------------

    /** The scheme's label of a grade code. */
    String grade(String code) {
        return code == null ? null : scheme.definition.gradeBands().stream().filter(b -> b.code().equals(code))
                .map(SchemeDefinition.GradeBand::label).findFirst().orElse(code);
    }

    /** The group's name, with its tier when it has one. */
    String group(String code) {
        return scheme.definition.targetGroups().stream().filter(g -> g.code().equals(code))
                .map(g -> g.tier() == null || g.tier().isBlank() ? g.name() : g.name() + "（" + g.tier() + "）")
                .findFirst().orElse(code);
    }

    String method(IndicatorMethod m) {
        return m == null ? null : l.enumValue("AssessmentIndicatorMethod", m.name());
    }

    String metric(MetricCode m) {
        return m == null ? null : Metrics.label(l, m);
    }

    /** A metric value in its unit: a rate as a percentage, a level as the accident level, 0/1 as no/yes. */
    String metricValue(MetricCode m, BigDecimal v) {
        if (v == null) {
            return null;
        }
        return switch (MetricCatalogue.of(m).unit()) {
            case RATE -> number(v.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + "%";
            case COUNT -> number(v);
            case LEVEL -> v.signum() <= 0 ? l.text("assessmentReport.noAccident")
                    : l.of(AccidentLevel.values()[Math.min(v.intValue(), AccidentLevel.values().length) - 1]);
            case BOOLEAN -> l.text(v.signum() > 0 ? "assessmentReport.yes" : "assessmentReport.no");
        };
    }

    String veto(String rule) {
        return scheme.definition.vetoRules().stream().filter(r -> r.code().equals(rule)).map(SchemeDefinition.VetoRule::name)
                .findFirst().orElse(rule);
    }

    String adjustment(String rule) {
        return scheme.definition.adjustmentRules().stream().filter(r -> r.code().equals(rule))
                .map(SchemeDefinition.AdjustmentRule::name).findFirst().orElse(rule);
    }

    /** The indicator with its parents: 隐患排查治理 / 重大隐患挂牌督办. */
    String indicatorPath(Indicator leaf) {
        List<String> names = new ArrayList<>();
        Indicator i = leaf;
        int guard = 0;
        while (i != null && guard++ < 20) {
            names.add(0, i.name());
            i = i.parent() == null ? null : byCode.get(i.parent());
        }
        return String.join(" / ", names);
    }

    /** The scheme's year and period in words: 2025年上半年. */
    String period() {
        return l.text("assessmentReport.period", Map.of("year", scheme.year, "period", l.of(scheme.period)));
    }

    static String number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    /** A value's content in words: points, the deductions applied, the checklist items met or the occurrences. */
    String content(AssessmentView.ValueEntry v) {
        Indicator leaf = byCode.get(v.code());
        return switch (v.kind()) {
            case SELF -> leaf == null ? null : selfDetail(leaf, v);
            case DEPARTMENT, REVIEW -> l.text("assessmentReport.points", Map.of("points", number(v.points())));
            case ADJUSTMENT -> adjustment(v.code()) + " × " + (v.occurrences() == null ? 1 : v.occurrences());
            case VETO -> veto(v.code());
        };
    }

    /** What a value is about: the indicator, or the adjustment or veto rule. */
    String subject(AssessmentView.ValueEntry v) {
        return switch (v.kind()) {
            case SELF, DEPARTMENT, REVIEW -> byCode.containsKey(v.code()) ? indicatorPath(byCode.get(v.code())) : v.code();
            case ADJUSTMENT -> l.enumValue("AssessmentValueKind", v.kind().name());
            case VETO -> l.enumValue("AssessmentValueKind", v.kind().name());
        };
    }

    private String selfDetail(Indicator leaf, AssessmentView.ValueEntry v) {
        if (v.deductions() != null && leaf.method() == IndicatorMethod.MANUAL_DEDUCT) {
            if (v.deductions().isEmpty()) {
                return l.text("assessmentReport.noDeduction");
            }
            return v.deductions().stream().map(d -> leaf.deductionRulesOrEmpty().stream().filter(r -> r.code().equals(d.rule()))
                    .findFirst().map(r -> r.when() + (r.perOccurrence() ? " × " + d.occurrences() : "")).orElse(d.rule()))
                    .collect(Collectors.joining("；"));
        }
        if (v.checklistMet() != null) {
            return l.text("assessmentReport.checklistMet") + v.checklistMet().stream().map(c -> leaf.checklistOrEmpty().stream()
                    .filter(x -> x.code().equals(c)).map(SchemeDefinition.ChecklistItem::text).findFirst().orElse(c))
                    .collect(Collectors.joining("；"));
        }
        return null;
    }

    // --- lines -----------------------------------------------------------------------------------------------------

    /** The leaves of the explained score, in the scheme's order. */
    List<Line> lines(AssessmentView.Explained e) {
        Map<String, AssessmentView.ValueEntry> self = latest(e, AssessmentValue.Kind.SELF);
        Map<String, AssessmentView.ValueEntry> dept = latest(e, AssessmentValue.Kind.DEPARTMENT);
        Map<String, AssessmentView.ValueEntry> review = latest(e, AssessmentValue.Kind.REVIEW);
        Map<MetricCode, MetricValues.Snapshot> snapshots = new HashMap<>();
        e.snapshots().forEach(s -> snapshots.put(s.code(), s));
        List<Line> out = new ArrayList<>();
        for (ScoreResult.LeafScore s : e.score().leaves()) {
            Indicator leaf = byCode.get(s.code());
            AssessmentView.ValueEntry sv = self.get(s.code());
            AssessmentView.ValueEntry dv = dept.get(s.code());
            AssessmentView.ValueEntry rv = review.get(s.code());
            boolean selfScored = leaf.method() == IndicatorMethod.MANUAL_DEDUCT || leaf.method() == IndicatorMethod.CHECKLIST;
            BigDecimal selfPoints = selfScored && sv != null ? s.computed() : null;
            MetricValues.Snapshot snap = leaf.method() == IndicatorMethod.AUTO_METRIC ? snapshots.get(leaf.metricCode()) : null;
            String metricValue = snap == null ? null : metricValue(snap.code(), snap.value());
            BigDecimal auto = leaf.method() == IndicatorMethod.AUTO_METRIC && !s.missing() ? s.computed() : null;
            AssessmentView.ValueEntry decisive = rv != null ? rv : leaf.method() == IndicatorMethod.DEPARTMENT_SCORED ? dv
                    : selfScored ? sv : null;
            String setBy = decisive != null ? decisive.setBy() : snap != null ? l.text("assessmentReport.system") : null;
            OffsetDateTime setAt = decisive != null ? decisive.setAt() : snap != null ? snap.computedAt() : null;
            long evidence = Stream.of(sv, dv, rv).filter(Objects::nonNull).mapToLong(v -> v.evidence() == null ? 0 : v.evidence().size()).sum();
            String selfDetail = sv == null ? null : selfDetail(leaf, sv);
            String why = rv != null ? rv.reason()
                    : leaf.method() == IndicatorMethod.AUTO_METRIC ? (snap == null ? l.text("assessmentReport.noSnapshot")
                    : metric(leaf.metricCode()) + " " + metricValue)
                    : leaf.method() == IndicatorMethod.DEPARTMENT_SCORED ? (dv == null ? l.text("assessmentReport.notScored") : dv.reason())
                    : selfDetail;
            out.add(new Line(leaf, s.maxPoints(), selfPoints, selfDetail, leaf.method() == IndicatorMethod.AUTO_METRIC ? leaf.metricCode() : null,
                    metricValue, auto, dv == null ? null : dv.points(), dv == null ? null : dv.setBy(), rv == null ? null : rv.points(),
                    rv == null ? null : rv.reason(), s.points(), setBy, setAt, evidence, why));
        }
        return out;
    }

    /** The vetoes applied, by name. */
    String vetoes(ScoreResult score) {
        return score.vetoes().stream().map(v -> veto(v.rule()) + "（" + l.enumValue("AssessmentVetoEffect", v.effect().name()) + "）").collect(Collectors.joining("；"));
    }

    /** The adjustments entered (bonuses, deductions, downgrades), by name and occurrences. */
    String adjustments(AssessmentView.Explained e) {
        return latest(e, AssessmentValue.Kind.ADJUSTMENT).values().stream().map(this::content).collect(Collectors.joining("；"));
    }

    static Map<String, AssessmentView.ValueEntry> latest(AssessmentView.Explained e, AssessmentValue.Kind kind) {
        Map<String, AssessmentView.ValueEntry> out = new LinkedHashMap<>();
        // a withdrawal takes the value in force back: none for that code
        e.values().stream().filter(v -> v.kind() == kind).forEach(v -> {
            if (v.withdrawn()) {
                out.remove(v.code());
            } else {
                out.put(v.code(), v);
            }
        });
        return out;
    }

    /** The parents of the scheme's tree before their leaves: each indicator with its depth, in the scheme's order; every leaf when {@code group} is null. */
    List<Map.Entry<Indicator, Integer>> tree(String group) {
        List<Map.Entry<Indicator, Integer>> out = new ArrayList<>();
        walk(null, 0, group, out);
        return out;
    }

    private void walk(String parent, int depth, String group, List<Map.Entry<Indicator, Integer>> out) {
        for (Indicator i : scheme.definition.indicators()) {
            if (Objects.equals(i.parent(), parent) && depth < 20) {
                boolean leaf = scheme.definition.indicators().stream().noneMatch(c -> i.code().equals(c.parent()));
                if (leaf && group != null && !i.appliesTo(group)) {
                    continue;
                }
                out.add(Map.entry(i, depth));
                walk(i.code(), depth + 1, group, out);
            }
        }
    }

    static String joined(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("；"));
    }
}
