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

    /**
     * Why a drill does not count for a rule's qualifier, for the reason in words: {@code terminated} (stopped early, and
     * the rule does not let it count), {@code notHeld}, the key of the first condition it fails ({@code planKind},
     * {@code scope}, {@code form}, or {@code unknown} for one this feature does not know); null when it counts.
     */
    static String why(String qualifier, DrillFacts d) {
        if (counts(qualifier, d)) {
            return null;
        }
        if (d.terminationReason() != null) {
            return "terminated";
        }
        if (!DrillFacts.HELD.contains(d.status())) {
            return "notHeld";
        }
        if (qualifier != null) {
            for (String c : qualifier.split(";")) {
                String condition = c.strip();
                int eq = condition.indexOf('=');
                if (condition.isEmpty() || eq < 0) {
                    continue;
                }
                String key = condition.substring(0, eq).strip();
                if (!key.equals("terminated") && !counts(condition, new DrillFacts(d.id(), d.orgId(), "CONDUCTED", null, d.form(),
                        d.scope(), d.planKinds(), d.conductedOn(), d.enteredAt(), d.reportedAt()))) {
                    return switch (key) {
                        case "planKind", "scope", "form" -> key;
                        default -> "unknown";
                    };
                }
            }
        }
        return "unknown";
    }

    /** The values a qualifier's condition {@code key} allows (e.g. planKind → COMPREHENSIVE, SPECIAL); empty when none. */
    static java.util.List<String> allowed(String qualifier, String key) {
        if (qualifier == null) {
            return java.util.List.of();
        }
        for (String c : qualifier.split(";")) {
            int eq = c.indexOf('=');
            if (eq > 0 && c.substring(0, eq).strip().equals(key)) {
                return Arrays.stream(c.substring(eq + 1).split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            }
        }
        return java.util.List.of();
    }
}
