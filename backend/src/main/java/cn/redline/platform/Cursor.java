package cn.redline.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursor: the sort values of the last row seen, joined and base64url-encoded. A cursor
 * that does not decode to the expected number of parts is a 400 problem, never a 500.
 */
public final class Cursor {

    private static final char SEP = '\u001f';

    private Cursor() {
    }

    /** {@code list} names the list and its sort, so a cursor is only accepted by the list that made it. */
    public static String encode(String list, String... parts) {
        String raw = list + SEP + String.join(String.valueOf(SEP), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor, String list, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(raw.split(String.valueOf(SEP), -1));
            if (values.size() != parts + 1 || !values.get(0).equals(list)) {
                throw new IllegalArgumentException("parts");
            }
            return values.subList(1, values.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The 400 problem for a cursor this list did not make. */
    public static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }
}
