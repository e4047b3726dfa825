package cn.redline.drill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An evaluated or closed drill counts as it did when it was held (§3.2): a conducted one for every rule it meets, a
 * terminated one (it keeps its terminationReason) only where the rule lets terminated drills count.
 */
class DrillQualifierTest {

    private static DrillFacts drill(String status, String terminationReason) {
        return new DrillFacts(UUID.randomUUID(), UUID.randomUUID(), status, terminationReason, "LIVE", "COMPREHENSIVE",
                Set.of("ONSITE"), LocalDate.of(2026, 11, 3), null, null);
    }

    @Test
    void anEvaluatedOrClosedDrillCountsAsAConductedOne() {
        for (String status : new String[] {"CONDUCTED", "EVALUATED", "CLOSED"}) {
            assertTrue(DrillQualifier.counts(null, drill(status, null)), status);
            assertTrue(DrillQualifier.counts("planKind=ONSITE", drill(status, null)), status);
        }
    }

    @Test
    void aTerminatedDrillStillCountsForNothingOnceEvaluatedOrClosed() {
        for (String status : new String[] {"TERMINATED", "EVALUATED", "CLOSED"}) {
            assertFalse(DrillQualifier.counts(null, drill(status, "OTHER")), status);
            assertFalse(DrillQualifier.counts("planKind=ONSITE", drill(status, "SAFETY_INCIDENT")), status);
            assertTrue(DrillQualifier.counts("terminated=REAL_EMERGENCY", drill(status, "REAL_EMERGENCY")), status);
            assertFalse(DrillQualifier.counts("terminated=REAL_EMERGENCY", drill(status, "OTHER")), status);
        }
    }
}
