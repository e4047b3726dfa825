package cn.redline.assessment;

import static cn.redline.assessment.SchemeFixtures.auto;
import static cn.redline.assessment.SchemeFixtures.bonus;
import static cn.redline.assessment.SchemeFixtures.checklist;
import static cn.redline.assessment.SchemeFixtures.d;
import static cn.redline.assessment.SchemeFixtures.deduction;
import static cn.redline.assessment.SchemeFixtures.department;
import static cn.redline.assessment.SchemeFixtures.downgrade;
import static cn.redline.assessment.SchemeFixtures.linear;
import static cn.redline.assessment.SchemeFixtures.manual;
import static cn.redline.assessment.SchemeFixtures.manualVeto;
import static cn.redline.assessment.SchemeFixtures.per;
import static cn.redline.assessment.SchemeFixtures.perUnit;
import static cn.redline.assessment.SchemeFixtures.scheme;
import static cn.redline.assessment.SchemeFixtures.steps;
import static cn.redline.assessment.SchemeFixtures.veto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.assessment.SchemeDefinition.Comparison;
import cn.redline.assessment.SchemeDefinition.IndicatorType;
import cn.redline.assessment.SchemeDefinition.VetoEffect;
import cn.redline.assessment.ScoringFacts.Adjustment;
import cn.redline.assessment.ScoringFacts.Deduction;
import cn.redline.assessment.ScoringFacts.Leaf;
import cn.redline.assessment.ScoringFacts.Points;
import cn.redline.assessment.ScoringFacts.Snapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every step of §4.4, table by table: floors, mappings, rescaling, caps, clamping, rounding, bands, downgrades, vetoes, ranks. */
class ScoringTest {

