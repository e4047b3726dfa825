package cn.redline.duty;

import static cn.redline.duty.ObligationStatus.AT_RISK;
import static cn.redline.duty.ObligationStatus.MET;
import static cn.redline.duty.ObligationStatus.MISSED;
import static cn.redline.duty.ObligationStatus.OPEN;
import static cn.redline.duty.ObligationStatus.PARTIAL;
import static cn.redline.duty.ObligationStatus.WAIVED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** §1.2: OPEN → AT_RISK (≤ atRiskDays left, default 30) → MET | PARTIAL | MISSED, or WAIVED. */
class ObligationStatusTest {

    private static final Period Q2 = Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 4, 1));

    private static ObligationStatus on(String day, int counted, int grace) {
        return ObligationStatus.of(2, counted, Q2, grace, 30, LocalDate.parse(day), false);
    }

    @Test
    void openUntilThirtyDaysAreLeftThenAtRisk() {
        assertEquals(OPEN, on("2026-04-01", 0, 0));
        assertEquals(OPEN, on("2026-05-31", 1, 0)); // 31 days left
        assertEquals(AT_RISK, on("2026-06-01", 1, 0)); // 30 days left, today included
        assertEquals(AT_RISK, on("2026-06-30", 0, 0));
    }

    @Test
    void metAsSoonAsTheCountIsReachedEvenEarly() {
        assertEquals(MET, on("2026-04-02", 2, 0));
        assertEquals(MET, on("2026-07-05", 3, 0));
    }

    @Test
    void partialOrMissedOnlyOnceLateEntryIsOver() {
        assertEquals(PARTIAL, on("2026-07-01", 1, 0));
        assertEquals(MISSED, on("2026-07-01", 0, 0));
        // with 5 grace days, evidence dated in June may still come: at risk, not missed
        assertEquals(AT_RISK, on("2026-07-05", 0, 5));
        assertEquals(MISSED, on("2026-07-06", 0, 5));
    }

    @Test
    void aWaiverWinsOverTheCount() {
        assertEquals(WAIVED, ObligationStatus.of(2, 0, Q2, 0, 30, LocalDate.of(2026, 7, 6), true));
    }
}
