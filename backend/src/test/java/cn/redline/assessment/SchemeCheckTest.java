package cn.redline.assessment;

import static cn.redline.assessment.SchemeFixtures.d;
import static cn.redline.assessment.SchemeFixtures.manual;
import static cn.redline.assessment.SchemeFixtures.scheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.assessment.SchemeDefinition.GradeBand;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.assessment.SchemeDefinition.IndicatorType;
import cn.redline.platform.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publish guard's checks and the structure checked on every save. */
class SchemeCheckTest {

    @Test
    void leafPointsMustAddUpToTheBaseTotalInEveryGroup() {
        SchemeDefinition short5 = scheme(List.of(manual("A", "60"), manual("B", "35")), List.of(), List.of());
        ProblemException e = assertThrows(ProblemException.class, () -> SchemeCheck.requirePublishable(short5));
        assertEquals(422, e.problem().status());
        assertEquals("scheme-points-mismatch", e.problem().code());
        assertEquals("group TOWNSHIP: leaf points add up to 95, not 100", e.problem().detail());
        SchemeCheck.requirePublishable(scheme(List.of(manual("A", "60"), manual("B", "40")), List.of(), List.of()));
    }

    @Test
    void aParentsPointsMustEqualItsChildren() {
        Indicator parent = new Indicator("P", null, "P", d("50"), null, null, null, null, null, null, null, false, null, null);
        Indicator child = new Indicator("P.1", "P", "P.1", d("40"), IndicatorType.PROCESS,
                SchemeDefinition.IndicatorMethod.MANUAL_DEDUCT, null, null, null, null, null, false, null, null);
        SchemeDefinition s = scheme(List.of(parent, child, manual("B", "60")), List.of(), List.of());
        List<SchemeCheck.Mismatch> m = SchemeCheck.mismatches(s);
        assertEquals(1, m.size());
        assertEquals("children of P", m.get(0).what());
    }

    @Test
    void processAndResultPartsMustAddUpToTheirWeights() {
        SchemeDefinition base = scheme(List.of(manual("A", "70"), SchemeFixtures.auto("R", "30", IndicatorType.RESULT,
                MetricCode.ACC_COUNT, SchemeFixtures.perUnit("10"))), List.of(), List.of());
        SchemeDefinition weighted = new SchemeDefinition(d("100"), d("60"), d("40"), false, d("5"), null, base.targetGroups(),
                base.indicators(), base.gradeBands(), List.of(), List.of(), List.of(), null);
        assertEquals(List.of("PROCESS leaves of group TOWNSHIP", "RESULT leaves of group TOWNSHIP"),
                SchemeCheck.mismatches(weighted).stream().map(SchemeCheck.Mismatch::what).toList());
    }

    @Test
    void bandsRunDownToALowestBandAtZero() {
        SchemeDefinition base = scheme(List.of(manual("A", "100")), List.of(), List.of());
        SchemeDefinition unordered = new SchemeDefinition(d("100"), null, null, false, d("0"), null, base.targetGroups(),
                base.indicators(), List.of(new GradeBand("PASS", "合格", d("60")), new GradeBand("GOOD", "良好", d("80")),
                new GradeBand("FAIL", "不合格", d("0"))), List.of(), List.of(), List.of(), null);
        assertTrue(SchemeCheck.incomplete(unordered).stream().anyMatch(e -> e.field().equals("gradeBands[1].lowerBound")));
        SchemeDefinition noFloor = new SchemeDefinition(d("100"), null, null, false, d("0"), null, base.targetGroups(),
                base.indicators(), List.of(new GradeBand("OK", "达标", d("80")), new GradeBand("NO", "不达标", d("1"))),
                List.of(), List.of(), List.of(), null);
        assertTrue(SchemeCheck.incomplete(noFloor).stream().anyMatch(e -> e.message().contains("lowest band starts at 0")));
    }

    @Test
    void structureNamesUnknownParentsDuplicateCodesAndMissingMappings() {
        Indicator orphan = new Indicator("X", "NOPE", "X", d("10"), IndicatorType.PROCESS,
                SchemeDefinition.IndicatorMethod.AUTO_METRIC, null, null, null, null, null, false, null, null);
        SchemeDefinition s = scheme(List.of(orphan, manual("A", "45"), manual("A", "45")), List.of(), List.of());
        List<String> fields = SchemeCheck.structure(s).stream().map(e -> e.field()).toList();
        assertTrue(fields.contains("indicators[0].parent"), fields.toString());
        assertTrue(fields.contains("indicators[0].metricCode"), fields.toString());
        assertTrue(fields.contains("indicators[0].mapping"), fields.toString());
        assertTrue(fields.contains("indicators"), fields.toString());
    }
}
