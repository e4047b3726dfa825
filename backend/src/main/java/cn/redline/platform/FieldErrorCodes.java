package cn.redline.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The machine code of a field error, read from the wording the services and bean validation use, so every field
 * error carries one (labels/*.json "fieldError" words it per language). Unknown wording is "invalid".
 */
final class FieldErrorCodes {

    private static final Map<String, String> BY_WORDING = new LinkedHashMap<>();

    static {
        BY_WORDING.put("is required", "required");
        BY_WORDING.put("must not be null", "required");
        BY_WORDING.put("must not be blank", "required");
        BY_WORDING.put("must not be empty", "required");
        BY_WORDING.put("must not be in the past", "not-past");
        BY_WORDING.put("must not be in the future", "not-future");
        BY_WORDING.put("unknown field", "unknown-field");
        BY_WORDING.put("has the wrong type or format", "wrong-format");
        BY_WORDING.put("is not a valid date", "wrong-format");
        BY_WORDING.put("must match", "wrong-format");
        BY_WORDING.put("must be a whole number", "wrong-format");
        BY_WORDING.put("must be true or false", "wrong-format");
        BY_WORDING.put("must be a date", "wrong-format");
        BY_WORDING.put("must be a uuid", "wrong-format");
        BY_WORDING.put("must be an iso-8601", "wrong-format");
        BY_WORDING.put("must be one of", "one-of");
        BY_WORDING.put("no such", "not-found");
        BY_WORDING.put("is not a cursor", "invalid-cursor");
        BY_WORDING.put("is not a known industry", "unknown-industry");
        BY_WORDING.put("size must be between", "too-long");
        BY_WORDING.put("must be at most", "too-long");
        BY_WORDING.put("must be greater than", "out-of-range");
        BY_WORDING.put("must be less than", "out-of-range");
        BY_WORDING.put("appears twice", "duplicate");
        BY_WORDING.put("must not repeat", "duplicate");
    }

    private FieldErrorCodes() {
    }

    static String of(String message) {
        if (message == null) {
            return "invalid";
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : BY_WORDING.entrySet()) {
            if (m.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "invalid";
    }

    /** Every code this class hands out (the catalog test requires a label for each). */
    static java.util.Set<String> all() {
        java.util.Set<String> codes = new java.util.TreeSet<>(BY_WORDING.values());
        codes.add("invalid");
        return codes;
    }
}
