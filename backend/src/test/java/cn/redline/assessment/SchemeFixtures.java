package cn.redline.assessment;

import cn.redline.assessment.SchemeDefinition.AdjustmentKind;
import cn.redline.assessment.SchemeDefinition.AdjustmentRule;
import cn.redline.assessment.SchemeDefinition.ChecklistItem;
import cn.redline.assessment.SchemeDefinition.Comparison;
import cn.redline.assessment.SchemeDefinition.DeductionRule;
import cn.redline.assessment.SchemeDefinition.GradeBand;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.assessment.SchemeDefinition.IndicatorMethod;
import cn.redline.assessment.SchemeDefinition.IndicatorType;
import cn.redline.assessment.SchemeDefinition.MappingKind;
import cn.redline.assessment.SchemeDefinition.MappingStep;
import cn.redline.assessment.SchemeDefinition.MetricMapping;
import cn.redline.assessment.SchemeDefinition.TargetGroup;
import cn.redline.assessment.SchemeDefinition.VetoEffect;
import cn.redline.assessment.SchemeDefinition.VetoRule;
import cn.redline.org.OrgKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Scheme definitions for the scoring and checking tests, built in code. */
final class SchemeFixtures {

    private SchemeFixtures() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final List<GradeBand> FOUR_BANDS = List.of(new GradeBand("EXCELLENT", "优秀", d("90")),
            new GradeBand("GOOD", "良好", d("80")), new GradeBand("PASS", "合格", d("60")), new GradeBand("FAIL", "不合格", d("0")));

    static final TargetGroup TOWNSHIPS = new TargetGroup("TOWNSHIP", "乡镇（街道）", "一类", OrgKind.REGION, null);

    static Indicator manual(String code, String points, DeductionRule... rules) {
        return new Indicator(code, null, code, d(points), IndicatorType.PROCESS, IndicatorMethod.MANUAL_DEDUCT, List.of(rules),
                null, null, null, null, true, null, null);
    }

    static DeductionRule per(String code, String points) {
        return new DeductionRule(code, code, d(points), true);
    }

    static Indicator auto(String code, String points, IndicatorType type, MetricCode metric, MetricMapping mapping) {
        return new Indicator(code, null, code, d(points), type, IndicatorMethod.AUTO_METRIC, null, metric, mapping, null, null,
                false, null, null);
    }

    static Indicator checklist(String code, String points, ChecklistItem... items) {
        return new Indicator(code, null, code, d(points), IndicatorType.PROCESS, IndicatorMethod.CHECKLIST, null, null, null,
                List.of(items), null, false, null, null);
    }

    static Indicator department(String code, String points) {
        return new Indicator(code, null, code, d(points), IndicatorType.PROCESS, IndicatorMethod.DEPARTMENT_SCORED, null, null,
                null, null, List.of(UUID.randomUUID()), false, null, null);
    }

    static MetricMapping linear(String zeroAt, String fullAt) {
        return new MetricMapping(MappingKind.LINEAR, null, d(zeroAt), d(fullAt), null);
    }

    static MetricMapping steps(String... atLeastPoints) {
        List<MappingStep> s = new java.util.ArrayList<>();
        for (int i = 0; i < atLeastPoints.length; i += 2) {
            s.add(new MappingStep(d(atLeastPoints[i]), d(atLeastPoints[i + 1])));
        }
        return new MetricMapping(MappingKind.STEPS, s, null, null, null);
    }

    static MetricMapping perUnit(String points) {
        return new MetricMapping(MappingKind.DEDUCT_PER_UNIT, null, null, null, d(points));
    }

    static VetoRule veto(String code, MetricCode metric, Comparison c, String threshold, VetoEffect effect) {
        return new VetoRule(code, code, false, metric, c, d(threshold), null, effect, null);
    }

    static VetoRule manualVeto(String code, VetoEffect effect) {
        return new VetoRule(code, code, true, null, null, null, null, effect, null);
    }

    static AdjustmentRule bonus(String code, String points, String maxTotal) {
        return new AdjustmentRule(code, AdjustmentKind.BONUS, code, d(points), maxTotal == null ? null : d(maxTotal), 0, null, null);
    }

    static AdjustmentRule deduction(String code, String points, MetricCode metric) {
        return new AdjustmentRule(code, AdjustmentKind.DEDUCTION, code, d(points), null, 0, metric, null);
    }

    static AdjustmentRule downgrade(String code, int steps) {
        return new AdjustmentRule(code, AdjustmentKind.FALSIFICATION_DOWNGRADE, code, null, null, steps, null, null);
    }

    /** A 100-point scheme of one group with these leaves and rules, bonus cap 5, four bands 90/80/60/0. */
    static SchemeDefinition scheme(List<Indicator> indicators, List<VetoRule> vetoes, List<AdjustmentRule> adjustments) {
        return new SchemeDefinition(d("100"), null, null, false, d("5"), null, List.of(TOWNSHIPS), indicators, FOUR_BANDS,
                vetoes, adjustments, List.of(), null);
    }
}
