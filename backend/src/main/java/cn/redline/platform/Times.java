package cn.redline.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database keeps them: UTC, microseconds, so what a response shows equals what a read returns;
 * dates as days in China. Every reading of the time goes through the injected {@link Clock}.
 */
public final class Times {

    /** Dates (deadlines, periods, "from"/"to" filters) are days in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in China by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant of a day in China; null for no day (an open end of a date filter). */
    public static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first instant after a day in China, the exclusive end of an inclusive "to" date; null for no day. */
    public static OffsetDateTime after(LocalDate day) {
        return day == null ? null : startOf(day.plusDays(1));
    }

    public static OffsetDateTime stored(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
