package cn.redline.drill;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a drill counts for a requirement rule (§1.2, §3.2). It must be held (CONDUCTED, EVALUATED or CLOSED, not
 * stopped early: a terminated drill keeps its terminationReason through evaluation and closing) and
 * meet the rule's qualifier: conditions joined by {@code ;}, each {@code key=value|value}: {@code planKind} (one of the
 * exercised plans' kinds), {@code scope}, {@code form}, and {@code terminated} (termination reasons for which a
 * TERMINATED drill counts, e.g. {@code terminated=REAL_EMERGENCY}; by default a terminated drill counts for nothing).
 * No qualifier: any held drill. A condition this feature does not know is never met, so a mistyped rule shows as
 * unmet rather than met by anything. A tabletop drill counts unless the qualifier asks for {@code form=LIVE}.
 */
final class DrillQualifier {

    private DrillQualifier() {
    }

    static boolean qualifies(String qualifier, Drill d) {
        return counts(qualifier, DrillFacts.of(d));
    }

    static boolean counts(String qualifier, DrillFacts d) {
        // a terminated drill keeps its reason when it is evaluated and closed: it counts as a terminated one still
        boolean terminated = d.terminationReason() != null;
        boolean held = DrillFacts.HELD.contains(d.status()) && !terminated;
        if (!held && !terminated) {
            return false;
        }
        if (qualifier == null || qualifier.isBlank()) {
            return held;
        }
        boolean allowsTerminated = false;
        for (String c : qualifier.split(";")) {
            String condition = c.strip();
            if (condition.isEmpty()) {
                continue;
            }
            int eq = condition.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String key = condition.substring(0, eq).strip();
            Set<String> allowed = Arrays.stream(condition.substring(eq + 1).split("\\|")).map(String::strip)
                    .collect(Collectors.toSet());
            boolean holds = switch (key) {
                case "planKind" -> d.planKinds().stream().anyMatch(allowed::contains);
                case "scope" -> allowed.contains(d.scope());
                case "form" -> allowed.contains(d.form());
                case "terminated" -> {
                    allowsTerminated = terminated && allowed.contains(d.terminationReason());
                    yield true;
                }
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return held || allowsTerminated;
    }
}
