package cn.redline.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: a base clock (the system's, or a test's movable one), except inside {@link #at} on the
 * calling thread, where it reads a given instant (the demo data replays a year of tickets through the real
 * workflow, each step at its own time).
 */
public final class ReplayClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock base;

    public ReplayClock(Clock base) {
        this.base = base;
    }

    /** Runs work on this thread as if it were {@code instant}. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Instant previous = REPLAYED.get();
        REPLAYED.set(instant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ReplayClock(base.withZone(zone));
    }
}
