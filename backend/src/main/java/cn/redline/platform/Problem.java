package cn.redline.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://redline.example.cn/problems/";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "FieldError")
    public record FieldError(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 200) String field,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 500) String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, allowedActions);
    }
}