    /** One 100-point MANUAL_DEDUCT leaf with a 1-point-per-occurrence rule: the total is 100 − occurrences. */
    private static final SchemeDefinition ONE_LEAF = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(), List.of());

    private static ScoringFacts facts(String id, Map<String, Leaf> leaves, Map<MetricCode, Snapshot> metrics,
                                      List<Adjustment> adjustments, List<ScoringFacts.ManualVeto> vetoes) {
        return new ScoringFacts(id, "TOWNSHIP", leaves, metrics, adjustments, vetoes);
    }

    private static ScoringFacts deducted(String id, SchemeDefinition s, String leaf, String rule, int n) {
        return facts(id, n == 0 ? Map.of() : Map.of(leaf, Leaf.deductions(new Deduction(rule, n, "reviewer", List.of("att-1")))),
                Map.of(), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0} deductions of {1} from {2} points leave {3}")
    @CsvSource({
            "0, 2, 10, 10",
            "3, 2, 10, 4",
            "5, 2, 10, 0",
            // 扣完为止: more deductions than points floor the leaf at 0, never below
            "6, 2, 10, 0",
            "50, 2.5, 10, 0"})
    void manualDeductionIsFlooredAtZeroPerIndicator(int occurrences, String points, String max, String leaf) {
        SchemeDefinition s = scheme(List.of(manual("A", max, per("R", points)), manual("B", "" + (100 - Integer.parseInt(max)))),
                List.of(), List.of());
        ScoreResult r = Scoring.scoreOne(s, deducted("t", s, "A", "R", occurrences));
        assertEquals(0, d(leaf).compareTo(r.leaves().get(0).points()), "leaf A");
        // the floor is per indicator: B keeps its points whatever A lost
        assertEquals(0, d(leaf).add(d("" + (100 - Integer.parseInt(max)))).compareTo(r.base()));
    }

    @ParameterizedTest(name = "{0}: value {1} → {2} of 10")
    @CsvSource({
            "LINEAR_UP, 0.5, 5",
            "LINEAR_UP, 1.2, 10",
            "LINEAR_UP, -1, 0",
            "LINEAR_DOWN, 3, 7",
            "LINEAR_DOWN, 20, 0",
            "STEPS, 0.95, 10",
            "STEPS, 0.9499, 6",
            "STEPS, 0.8, 6",
            "STEPS, 0.79, 0",
            "PER_UNIT, 3, 4",
            "PER_UNIT, 6, 0"})
    void autoMetricMappingsStayWithinTheLeafsPoints(String kind, String value, String points) {
        var mapping = switch (kind) {
            case "LINEAR_UP" -> linear("0", "1");
            case "LINEAR_DOWN" -> linear("10", "0");
            case "STEPS" -> steps("0.95", "10", "0.8", "6");
            default -> perUnit("2");
        };
        SchemeDefinition s = scheme(List.of(auto("A", "10", IndicatorType.RESULT, MetricCode.HZ_CLOSURE_RATE, mapping),
                manual("B", "90")), List.of(), List.of());
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.HZ_CLOSURE_RATE, new Snapshot("snap-1", d(value))),
                List.of(), List.of()));
        assertEquals(0, d(points).compareTo(r.leaves().get(0).points()), "points of " + value);
        assertTrue(r.trace().stream().anyMatch(t -> "snap-1".equals(t.ref()) && "A".equals(t.indicator())),
                "the leaf names its snapshot");
    }

    @Test
    void aMissingSnapshotOrDepartmentScoreGivesZeroAndSaysSo() {
        SchemeDefinition s = scheme(List.of(auto("A", "10", IndicatorType.RESULT, MetricCode.HZ_CLOSURE_RATE, linear("0", "1")),
                department("D", "10"), manual("B", "80")), List.of(), List.of());
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(), List.of(), List.of()));
        assertTrue(r.leaves().get(0).missing());
        assertTrue(r.leaves().get(1).missing());
        assertEquals(0, d("80").compareTo(r.total()));
    }

    @Test
    void checklistCountsTheMetItemsUpToTheLeafsPoints() {
        SchemeDefinition s = scheme(List.of(checklist("C", "5", new SchemeDefinition.ChecklistItem("x", "x", d("3")),
                new SchemeDefinition.ChecklistItem("y", "y", d("3"))), manual("B", "95")), List.of(), List.of());
        ScoreResult one = Scoring.scoreOne(s, facts("t", Map.of("C", new Leaf(null, new ScoringFacts.Checklist(List.of("x"), "self", List.of()),
                null, null)), Map.of(), List.of(), List.of()));
        ScoreResult both = Scoring.scoreOne(s, facts("t", Map.of("C", new Leaf(null, new ScoringFacts.Checklist(List.of("x", "y"), "self",
                List.of()), null, null)), Map.of(), List.of(), List.of()));
        assertEquals(0, d("3").compareTo(one.leaves().get(0).points()));
        assertEquals(0, d("5").compareTo(both.leaves().get(0).points()));
    }

    @Test
    void aReviewOverrideReplacesTheLeafAndNeedsAReasonWhenItDiffers() {
        SchemeDefinition s = scheme(List.of(department("D", "10"), manual("B", "90")), List.of(), List.of());
        Points dept = new Points(d("8"), "建设局", null, List.of());
        ScoreResult kept = Scoring.scoreOne(s, facts("t", Map.of("D", new Leaf(null, null, dept, new Points(d("8"), "组长", null, List.of()))),
                Map.of(), List.of(), List.of()));
        assertFalse(kept.leaves().get(0).overridden());
        assertThrows(Scoring.InvalidFacts.class, () -> Scoring.scoreOne(s, facts("t",
                Map.of("D", new Leaf(null, null, dept, new Points(d("6"), "组长", " ", List.of()))), Map.of(), List.of(), List.of())));
        assertThrows(Scoring.InvalidFacts.class, () -> Scoring.scoreOne(s, facts("t",
                Map.of("D", new Leaf(null, null, dept, new Points(d("11"), "组长", "超出", List.of()))), Map.of(), List.of(), List.of())));
        ScoreResult over = Scoring.scoreOne(s, facts("t", Map.of("D", new Leaf(null, null, dept,
                new Points(d("6"), "组长", "现场核查台账不全", List.of()))), Map.of(), List.of(), List.of()));
        assertTrue(over.leaves().get(0).overridden());
        assertEquals(0, d("8").compareTo(over.leaves().get(0).computed()), "the department's value is kept beside the override");
        assertEquals(0, d("96").compareTo(over.total()));
        assertTrue(over.trace().stream().anyMatch(t -> "REVIEW".equals(t.source()) && "组长".equals(t.setBy())
                && "现场核查台账不全".equals(t.note())));
    }

    @Test
    void separateScoringIsRescaledToTheBaseTotalAndRoundedOnlyAtTheEnd() {
        // A20: three 5-point fields, 15 in all, rescaled to 100; 14 of 15 = 93.333…, published 93.33
        SchemeDefinition s = new SchemeDefinition(d("100"), null, null, true, d("0"), null, List.of(SchemeFixtures.TOWNSHIPS),
                List.of(manual("A", "5", per("R", "1")), manual("B", "5"), manual("C", "5")), SchemeFixtures.FOUR_BANDS, List.of(),
                List.of(), List.of(), null);
        ScoreResult r = Scoring.scoreOne(s, deducted("t", s, "A", "R", 1));
        assertEquals(0, d("14").compareTo(r.base()));
        assertEquals(0, d("93.3333333333").compareTo(r.scaled()), "raw kept at full precision");
        assertEquals("93.33", r.total().toPlainString());
        assertEquals("EXCELLENT", r.grade());
    }

    @ParameterizedTest(name = "bonuses {0} (cap 5), deductions {1} → {2}")
    @CsvSource({
            "0, 0, 97",
            "1, 0, 99",
            "2, 0, 101",
            // the cap: 3 × 2 = 6 bonus points count as 5
            "3, 0, 102",
            "10, 0, 102",
            "4, 3, 96"})
    void bonusesAreCappedAndDeductionsComeOffOutsideTheIndicators(int bonuses, int criticisms, String total) {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(),
                List.of(bonus("B", "2", null), deduction("N", "2", MetricCode.NOTICE_CRITICISM)));
        List<Adjustment> adj = bonuses == 0 ? List.of() : List.of(new Adjustment("B", bonuses, "office", List.of("doc-1")));
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of("A", Leaf.deductions(new Deduction("R", 3, "x", List.of()))),
                Map.of(MetricCode.NOTICE_CRITICISM, new Snapshot("snap-n", d("" + criticisms))), adj, List.of()));
        assertEquals(0, d(total).compareTo(r.total()), "total");
    }

    @Test
    void aRuleMaximumLimitsOneBonusRuleBeforeTheSchemeCap() {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(),
                List.of(bonus("INNOVATION", "3", "3"), bonus("PRAISE", "1", null)));
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of("A", Leaf.deductions(new Deduction("R", 10, "x", List.of()))), Map.of(),
                List.of(new Adjustment("INNOVATION", 2, "office", List.of()), new Adjustment("PRAISE", 1, "office", List.of())),
                List.of()));
        assertEquals(0, d("4").compareTo(r.bonusRaw()), "innovation counted once (3), praise 1");
        assertEquals(0, d("94").compareTo(r.total()));
    }

    @Test
    void theTotalIsClampedBetweenZeroAndBaseTotalPlusTheCap() {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(),
                List.of(bonus("B", "10", null), deduction("D", "30", null)));
        ScoreResult high = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(), List.of(new Adjustment("B", 1, "o", List.of())), List.of()));
        assertEquals(0, d("105").compareTo(high.total()), "100 + bonus capped at 5");
        ScoreResult low = Scoring.scoreOne(s, facts("t", Map.of("A", Leaf.deductions(new Deduction("R", 90, "x", List.of()))), Map.of(),
                List.of(new Adjustment("D", 1, "o", List.of())), List.of()));
        assertEquals(0, BigDecimal.ZERO.compareTo(low.total()), "10 − 30 clamps to 0");
    }

    @ParameterizedTest(name = "deductions {0} → total {1}, grade {2}")
    @CsvSource({
            "0, 100, EXCELLENT",
            // lower bounds are inclusive (以上含本数): exactly 90 is 优秀, 89 is 良好
            "10, 90, EXCELLENT",
            "11, 89, GOOD",
            "20, 80, GOOD",
            "21, 79, PASS",
            "40, 60, PASS",
            "41, 59, FAIL",
            "100, 0, FAIL"})
    void theGradeIsTheHighestBandWhoseInclusiveLowerBoundTheTotalReaches(int occurrences, String total, String grade) {
        ScoreResult r = Scoring.scoreOne(ONE_LEAF, deducted("t", ONE_LEAF, "A", "R", occurrences));
        assertEquals(0, d(total).compareTo(r.total()));
        assertEquals(grade, r.grade());
    }

    @ParameterizedTest(name = "raw {0} rounds to {1}: {2}")
    @CsvSource({
            "0.004, 89.99, GOOD",
            "0.0049, 89.99, GOOD",
            "0.005, 90.00, EXCELLENT",
            "0.006, 90.00, EXCELLENT"})
    void theGradeIsTakenOnTheRoundedTotalHalfUp(String over, String rounded, String grade) {
        // 89.99 + over: 89.99 below 89.995, 90.00 from 89.995 (half-up) — and 90.00 is 优秀
        SchemeDefinition s = scheme(List.of(auto("A", "100", IndicatorType.RESULT, MetricCode.HZ_CLOSURE_RATE, linear("0", "100"))),
                List.of(), List.of());
        BigDecimal value = d("89.99").add(d(over));
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.HZ_CLOSURE_RATE, new Snapshot("s", value)),
                List.of(), List.of()));
        assertEquals(rounded, r.total().toPlainString());
        assertEquals(0, value.compareTo(r.totalRaw()), "the raw total is kept");
        assertEquals(grade, r.grade());
    }

    @ParameterizedTest(name = "{0} steps from {1} points → {2}")
    @CsvSource({
            "1, 95, GOOD",
            "2, 95, PASS",
            "1, 50, FAIL",
            "5, 95, FAIL"})
    void aConfirmedFalsificationLowersTheGradeByItsStepsNeverBelowTheLowest(int steps, int points, String grade) {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(), List.of(downgrade("FALSE", steps)));
        ScoreResult r = Scoring.scoreOne(s, facts("t", Map.of("A", Leaf.deductions(new Deduction("R", 100 - points, "x", List.of()))),
                Map.of(), List.of(new Adjustment("FALSE", 1, "office", List.of("visit-1"))), List.of()));
        assertEquals(grade, r.grade());
        assertEquals(0, d("" + points).compareTo(r.total()), "the total stays");
    }

    @Test
    void vetoesZeroTheScoreLowerTheGradeOrOnlyBarAwards() {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "1"))),
                List.of(veto("MAJOR", MetricCode.ACC_MAX_LEVEL, Comparison.GE, "3", VetoEffect.SCORE_ZERO),
                        veto("LARGER2", MetricCode.ACC_LARGER_COUNT, Comparison.GE, "2", VetoEffect.GRADE_LOWEST),
                        manualVeto("CONCEALED", VetoEffect.AWARD_BAR)), List.of());
        ScoreResult zero = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.ACC_MAX_LEVEL, new Snapshot("lv", d("3"))),
                List.of(), List.of()));
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.total()));
        assertEquals("FAIL", zero.grade());
        assertTrue(zero.awardBar());
        ScoreResult notYet = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.ACC_MAX_LEVEL, new Snapshot("lv", d("2")),
                MetricCode.ACC_LARGER_COUNT, new Snapshot("lc", d("1"))), List.of(), List.of()));
        assertTrue(notYet.vetoes().isEmpty());
        assertEquals("EXCELLENT", notYet.grade());
        ScoreResult lowest = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.ACC_LARGER_COUNT, new Snapshot("lc", d("2"))),
                List.of(), List.of()));
        assertEquals(0, d("100").compareTo(lowest.total()), "GRADE_LOWEST keeps the total");
        assertEquals("FAIL", lowest.grade());
        ScoreResult bar = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(), List.of(),
                List.of(new ScoringFacts.ManualVeto("CONCEALED", "office", List.of("report-1")))));
        assertEquals("EXCELLENT", bar.grade());
        assertTrue(bar.awardBar());
        assertEquals("office", bar.vetoes().get(0).setBy());
    }

    @Test
    void aVetoAgainstTheTargetsCeilingComparesTwoSnapshots() {
        SchemeDefinition s = scheme(List.of(manual("A", "100")), List.of(new SchemeDefinition.VetoRule("OVER", "超控制指标", false,
                MetricCode.ACC_DEATHS, Comparison.GT, null, MetricCode.ACC_DEATHS_CEILING, VetoEffect.GRADE_LOWEST, null)), List.of());
        ScoreResult at = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.ACC_DEATHS, new Snapshot("d", d("3")),
                MetricCode.ACC_DEATHS_CEILING, new Snapshot("c", d("3"))), List.of(), List.of()));
        ScoreResult over = Scoring.scoreOne(s, facts("t", Map.of(), Map.of(MetricCode.ACC_DEATHS, new Snapshot("d", d("4")),
                MetricCode.ACC_DEATHS_CEILING, new Snapshot("c", d("3"))), List.of(), List.of()));
        assertEquals("EXCELLENT", at.grade());
        assertEquals("FAIL", over.grade());
    }

    @Test
    void ranksAreSharedOnTiesAndVetoedTargetsComeLast() {
        SchemeDefinition s = scheme(List.of(manual("A", "100", per("R", "0.001"))),
                List.of(manualVeto("V", VetoEffect.AWARD_BAR)), List.of());
        List<ScoringFacts> targets = new ArrayList<>();
        targets.add(deducted("a", s, "A", "R", 0));          // 100
        targets.add(deducted("b", s, "A", "R", 4000));       // 96
        targets.add(deducted("c", s, "A", "R", 3996));       // 96.004 → 96.00: ties with b
        targets.add(deducted("d", s, "A", "R", 10000));      // 90
        targets.add(facts("e", Map.of(), Map.of(), List.of(), List.of(new ScoringFacts.ManualVeto("V", "o", List.of())))); // 100 vetoed
        targets.add(facts("f", Map.of(), Map.of(), List.of(), List.of(new ScoringFacts.ManualVeto("V", "o", List.of())))); // tie, vetoed
        Map<String, Integer> ranks = new HashMap<>();
        Scoring.score(s, targets).forEach(r -> ranks.put(r.targetId(), r.rank()));
        assertEquals(Map.of("a", 1, "b", 2, "c", 2, "d", 4, "e", 5, "f", 5), ranks);
    }

    @Test
    void ranksAreKeptPerGroup() {
        SchemeDefinition base = scheme(List.of(manual("A", "100", per("R", "1"))), List.of(), List.of());
        SchemeDefinition s = new SchemeDefinition(base.baseTotal(), null, null, false, base.bonusCap(), null,
                List.of(SchemeFixtures.TOWNSHIPS, new SchemeDefinition.TargetGroup("DEPT", "部门", null, cn.redline.org.OrgKind.DEPARTMENT, null)),
                base.indicators(), base.gradeBands(), List.of(), List.of(), List.of(), null);
        List<ScoreResult> r = Scoring.score(s, List.of(deducted("t1", s, "A", "R", 5),
                new ScoringFacts("d1", "DEPT", Map.of(), Map.of(), List.of(), List.of()), deducted("t2", s, "A", "R", 1)));
        assertEquals(List.of(2, 1, 1), r.stream().map(ScoreResult::rank).toList());
    }

    @Test
    void theSameFactsGiveTheSameScoreEveryTime() {
        SchemeDefinition s = scheme(List.of(manual("A", "60", per("R", "1.5")),
                auto("B", "40", IndicatorType.RESULT, MetricCode.HZ_ONTIME_RATE, linear("0.5", "1"))), List.of(), List.of());
        ScoringFacts f = facts("t", Map.of("A", Leaf.deductions(new Deduction("R", 3, "x", List.of()))),
                Map.of(MetricCode.HZ_ONTIME_RATE, new Snapshot("s", d("0.8333"))), List.of(), List.of());
        assertEquals(Scoring.scoreOne(s, f), Scoring.scoreOne(s, f));
        assertEquals("82.16", Scoring.scoreOne(s, f).total().toPlainString());
    }

    @Test
    void factsThatContradictTheSchemeAreRefused() {
        assertThrows(Scoring.InvalidFacts.class, () -> Scoring.scoreOne(ONE_LEAF, deducted("t", ONE_LEAF, "A", "NOPE", 1)));
        assertThrows(Scoring.InvalidFacts.class, () -> Scoring.scoreOne(ONE_LEAF, deducted("t", ONE_LEAF, "Z", "R", 1)));
        assertThrows(Scoring.InvalidFacts.class, () -> Scoring.scoreOne(ONE_LEAF, facts("t", Map.of(), Map.of(),
                List.of(new Adjustment("X", 1, "o", List.of())), List.of())));
    }

    @Test
    void everyDeductedPointNamesItsRulePersonAndEvidence() {
        ScoreResult r = Scoring.scoreOne(ONE_LEAF, deducted("t", ONE_LEAF, "A", "R", 3));
        ScoreResult.Trace line = r.trace().stream().filter(t -> "R".equals(t.ref())).findFirst().orElseThrow();
        assertEquals(0, d("-3").compareTo(line.points()));
        assertEquals("reviewer", line.setBy());
        assertEquals(List.of("att-1"), line.evidence());
    }
}
