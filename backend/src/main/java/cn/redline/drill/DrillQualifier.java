package cn.redline.drill;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a drill qualifies for a requirement rule's qualifier (§1.2, §3.2): conditions joined by {@code ;}, each
 * {@code key=value|value}: {@code planKind} (one of the exercised plans' kinds), {@code scope}, {@code form}. No
 * qualifier: any drill. A condition this feature does not know is never met, so a mistyped rule shows as unmet
 * rather than met by anything.
 */
final class DrillQualifier {

    private DrillQualifier() {
    }

    static boolean qualifies(String qualifier, Drill d) {
        if (qualifier == null || qualifier.isBlank()) {
            return true;
        }
        return Arrays.stream(qualifier.split(";")).map(String::strip).filter(c -> !c.isEmpty()).allMatch(c -> holds(c, d));
    }

    private static boolean holds(String condition, Drill d) {
        int eq = condition.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String key = condition.substring(0, eq).strip();
        Set<String> allowed = Arrays.stream(condition.substring(eq + 1).split("\\|")).map(String::strip)
                .collect(Collectors.toSet());
        return switch (key) {
            case "planKind" -> d.plans.stream().anyMatch(p -> allowed.contains(p.kind.name()));
            case "scope" -> allowed.contains(d.scope.name());
            case "form" -> allowed.contains(d.form.name());
            default -> false;
        };
    }
}
