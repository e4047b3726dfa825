package cn.redline.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;

/**
 * A small JSON writer straight into UTF-8 bytes, for hot read paths whose views are written by hand (see
 * {@code HazardJson}). It writes exactly what the application's Jackson mapper writes for the same values: strings
 * with Jackson's escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters and each half of a surrogate pair as
 * six-character escapes with upper-case hex, everything else as UTF-8), UUIDs and dates in their ISO text, timestamps
 * as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} (fraction without trailing zeros; UTC, as rows are read, without
 * the formatter), BigDecimal as {@code toString()}. Tests compare its output with the mapper's byte for byte.
 */
public final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private byte[] buf;
    private int len;
    /** A value was written at this level: the next one needs a comma first. */
    private boolean comma;

    public JsonBytes(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** A property name, encoded once: {@code "name":}. */
    public static byte[] name(String name) {
        return ('"' + name + "\":").getBytes(StandardCharsets.UTF_8);
    }

    public byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    public int length() {
        return len;
    }

    public byte[] buffer() {
        return buf;
    }

    public JsonBytes field(byte[] encodedName) {
        separate();
        raw(encodedName);
        comma = false;
        return this;
    }

    public JsonBytes startObject() {
        separate();
        ensure(1);
        buf[len++] = '{';
        comma = false;
        return this;
    }

    public JsonBytes endObject() {
        ensure(1);
        buf[len++] = '}';
        comma = true;
        return this;
    }

    public JsonBytes startArray() {
        separate();
        ensure(1);
        buf[len++] = '[';
        comma = false;
        return this;
    }

    public JsonBytes endArray() {
        ensure(1);
        buf[len++] = ']';
        comma = true;
        return this;
    }

    public JsonBytes nullValue() {
        separate();
        raw(NULL);
        comma = true;
        return this;
    }

    public JsonBytes value(boolean b) {
        separate();
        raw(b ? TRUE : FALSE);
        comma = true;
        return this;
    }

    public JsonBytes value(long n) {
        separate();
        ascii(Long.toString(n));
        comma = true;
        return this;
    }

    public JsonBytes value(BigDecimal n) {
        if (n == null) {
            return nullValue();
        }
        separate();
        ascii(n.toString());
        comma = true;
        return this;
    }

    public JsonBytes value(Enum<?> e) {
        return e == null ? nullValue() : quotedAscii(e.name());
    }

    public JsonBytes value(UUID id) {
        return id == null ? nullValue() : quotedAscii(id.toString());
    }

    public JsonBytes value(LocalDate date) {
        return date == null ? nullValue() : quotedAscii(date.toString());
    }

    public JsonBytes value(OffsetDateTime time) {
        if (time == null) {
            return nullValue();
        }
        if (time.getOffset() != ZoneOffset.UTC) {
            return quotedAscii(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
        char[] text = new char[32];
        int n = InstantJson.format(time.toInstant(), text, false);
        return n < 0 ? quotedAscii(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)) : quotedAscii(text, n);
    }

    public JsonBytes value(String s) {
        if (s == null) {
            return nullValue();
        }
        separate();
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                } else {
                    at = escape(b, at, c);
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // Jackson's UTF-8 generator writes each half of a pair (emoji) as an escape
                b[at++] = '\\';
                b[at++] = 'u';
                b[at++] = HEX[c >> 12];
                b[at++] = HEX[c >> 8 & 0xF];
                b[at++] = HEX[c >> 4 & 0xF];
                b[at++] = HEX[c & 0xF];
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[at++] = '"';
        len = at;
        comma = true;
        return this;
    }

    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        switch (c) {
            case '"' -> b[at++] = '"';
            case '\\' -> b[at++] = '\\';
            case '\b' -> b[at++] = 'b';
            case '\t' -> b[at++] = 't';
            case '\n' -> b[at++] = 'n';
            case '\f' -> b[at++] = 'f';
            case '\r' -> b[at++] = 'r';
            default -> {
                b[at++] = 'u';
                b[at++] = '0';
                b[at++] = '0';
                b[at++] = HEX[c >> 4];
                b[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }

    @SuppressWarnings("deprecation")
    private JsonBytes quotedAscii(String s) {
        separate();
        int n = s.length();
        ensure(n + 2);
        buf[len++] = '"';
        s.getBytes(0, n, buf, len);
        len += n;
        buf[len++] = '"';
        comma = true;
        return this;
    }

    private JsonBytes quotedAscii(char[] s, int n) {
        separate();
        ensure(n + 2);
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s[i];
        }
        buf[len++] = '"';
        comma = true;
        return this;
    }

    @SuppressWarnings("deprecation")
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, len);
        len += n;
    }

    private void separate() {
        if (comma) {
            ensure(1);
            buf[len++] = ',';
        }
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
