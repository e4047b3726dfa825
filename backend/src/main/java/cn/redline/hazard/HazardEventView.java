package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HazardEvent", description = "One step of a ticket's history (一患一档)")
public record HazardEventView(
        @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
        @Schema(format = "date-time") OffsetDateTime at,
        @Schema(maxLength = 255) String actorName,
        @Schema(maxLength = 32, nullable = true) String actorOrgCode,
        @Schema(maxLength = 30, example = "CONFIRM") String action,
        @Schema(nullable = true) State fromState,
        State toState,
        @Schema(maxLength = 2000, nullable = true) String comment,
        @Schema(nullable = true, maxProperties = 40, description = "The data the step recorded") Map<String, Object> data) {

    /** Keys of event data that name another ticket by its code. */
    static final Set<String> TICKET_REFERENCES = Set.of("duplicateOf");

    /** The event as {@code visibleCode} lets the caller see it: a ticket they may not see is not named. */
    static HazardEventView of(HazardEvent e, Predicate<String> visibleCode) {
        Map<String, Object> data = e.data;
        if (e.data != null && TICKET_REFERENCES.stream().anyMatch(k -> hides(e.data, k, visibleCode))) {
            data = new LinkedHashMap<>(e.data);
            data.keySet().removeIf(k -> hides(e.data, k, visibleCode));
        }
        return new HazardEventView(e.seq, e.at, e.actorName, e.actorOrgCode, e.action, e.fromState, e.toState, e.comment,
                data);
    }

    /** The codes of other tickets the events name, to look up which of them the caller may see. */
    static Set<String> referencedCodes(Collection<HazardEvent> events) {
        Set<String> codes = new HashSet<>();
        for (HazardEvent e : events) {
            for (String k : TICKET_REFERENCES) {
                if (e.data != null && e.data.get(k) != null) {
                    codes.add(String.valueOf(e.data.get(k)));
                }
            }
        }
        return codes;
    }

    private static boolean hides(Map<String, Object> data, String key, Predicate<String> visibleCode) {
        return TICKET_REFERENCES.contains(key) && data.get(key) != null && !visibleCode.test(String.valueOf(data.get(key)));
    }
}
