package cn.redline.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} exactly as {@code Instant.toString()} (ISO-8601 in UTC, the fraction in groups of three
 * digits when there is one), which is what the JSR-310 module wrote, without going through {@code DateTimeFormatter}:
 * its fraction printer builds BigDecimals for every timestamp, and a list page carries four or more per row. Years
 * outside 0000-9999 (never stored) fall back to {@code toString()}.
 */
public final class InstantJson extends StdSerializer<Instant> {

    public static SimpleModule module() {
        return new SimpleModule("redline-instants").addSerializer(Instant.class, new InstantJson());
    }

    private InstantJson() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        char[] out = new char[30];
        int n = format(value, out);
        if (n < 0) {
            gen.writeString(value.toString());
        } else {
            gen.writeString(out, 0, n);
        }
    }

    /** Fills {@code out} (30 chars) and returns the length, or -1 for a year outside 0000-9999. */
    static int format(Instant value, char[] out) {
        return format(value, out, true);
    }

    /**
     * As {@link #format(Instant, char[])}; with {@code groupsOfThree} false the fraction loses its trailing zeros
     * instead, as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} writes it (the mapper's {@code OffsetDateTime}s).
     */
    static int format(Instant value, char[] out, boolean groupsOfThree) {
        long seconds = value.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return -1;
        }
        int i = digits(out, 0, year, 4);
        out[i++] = '-';
        i = digits(out, i, date.getMonthValue(), 2);
        out[i++] = '-';
        i = digits(out, i, date.getDayOfMonth(), 2);
        out[i++] = 'T';
        i = digits(out, i, secondOfDay / 3600, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay / 60 % 60, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay % 60, 2);
        int nano = value.getNano();
        if (nano != 0) {
            out[i++] = '.';
            if (!groupsOfThree) {
                int width = 9;
                while (nano % 10 == 0) {
                    nano /= 10;
                    width--;
                }
                i = digits(out, i, nano, width);
            } else if (nano % 1_000_000 == 0) {
                i = digits(out, i, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                i = digits(out, i, nano / 1000, 6);
            } else {
                i = digits(out, i, nano, 9);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    private static int digits(char[] out, int at, int value, int width) {
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
