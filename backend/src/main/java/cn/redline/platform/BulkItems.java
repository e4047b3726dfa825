package cn.redline.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The items of a bulk push, bound one by one: a type or enum error in one item is that item's error, not a 400 for
 * the whole batch. Each is converted with the application's strict mapper, as a single request would be.
 */
public final class BulkItems {

    private BulkItems() {
    }

    /** The item as {@code type}, or null with its binding error (field path and message) added to {@code errors}. */
    public static <T> T bind(ObjectMapper json, JsonNode item, Class<T> type, List<Problem.FieldError> errors) {
        if (item == null || item.isNull()) {
            errors.add(new Problem.FieldError("item", "must not be null"));
            return null;
        }
        if (!item.isObject()) {
            errors.add(new Problem.FieldError("item", "must be an object"));
            return null;
        }
        try {
            return json.treeToValue(item, type);
        } catch (JsonMappingException e) {
            Problem.FieldError error = JsonFieldErrors.of(e);
            errors.add(error != null ? error : new Problem.FieldError("item", "has the wrong type or format"));
        } catch (JsonProcessingException e) {
            errors.add(new Problem.FieldError("item", "has the wrong type or format"));
        }
        return null;
    }

    /** The pushing system's id of an item that could not be bound, when it names one, so it can match the result. */
    public static String externalRefOf(JsonNode item) {
        JsonNode ref = item == null ? null : item.get("externalRef");
        return ref != null && ref.isTextual() ? ref.asText() : null;
    }
}
