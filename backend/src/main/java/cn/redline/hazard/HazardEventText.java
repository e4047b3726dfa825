package cn.redline.hazard;

import cn.redline.platform.Labels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A history step as an official reads it: the comment, then the step's key facts as "label: value" with every code
 * labelled, in the order the SPA's timeline shows them. Machine bookkeeping (a moved ticket's old path, a bulk flag,
 * an org code) and attachment ids never show; attachments show as a count.
 */
final class HazardEventText {

    /** The keys the server writes into an event's data, in the order they read best. */
    private static final List<String> KEYS = List.of("level", "source", "deadline", "previousDeadline", "requestedDeadline",
            "rejectionReason", "duplicateOf", "acceptorKind", "acceptorName", "documentNumber", "escalatedToName", "effective",
            "complete", "attachments");
    private static final Set<String> SUPERVISION_STEPS = Set.of(HazardWorkflow.Action.LIST_FOR_SUPERVISION.name());

    private HazardEventText() {
    }

    static String describe(Labels l, HazardEventView e) {
        List<String> parts = new ArrayList<>();
        if (e.comment() != null && !e.comment().isBlank()) {
            parts.add(e.comment().strip());
        }
        Map<String, Object> data = e.data() == null ? Map.of() : e.data();
        for (String key : KEYS) {
            Object v = data.get(key);
            if (v != null && !"".equals(v)) {
                parts.add(l.text("value.pair", Map.of("label", l.text("eventData." + key), "value", value(l, e.action(), key, v))));
            }
        }
        return String.join("\n", parts);
    }

    private static String value(Labels l, String action, String key, Object v) {
        return switch (key) {
            case "level" -> l.enumValue(SUPERVISION_STEPS.contains(action) ? "SupervisionLevel" : "Level", v.toString());
            case "source" -> l.enumValue("Source", v.toString());
            case "rejectionReason" -> l.enumValue("RejectionReason", v.toString());
            case "acceptorKind" -> l.enumValue("AcceptorKind", v.toString());
            case "effective" -> l.text(Boolean.TRUE.equals(v) ? "value.effective" : "value.ineffective");
            case "complete" -> l.text(Boolean.TRUE.equals(v) ? "value.yes" : "value.no");
            case "attachments" -> l.count("value.attachmentCount", v instanceof Collection<?> c ? c.size() : 1);
            default -> v.toString();
        };
    }
}
