package cn.redline.accident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level of an accident (生产安全事故报告和调查处理条例 art. 3): the highest level any of deaths, serious injuries
 * (incl. acute industrial poisoning) or direct economic loss reaches. Art. 3 counts "以上" inclusive and "以下"
 * exclusive, so each level's thresholds are inclusive lower bounds: 特别重大 ≥ 30 deaths, ≥ 100 serious injuries or
 * ≥ 1亿元; 重大 ≥ 10, ≥ 50 or ≥ 5000万元; 较大 ≥ 3, ≥ 10 or ≥ 1000万元; 一般 below all of them.
 */
@Schema(name = "AccidentLevel")
public enum AccidentLevel {
    GENERAL(0, 0, 0),
    LARGER(3, 10, 10_000_000L),
    MAJOR(10, 50, 50_000_000L),
    ESPECIALLY_MAJOR(30, 100, 100_000_000L);

    private final int deaths;
    private final int seriousInjuries;
    private final BigDecimal directLossYuan;

    AccidentLevel(int deaths, int seriousInjuries, long directLossYuan) {
        this.deaths = deaths;
        this.seriousInjuries = seriousInjuries;
        this.directLossYuan = BigDecimal.valueOf(directLossYuan);
    }

    /** 较大 and above: what the ACC_LARGER control indicator counts. */
    public boolean largerOrAbove() {
        return compareTo(LARGER) >= 0;
    }

    /** The level the figures reach, with the criteria that reach it. */
    public static Derived derive(int deaths, int seriousInjuries, BigDecimal directLossYuan) {
        AccidentLevel[] levels = values();
        for (int i = levels.length - 1; i > 0; i--) {
            AccidentLevel l = levels[i];
            List<String> reached = new ArrayList<>();
            if (deaths >= l.deaths) {
                reached.add("DEATHS");
            }
            if (seriousInjuries >= l.seriousInjuries) {
                reached.add("SERIOUS_INJURIES");
            }
            if (directLossYuan.compareTo(l.directLossYuan) >= 0) {
                reached.add("DIRECT_LOSS");
            }
            if (!reached.isEmpty()) {
                return new Derived(l, List.copyOf(reached));
            }
        }
        return new Derived(GENERAL, List.of());
    }

    /** A derived level and the criteria (DEATHS, SERIOUS_INJURIES, DIRECT_LOSS) that reach it; none for 一般. */
    public record Derived(AccidentLevel level, List<String> reachedBy) {
    }
}
