package cn.redline.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a JSON binding failure says about the field it failed on, for a whole body or for one item of a batch. */
public final class JsonFieldErrors {

    private JsonFieldErrors() {
    }

    /** The field error, or null when the failure names no field (the JSON itself is malformed). */
    public static Problem.FieldError of(JsonMappingException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return null;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(field, "unknown field");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new Problem.FieldError(field, "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants()));
        }
        return new Problem.FieldError(field, "has the wrong type or format");
    }

    /** "items[2].level": object fields joined by dots, array elements as [i]. */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
