package cn.redline.support;

import cn.redline.platform.ReplayClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' clock: the system's, moved by an offset a test sets ({@link #advance}) and takes back ({@link #reset}).
 * It replaces the application's clock in every {@code @QuarkusTest}, so services, jobs and their tests read one time.
 */
@Singleton
public class MovableClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    @Singleton
    Clock clock() {
        return new ReplayClock(new Moved(Clock.system(cn.redline.platform.Times.ZONE)));
    }

    /** Moves the application's time on by {@code by} (further calls add up). */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    private final class Moved extends Clock {
        private final Clock base;

        Moved(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Moved(base.withZone(zone));
        }
    }
}
