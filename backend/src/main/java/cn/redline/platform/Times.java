package cn.redline.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Instants as the database keeps them: UTC, microseconds, so what a response shows equals what a read returns.
 * The clock is the system's, except inside {@link #at} on the calling thread (the demo data replays a year of
 * tickets through the real workflow, each step at its own time).
 */
public final class Times {

    private static final ThreadLocal<Clock> CLOCK = new ThreadLocal<>();

    /** Dates (deadlines, "from"/"to" filters) are days in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock()).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in a zone, by the same clock as {@link #now}. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.now(clock().withZone(zone));
    }

    public static OffsetDateTime stored(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs work on this thread as if it were {@code instant}. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Clock previous = CLOCK.get();
        CLOCK.set(Clock.fixed(instant, ZoneOffset.UTC));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CLOCK.remove();
            } else {
                CLOCK.set(previous);
            }
        }
    }

    private static Clock clock() {
        Clock c = CLOCK.get();
        return c != null ? c : Clock.systemUTC();
    }
}
