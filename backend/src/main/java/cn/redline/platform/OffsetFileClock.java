package cn.redline.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jboss.logging.Logger;

/**
 * A clock moved by an offset read from a file (an ISO-8601 duration such as {@code P1D}; missing or empty means none),
 * for the end-to-end tests only: they run a whole stack and must let an objection window or a deadline pass without
 * waiting for it. Enabled by {@code redline.clock.offset-file}, which no deployment sets; the backend logs a warning
 * when it is on. The file is read again at most every {@link #RECHECK}.
 */
public final class OffsetFileClock extends Clock {

    private static final Logger LOG = Logger.getLogger(OffsetFileClock.class);

    static final Duration RECHECK = Duration.ofMillis(200);

    private final Clock base;
    private final Path file;
    private volatile Duration offset = Duration.ZERO;
    private volatile long nextCheckNanos = Long.MIN_VALUE;

    public OffsetFileClock(Clock base, Path file) {
        this.base = base;
        this.file = file;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset());
    }

    /** The offset the file gives now (zero when it is absent, empty or unreadable). */
    Duration offset() {
        long now = System.nanoTime();
        if (nextCheckNanos == Long.MIN_VALUE || now - nextCheckNanos >= 0) {
            offset = read();
            nextCheckNanos = now + RECHECK.toNanos();
        }
        return offset;
    }

    private Duration read() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException | DateTimeParseException e) {
            LOG.warnf("clock offset file %s unreadable (%s): no offset", file, e.getMessage());
            return Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new OffsetFileClock(base.withZone(zone), file);
    }
}
