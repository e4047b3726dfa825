package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @TempDir
    Path dir;

    private static void settle() throws InterruptedException {
        Thread.sleep(OffsetFileClock.RECHECK.toMillis() + 50);
    }

    @Test
    void movesByTheFilesDurationAndFollowsItsChanges() throws Exception {
        Path file = dir.resolve("offset");
        OffsetFileClock clock = new OffsetFileClock(Clock.fixed(NOW, ZoneOffset.UTC), file);
        assertEquals(NOW, clock.instant(), "no file, no offset");

        Files.writeString(file, "P1D\n");
        settle();
        assertEquals(NOW.plus(Duration.ofDays(1)), clock.instant());

        Files.writeString(file, "PT-2H");
        settle();
        assertEquals(NOW.minus(Duration.ofHours(2)), clock.instant());

        Files.writeString(file, "");
        settle();
        assertEquals(NOW, clock.instant(), "an empty file takes the offset back");
    }

    @Test
    void aMalformedOffsetMovesNothing() throws Exception {
        Path file = dir.resolve("offset");
        Files.writeString(file, "tomorrow");
        OffsetFileClock clock = new OffsetFileClock(Clock.fixed(NOW, ZoneOffset.UTC), file);
        assertEquals(NOW, clock.instant());
    }

    @Test
    void keepsItsZoneAndFile() throws Exception {
        Path file = dir.resolve("offset");
        Files.writeString(file, "P2D");
        Clock clock = new OffsetFileClock(Clock.fixed(NOW, ZoneOffset.UTC), file).withZone(Times.ZONE);
        assertEquals(Times.ZONE, clock.getZone());
        assertEquals(NOW.plus(Duration.ofDays(2)), clock.instant());
    }
}
