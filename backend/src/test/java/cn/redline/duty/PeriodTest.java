package cn.redline.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Periods of §1.1: local days in Asia/Shanghai, a period ends at 24:00 of its last day, grace days flag late entry. */
class PeriodTest {

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void aPeriodEndsAtMidnightAfterItsLastDayInShanghaiNotUtc() {
        Period q1 = Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 2, 10));
        assertEquals("2026-Q1", q1.key());
        assertEquals(LocalDate.of(2026, 3, 31), q1.last());
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), q1.end());
        assertEquals(EvidenceTiming.ON_TIME, q1.timing(LocalDate.of(2026, 3, 31), shanghai("2026-03-31T23:59:59"), 0));
        // 00:00 on 1 April in China is still 31 March in UTC: too late all the same
        assertEquals(EvidenceTiming.TOO_LATE, q1.timing(LocalDate.of(2026, 3, 31), shanghai("2026-04-01T00:00:00"), 0));
        assertEquals(EvidenceTiming.OUTSIDE, q1.timing(LocalDate.of(2026, 4, 1), shanghai("2026-04-01T08:00:00"), 0));
        assertEquals(EvidenceTiming.OUTSIDE, q1.timing(LocalDate.of(2025, 12, 31), shanghai("2026-01-01T08:00:00"), 0));
    }

    @Test
    void graceDaysLetLateEntryOfEvidenceDatedInsideCountFlaggedLate() {
        Period m = Period.containing(PeriodType.MONTH, LocalDate.of(2026, 6, 15));
        assertEquals(EvidenceTiming.LATE, m.timing(LocalDate.of(2026, 6, 30), shanghai("2026-07-01T00:00:00"), 2));
        assertEquals(EvidenceTiming.LATE, m.timing(LocalDate.of(2026, 6, 3), shanghai("2026-07-02T23:59:59"), 2));
        assertEquals(EvidenceTiming.TOO_LATE, m.timing(LocalDate.of(2026, 6, 3), shanghai("2026-07-03T00:00:00"), 2));
        // grace never stretches the period itself: evidence dated in July is July's
        assertEquals(EvidenceTiming.OUTSIDE, m.timing(LocalDate.of(2026, 7, 1), shanghai("2026-07-01T10:00:00"), 2));
        assertTrue(EvidenceTiming.LATE.counts());
        assertFalse(EvidenceTiming.TOO_LATE.counts());
    }

    @Test
    void leapYearsEndFebruaryOnThe29th() {
        assertEquals(LocalDate.of(2028, 2, 29), Period.containing(PeriodType.MONTH, LocalDate.of(2028, 2, 1)).last());
        assertEquals(LocalDate.of(2026, 2, 28), Period.containing(PeriodType.MONTH, LocalDate.of(2026, 2, 1)).last());
        Period h1 = Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2028, 2, 29));
        assertEquals("2028-H1", h1.key());
        assertEquals(182, h1.daysLeft(LocalDate.of(2028, 1, 1)));
        // 24 months from a 29 February end on the 28th two years on
        assertEquals(LocalDate.of(2030, 2, 27), Period.rolling24m(LocalDate.of(2028, 2, 29)).last());
    }

    @Test
    void halfYearsAreCalendarHalves() {
        Period h1 = Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2026, 6, 30));
        Period h2 = Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2026, 7, 1));
        assertEquals("2026-H1", h1.key());
        assertEquals(LocalDate.of(2026, 1, 1), h1.first());
        assertEquals(LocalDate.of(2026, 6, 30), h1.last());
        assertEquals("2026-H2", h2.key());
        assertEquals(LocalDate.of(2026, 12, 31), h2.last());
        Period y = Period.containing(PeriodType.YEAR, LocalDate.of(2026, 12, 31));
        assertEquals("2026", y.key());
        assertEquals(LocalDate.of(2026, 1, 1), y.first());
        assertEquals("2026-Q4", Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 10, 1)).key());
        assertEquals("2026-Q3", Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 9, 30)).key());
    }

    @Test
    void rollingTwentyFourMonthsAndEventWindows() {
        // ERR 8 "至少每2年": the window after a drill on 14 March 2025 runs to 14 March 2027 inclusive
        Period r = Period.rolling24m(LocalDate.of(2025, 3, 15));
        assertEquals(LocalDate.of(2027, 3, 14), r.last());
        assertEquals("2025-03-15+24M", r.key());
        Period e = Period.afterEvent(LocalDate.of(2026, 5, 1), 15);
        assertEquals(LocalDate.of(2026, 5, 16), e.last());
        assertEquals("2026-05-01+15D", e.key());
        assertThrows(IllegalArgumentException.class, () -> Period.containing(PeriodType.EVENT, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void keysParseBackToTheSamePeriod() {
        for (Period p : new Period[] {Period.containing(PeriodType.YEAR, LocalDate.of(2026, 5, 5)),
                Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2026, 8, 5)),
                Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 5, 5)),
                Period.containing(PeriodType.MONTH, LocalDate.of(2028, 2, 5)),
                Period.rolling24m(LocalDate.of(2025, 3, 15)), Period.afterEvent(LocalDate.of(2026, 5, 1), 30)}) {
            assertEquals(p, Period.parse(p.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-13"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-H3"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-02-30+24M"));
    }
}
