package cn.redline.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body larger than the limit with a 413 problem before it is read; the HTTP layer's
 * own refusal (for bodies without a length) has no body at all. JSON requests get
 * {@code redline.http.max-body-size}; only the attachment upload may send up to
 * {@code redline.attachments.max-bytes}, which is also the HTTP layer's limit.
 */
@ApplicationScoped
public class BodyLimit {

    static final String UPLOAD_PATH = "/api/v1/attachments";
    /** How far past the attachment limit a chunked upload may stream before the HTTP layer cuts it off. */
    private static final long UPLOAD_STREAM_SLACK = 1024 * 1024;

    @ConfigProperty(name = "redline.http.max-body-size")
    MemorySize maxBody;

    @ConfigProperty(name = "redline.attachments.max-bytes")
    MemorySize maxUpload;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.request().path();
            long max = (isUpload(path) ? maxUpload : maxBody).asLongValue();
            String length = ctx.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > max) {
                Problem p = Problem.of(413, "payload-too-large", "Payload too large",
                        "The request body may be at most " + max + " bytes").withInstance(ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(Json.encode(p));
                return;
            }
            ctx.next();
        });
        // A chunked upload (no Content-Length) is counted by the upload itself, which stops one byte past the limit
        // and answers a 413 problem; the HTTP layer's stream limit, set just before this for bodies without a
        // length, would end the response first with an empty 413. So it is moved out of the way for uploads only.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            if (isUpload(ctx.request().path()) && ctx.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxUpload.asLongValue() + UPLOAD_STREAM_SLACK);
            }
            ctx.next();
        });
    }

    private static boolean isUpload(String path) {
        return path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/");
    }
}
