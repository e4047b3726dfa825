package cn.redline.assessment;

import cn.redline.assessment.SchemeDefinition.AdjustmentKind;
import cn.redline.assessment.SchemeDefinition.AdjustmentRule;
import cn.redline.assessment.SchemeDefinition.GradeBand;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.assessment.SchemeDefinition.IndicatorType;
import cn.redline.assessment.SchemeDefinition.VetoEffect;
import cn.redline.assessment.SchemeDefinition.VetoRule;
import cn.redline.assessment.ScoreResult.AppliedVeto;
import cn.redline.assessment.ScoreResult.LeafScore;
import cn.redline.assessment.ScoreResult.Trace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring algorithm of §4.4 as one pure function: the scheme and the targets' facts in, scores, grades and ranks
 * out; no clock, no database, so a published result can be replayed from what it was computed on.
 * <ol>
 * <li>leaf points: MANUAL_DEDUCT = maxPoints − Σ deductions floored at 0 (扣完为止); AUTO_METRIC = mapping(snapshot);
 * CHECKLIST = Σ met items (at most maxPoints); DEPARTMENT_SCORED = the department's points; a review override
 * replaces any of them and needs a reason when it differs;</li>
 * <li>base = Σ applicable leaves, rescaled to baseTotal (each part to its weight when weights are set) for 单独赋分;</li>
 * <li>bonus = min(Σ bonuses, bonusCap); deductions outside the indicators (each rule up to its maxTotal);</li>
 * <li>total = clamp(base + bonus − deductions, 0, baseTotal + bonusCap), rounded half-up once at the end;</li>
 * <li>grade = the highest band whose lower bound the rounded total reaches (inclusive);</li>
 * <li>a confirmed falsification lowers the grade by its rule's steps (each rule once), never below the lowest;</li>
 * <li>vetoes: SCORE_ZERO sets the total to 0, GRADE_LOWEST the lowest band, every veto bars awards;</li>
 * <li>rank per group by rounded total, vetoed targets after the others, ties sharing a rank (1, 2, 2, 4).</li>
 * </ol>
 * Intermediate values keep their full precision (divisions at {@link #SCALE} decimals); only the total is rounded.
 */
public final class Scoring {

    /** Decimals kept by divisions (rescaling, linear mappings) before the final rounding. */
    static final int SCALE = 10;

    private Scoring() {
    }

    /** A fact that contradicts the scheme (unknown rule, override without reason, points beyond a leaf's maximum). */
    public static final class InvalidFacts extends IllegalArgumentException {
        private final String field;

        InvalidFacts(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Scores every target and ranks them per group; the result follows the order of {@code targets}. */
    public static List<ScoreResult> score(SchemeDefinition scheme, List<ScoringFacts> targets) {
        List<ScoreResult> unranked = targets.stream().map(t -> scoreOne(scheme, t)).toList();
        return rank(unranked);
    }

    /** One target's score without a rank. */
    public static ScoreResult scoreOne(SchemeDefinition scheme, ScoringFacts facts) {
        List<Trace> trace = new ArrayList<>();
        List<Indicator> leaves = SchemeCheck.leaves(scheme).stream().filter(i -> i.appliesTo(facts.group())).toList();
        // 1. leaves
        List<LeafScore> leafScores = new ArrayList<>();
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal processSum = BigDecimal.ZERO;
        BigDecimal processMax = BigDecimal.ZERO;
        BigDecimal resultMax = BigDecimal.ZERO;
        BigDecimal maxSum = BigDecimal.ZERO;
        for (Indicator leaf : leaves) {
            LeafScore s = leaf(leaf, facts.leaves().get(leaf.code()), facts.metrics(), trace);
            leafScores.add(s);
            base = base.add(s.points());
            maxSum = maxSum.add(leaf.maxPoints());
            if (leaf.type() == IndicatorType.RESULT) {
                resultMax = resultMax.add(leaf.maxPoints());
            } else {
                processSum = processSum.add(s.points());
                processMax = processMax.add(leaf.maxPoints());
            }
        }
        for (String code : facts.leaves().keySet()) {
            if (leaves.stream().noneMatch(l -> l.code().equals(code))) {
                throw new InvalidFacts("leaves." + code, "is no leaf indicator of the target's group");
            }
        }
        trace.add(total("BASE", base, "Σ leaves"));
        // 2. rescale (单独赋分)
        BigDecimal scaled = base;
        if (scheme.rescale() && maxSum.signum() > 0) {
            if (scheme.processWeight() != null && scheme.resultWeight() != null) {
                BigDecimal resultSum = base.subtract(processSum);
                scaled = part(processSum, processMax, scheme.processWeight()).add(part(resultSum, resultMax, scheme.resultWeight()));
            } else {
                scaled = base.multiply(scheme.baseTotal()).divide(maxSum, SCALE, RoundingMode.HALF_UP);
            }
            trace.add(total("RESCALE", scaled, "rescaled to " + plain(scheme.baseTotal()) + " from " + plain(maxSum)));
        }
        // 3. adjustments
        Map<String, AdjustmentRule> rules = new LinkedHashMap<>();
        scheme.adjustmentRules().forEach(r -> rules.put(r.code(), r));
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        Map<String, List<ScoringFacts.Adjustment>> byRule = new LinkedHashMap<>();
        for (ScoringFacts.Adjustment a : nullSafe(facts.adjustments())) {
            if (!rules.containsKey(a.rule())) {
                throw new InvalidFacts("adjustments." + a.rule(), "is no adjustment rule of the scheme");
            }
            if (a.occurrences() < 1) {
                throw new InvalidFacts("adjustments." + a.rule(), "occurrences must be at least 1");
            }
            occurrences.merge(a.rule(), a.occurrences(), Integer::sum);
            byRule.computeIfAbsent(a.rule(), k -> new ArrayList<>()).add(a);
        }
        BigDecimal bonusRaw = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        int downgrade = 0;
        for (AdjustmentRule r : scheme.adjustmentRules()) {
            int n = occurrences.getOrDefault(r.code(), 0);
            String snapshotId = null;
            if (r.metric() != null && facts.metrics().get(r.metric()) != null) {
                ScoringFacts.Snapshot s = facts.metrics().get(r.metric());
                n += s.value().setScale(0, RoundingMode.DOWN).intValueExact();
                snapshotId = s.snapshotId();
            }
            if (n <= 0) {
                continue;
            }
            List<String> evidence = byRule.getOrDefault(r.code(), List.of()).stream()
                    .flatMap(a -> nullSafe(a.evidence()).stream()).toList();
            String setBy = byRule.getOrDefault(r.code(), List.of()).stream().map(ScoringFacts.Adjustment::setBy)
                    .filter(Objects::nonNull).distinct().reduce((x, y) -> x + ", " + y).orElse(null);
            if (r.kind() == AdjustmentKind.FALSIFICATION_DOWNGRADE) {
                downgrade += r.steps();
                trace.add(new Trace("DOWNGRADE", null, "ADJUSTMENT", r.code(), null, setBy, evidence,
                        "grade lowered by " + r.steps()));
                continue;
            }
            BigDecimal points = r.points().multiply(BigDecimal.valueOf(n));
            if (r.maxTotal() != null && points.compareTo(r.maxTotal()) > 0) {
                points = r.maxTotal();
            }
            trace.add(new Trace(r.kind().name(), null, snapshotId != null && setBy == null ? "SNAPSHOT" : "ADJUSTMENT",
                    snapshotId != null && setBy == null ? snapshotId : r.code(),
                    r.kind() == AdjustmentKind.BONUS ? points : points.negate(), setBy, evidence,
                    r.code() + " × " + n));
            if (r.kind() == AdjustmentKind.BONUS) {
                bonusRaw = bonusRaw.add(points);
            } else {
                deductions = deductions.add(points);
            }
        }
        BigDecimal bonus = bonusRaw.min(scheme.bonusCap());
        if (bonus.compareTo(bonusRaw) != 0) {
            trace.add(total("BONUS_CAP", bonus, "bonus capped at " + plain(scheme.bonusCap())));
        }
        // 4. total, clamped, rounded at the end only
        BigDecimal ceiling = scheme.baseTotal().add(scheme.bonusCap());
        BigDecimal raw = scaled.add(bonus).subtract(deductions);
        BigDecimal clamped = raw.max(BigDecimal.ZERO).min(ceiling);
        if (clamped.compareTo(raw) != 0) {
            trace.add(total("CLAMP", clamped, "kept within 0.." + plain(ceiling)));
        }
        // 7 (before grading): vetoes, so a SCORE_ZERO total is graded as 0
        List<AppliedVeto> vetoes = vetoes(scheme, facts, trace);
        boolean zero = vetoes.stream().anyMatch(v -> v.effect() == VetoEffect.SCORE_ZERO);
        if (zero) {
            clamped = BigDecimal.ZERO;
        }
        BigDecimal rounded = clamped.setScale(scheme.scale(), RoundingMode.HALF_UP);
        trace.add(total("TOTAL", rounded, "rounded half-up to " + scheme.scale() + " decimals"));
        // 5. grade on the rounded total
        List<GradeBand> bands = SchemeCheck.bandsDescending(scheme);
        int band = bandIndex(bands, rounded);
        String bandGrade = bands.get(band).code();
        trace.add(new Trace("GRADE", null, "TOTAL", bandGrade, rounded, null, List.of(),
                "≥ " + plain(bands.get(band).lowerBound())));
        // 6. falsification downgrade
        int graded = Math.min(band + downgrade, bands.size() - 1);
        // 7. vetoes on the grade
        if (vetoes.stream().anyMatch(v -> v.effect() == VetoEffect.GRADE_LOWEST)) {
            graded = bands.size() - 1;
        }
        String grade = bands.get(graded).code();
        if (graded != band) {
            trace.add(new Trace("GRADE", null, "TOTAL", grade, null, null, List.of(), "after downgrades and vetoes"));
        }
        return new ScoreResult(facts.targetId(), facts.group(), leafScores, base, scaled, bonusRaw, bonus, deductions,
                clamped, rounded, bandGrade, downgrade, grade, vetoes, !vetoes.isEmpty(), null, trace);
    }

    /** Index (0 = highest) of the highest band whose inclusive lower bound {@code total} reaches. */
    static int bandIndex(List<GradeBand> descending, BigDecimal total) {
        for (int i = 0; i < descending.size(); i++) {
            if (total.compareTo(descending.get(i).lowerBound()) >= 0) {
                return i;
            }
        }
        return descending.size() - 1;
    }

    private static BigDecimal part(BigDecimal sum, BigDecimal max, BigDecimal weight) {
        return max.signum() == 0 ? BigDecimal.ZERO : sum.multiply(weight).divide(max, SCALE, RoundingMode.HALF_UP);
    }

    private static LeafScore leaf(Indicator leaf, ScoringFacts.Leaf in, Map<MetricCode, ScoringFacts.Snapshot> metrics,
                                  List<Trace> trace) {
        BigDecimal max = leaf.maxPoints();
        BigDecimal computed = null;
        boolean missing = false;
        switch (leaf.method()) {
            case MANUAL_DEDUCT -> {
                BigDecimal deducted = BigDecimal.ZERO;
                trace.add(new Trace("LEAF", leaf.code(), "RULE", null, max, null, List.of(), "full points"));
                for (ScoringFacts.Deduction d : in == null ? List.<ScoringFacts.Deduction>of() : nullSafe(in.deductions())) {
                    SchemeDefinition.DeductionRule r = leaf.deductionRulesOrEmpty().stream()
                            .filter(x -> x.code().equals(d.rule())).findFirst()
                            .orElseThrow(() -> new InvalidFacts("leaves." + leaf.code() + ".deductions." + d.rule(),
                                    "is no deduction rule of the indicator"));
                    if (d.occurrences() < 1 || (!r.perOccurrence() && d.occurrences() != 1)) {
                        throw new InvalidFacts("leaves." + leaf.code() + ".deductions." + d.rule(),
                                r.perOccurrence() ? "occurrences must be at least 1" : "applies once");
                    }
                    BigDecimal p = r.points().multiply(BigDecimal.valueOf(d.occurrences()));
                    deducted = deducted.add(p);
                    trace.add(new Trace("LEAF", leaf.code(), "RULE", r.code(), p.negate(), d.setBy(), nullSafe(d.evidence()),
                            r.perOccurrence() ? r.code() + " × " + d.occurrences() : r.code()));
                }
                computed = max.subtract(deducted).max(BigDecimal.ZERO);
                if (deducted.compareTo(max) > 0) {
                    trace.add(new Trace("LEAF", leaf.code(), "RULE", null, computed, null, List.of(), "floored at 0 (扣完为止)"));
                }
            }
            case AUTO_METRIC -> {
                ScoringFacts.Snapshot s = metrics.get(leaf.metricCode());
                if (s == null) {
                    missing = true;
                    computed = BigDecimal.ZERO;
                    trace.add(new Trace("LEAF", leaf.code(), "SNAPSHOT", null, BigDecimal.ZERO, null, List.of(),
                            "no snapshot of " + leaf.metricCode()));
                } else {
                    computed = map(leaf, s.value());
                    trace.add(new Trace("LEAF", leaf.code(), "SNAPSHOT", s.snapshotId(), computed, null, List.of(),
                            leaf.metricCode() + " = " + plain(s.value())));
                }
            }
            case CHECKLIST -> {
                BigDecimal sum = BigDecimal.ZERO;
                ScoringFacts.Checklist c = in == null ? null : in.checklist();
                for (String met : c == null ? List.<String>of() : nullSafe(c.met())) {
                    SchemeDefinition.ChecklistItem item = leaf.checklistOrEmpty().stream().filter(x -> x.code().equals(met))
                            .findFirst().orElseThrow(() -> new InvalidFacts("leaves." + leaf.code() + ".checklist." + met,
                                    "is no checklist item of the indicator"));
                    sum = sum.add(item.points());
                    trace.add(new Trace("LEAF", leaf.code(), "CHECKLIST", item.code(), item.points(), c.setBy(),
                            nullSafe(c.evidence()), null));
                }
                computed = sum.min(max);
            }
            case DEPARTMENT_SCORED -> {
                ScoringFacts.Points p = in == null ? null : in.department();
                if (p == null) {
                    missing = true;
                    computed = BigDecimal.ZERO;
                    trace.add(new Trace("LEAF", leaf.code(), "DEPARTMENT", null, BigDecimal.ZERO, null, List.of(),
                            "not scored by the department"));
                } else {
                    within(leaf, p.points(), "department");
                    computed = p.points();
                    trace.add(new Trace("LEAF", leaf.code(), "DEPARTMENT", null, computed, p.setBy(), nullSafe(p.evidence()),
                            p.reason()));
                }
            }
        }
        ScoringFacts.Points review = in == null ? null : in.review();
        if (review == null) {
            return new LeafScore(leaf.code(), max, computed, computed, false, missing);
        }
        within(leaf, review.points(), "review");
        if (review.points().compareTo(computed) != 0 && (review.reason() == null || review.reason().isBlank())) {
            throw new InvalidFacts("leaves." + leaf.code() + ".review.reason", "an override needs a reason");
        }
        trace.add(new Trace("LEAF", leaf.code(), "REVIEW", null, review.points(), review.setBy(), nullSafe(review.evidence()),
                review.reason()));
        return new LeafScore(leaf.code(), max, computed, review.points(), review.points().compareTo(computed) != 0, false);
    }

    private static void within(Indicator leaf, BigDecimal points, String what) {
        if (points == null || points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
            throw new InvalidFacts("leaves." + leaf.code() + "." + what, "points must be within 0.." + plain(leaf.maxPoints()));
        }
    }

    /** A metric value as points of an AUTO_METRIC leaf, always within 0..maxPoints. */
    static BigDecimal map(Indicator leaf, BigDecimal value) {
        SchemeDefinition.MetricMapping m = leaf.mapping();
        BigDecimal max = leaf.maxPoints();
        BigDecimal points = switch (m.kind()) {
            case STEPS -> m.stepsOrEmpty().stream().filter(s -> value.compareTo(s.atLeast()) >= 0)
                    .max(Comparator.comparing(SchemeDefinition.MappingStep::atLeast))
                    .map(SchemeDefinition.MappingStep::points).orElse(BigDecimal.ZERO);
            case LINEAR -> {
                BigDecimal span = m.fullAt().subtract(m.zeroAt());
                yield value.subtract(m.zeroAt()).multiply(max).divide(span, SCALE, RoundingMode.HALF_UP);
            }
            case DEDUCT_PER_UNIT -> max.subtract(m.perUnit().multiply(value));
        };
        return points.max(BigDecimal.ZERO).min(max);
    }

    private static List<AppliedVeto> vetoes(SchemeDefinition scheme, ScoringFacts facts, List<Trace> trace) {
        Map<String, ScoringFacts.ManualVeto> manual = new HashMap<>();
        for (ScoringFacts.ManualVeto v : nullSafe(facts.vetoes())) {
            VetoRule rule = scheme.vetoRules().stream().filter(r -> r.code().equals(v.rule())).findFirst()
                    .orElseThrow(() -> new InvalidFacts("vetoes." + v.rule(), "is no veto rule of the scheme"));
            if (!rule.manual()) {
                throw new InvalidFacts("vetoes." + v.rule(), "is decided by its metric, not by hand");
            }
            manual.put(v.rule(), v);
        }
        List<AppliedVeto> applied = new ArrayList<>();
        for (VetoRule r : scheme.vetoRules()) {
            if (r.manual()) {
                ScoringFacts.ManualVeto v = manual.get(r.code());
                if (v != null) {
                    applied.add(new AppliedVeto(r.code(), r.effect(), null, v.setBy()));
                    trace.add(new Trace("VETO", null, "VETO", r.code(), null, v.setBy(), nullSafe(v.evidence()), r.effect().name()));
                }
                continue;
            }
            ScoringFacts.Snapshot s = facts.metrics().get(r.metric());
            BigDecimal against = r.thresholdMetric() != null
                    ? (facts.metrics().get(r.thresholdMetric()) == null ? null : facts.metrics().get(r.thresholdMetric()).value())
                    : r.threshold();
            if (s == null || against == null) {
                continue;
            }
            if (r.comparison().holds(s.value(), against)) {
                applied.add(new AppliedVeto(r.code(), r.effect(), s.snapshotId(), null));
                trace.add(new Trace("VETO", null, "SNAPSHOT", s.snapshotId(), null, null, List.of(),
                        r.code() + ": " + r.metric() + " " + plain(s.value()) + " " + r.comparison() + " " + plain(against)
                                + " → " + r.effect()));
            }
        }
        return applied;
    }

    /**
     * Ranks inside each group: targets without a veto first, by rounded total descending; then vetoed targets, likewise;
     * equal totals (in the same half) share the rank and the next rank skips (1, 2, 2, 4).
     */
    static List<ScoreResult> rank(List<ScoreResult> scores) {
        Map<String, List<ScoreResult>> groups = new LinkedHashMap<>();
        scores.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        Map<ScoreResult, Integer> ranks = new java.util.IdentityHashMap<>();
        Comparator<ScoreResult> order = Comparator.comparing((ScoreResult s) -> !s.vetoes().isEmpty())
                .thenComparing(ScoreResult::total, Comparator.reverseOrder());
        for (List<ScoreResult> g : groups.values()) {
            List<ScoreResult> sorted = new ArrayList<>(g);
            sorted.sort(order.thenComparing(ScoreResult::targetId));
            for (int i = 0; i < sorted.size(); i++) {
                ScoreResult s = sorted.get(i);
                boolean tie = i > 0 && order.compare(sorted.get(i - 1), s) == 0;
                ranks.put(s, tie ? ranks.get(sorted.get(i - 1)) : i + 1);
            }
        }
        return scores.stream().map(s -> new ScoreResult(s.targetId(), s.group(), s.leaves(), s.base(), s.scaled(),
                s.bonusRaw(), s.bonus(), s.deductions(), s.totalRaw(), s.total(), s.bandGrade(), s.downgradeSteps(),
                s.grade(), s.vetoes(), s.awardBar(), ranks.get(s), s.trace())).toList();
    }

    private static Trace total(String step, BigDecimal value, String note) {
        return new Trace(step, null, "TOTAL", null, value, null, List.of(), note);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
