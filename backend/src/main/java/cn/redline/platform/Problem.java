package cn.redline.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error response. {@code code} is the stable machine name of the
 * problem (the last segment of {@code type}); each field error carries a {@code code} too, so a client can word it
 * in its own language. Title and detail are worded in the caller's language by {@link ProblemLanguageFilter};
 * {@code args} (never serialized) fill the catalog's placeholders, e.g. what was not found.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        List<String> allowedActions,
        @JsonIgnore Map<String, String> args) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://redline.example.cn/problems/";

    /** The shape before codes: the code is read from the type URI. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                   List<String> allowedActions) {
        this(type, title, status, detail, instance, codeOf(type), errors, allowedActions, null);
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "FieldError")
    public record FieldError(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 200) String field,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 40, example = "required") String code,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 500) String message) {

        /** A field error whose code follows from its (English) message; see {@link FieldErrorCodes}. */
        public FieldError(String field, String message) {
            this(field, FieldErrorCodes.of(message), message);
        }
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, slug, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors, allowedActions, args);
    }

    public Problem withArgs(Map<String, String> values) {
        return new Problem(type, title, status, detail, instance, code, errors, allowedActions, values);
    }

    Problem worded(String newTitle, String newDetail, List<FieldError> newErrors) {
        return new Problem(type, newTitle, status, newDetail, instance, code, newErrors, allowedActions, args);
    }

    private static String codeOf(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }
}
