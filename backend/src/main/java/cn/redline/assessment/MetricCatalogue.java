package cn.redline.assessment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The metric catalogue of §4.4 as code: for each {@link MetricCode}, its unit, which way is better, what it is counted
 * over and whether Redline computes it from its own tables yet ({@link MetricQueries}). The words (name and
 * definition, zh-CN and en) are in the label catalog under {@code enum.AssessmentMetricCode} and
 * {@code assessmentMetric.<code>}.
 */
public final class MetricCatalogue {

    private MetricCatalogue() {
    }

    /** What a value counts: a fraction 0..1, a whole number, an accident level 0..4, or 0/1. */
    @Schema(name = "AssessmentMetricUnit")
    public enum Unit { RATE, COUNT, LEVEL, BOOLEAN }

    /** Which way is better: a higher value (rates), or a lower one (accidents, overdue hazards). */
    @Schema(name = "AssessmentMetricDirection")
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /**
     * What a metric counts over: the target's scope (the territory's subtree for a township or district, the
     * enterprises of the department's industries in its region for a department, the enterprise itself), or the
     * target org itself (its own obligations and its own 责任书).
     */
    @Schema(name = "AssessmentMetricBasis")
    public enum Basis { TARGET_SCOPE, TARGET_ITSELF }

    /** How the target's scope was read: a territory's subtree, a department's industries × region, an enterprise. */
    @Schema(name = "AssessmentMetricScoping")
    public enum Scoping { TERRITORY, INDUSTRIES_IN_REGION, SELF }

    /** One catalogue entry; {@code computed} false: the metric is entered by hand or waits for its data source. */
    public record Entry(MetricCode code, Unit unit, Direction direction, Basis basis, boolean computed) {
    }

    private static final Map<MetricCode, Entry> ENTRIES = new EnumMap<>(MetricCode.class);

    private static void put(MetricCode code, Unit unit, Direction direction, Basis basis, boolean computed) {
        ENTRIES.put(code, new Entry(code, unit, direction, basis, computed));
    }

    static {
        Direction up = Direction.HIGHER_IS_BETTER;
        Direction down = Direction.LOWER_IS_BETTER;
        put(MetricCode.HZ_CLOSURE_RATE, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.HZ_ONTIME_RATE, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.HZ_OVERDUE_MAJOR, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.HZ_SELFCHECK_PARTICIPATION, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.DR_KEY_COVERAGE, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.DR_OWN_MET, Unit.BOOLEAN, up, Basis.TARGET_ITSELF, true);
        put(MetricCode.DR_FINDINGS_CLOSED, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.DL_SIGN_RATE, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.DL_FULFILMENT_RATE, Unit.RATE, up, Basis.TARGET_ITSELF, true);
        put(MetricCode.DL_FALSIFIED, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ENT_ALLSTAFF_COVERAGE, Unit.RATE, up, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_COUNT, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_DEATHS, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_LARGER_COUNT, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_MAJOR_COUNT, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_MAX_LEVEL, Unit.LEVEL, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_CONCEALED, Unit.COUNT, down, Basis.TARGET_SCOPE, true);
        put(MetricCode.ACC_COUNT_CEILING, Unit.COUNT, up, Basis.TARGET_ITSELF, true);
        put(MetricCode.ACC_DEATHS_CEILING, Unit.COUNT, up, Basis.TARGET_ITSELF, true);
        put(MetricCode.RPT_TIMELINESS, Unit.RATE, up, Basis.TARGET_ITSELF, true);
        put(MetricCode.NOTICE_CRITICISM, Unit.COUNT, down, Basis.TARGET_ITSELF, true);
        if (ENTRIES.size() != MetricCode.values().length) {
            throw new IllegalStateException("every metric code needs a catalogue entry");
        }
    }

    public static Entry of(MetricCode code) {
        return ENTRIES.get(code);
    }

    public static List<Entry> all() {
        return Arrays.stream(MetricCode.values()).map(ENTRIES::get).toList();
    }

    public static List<MetricCode> computed() {
        return all().stream().filter(Entry::computed).map(Entry::code).toList();
    }
}
