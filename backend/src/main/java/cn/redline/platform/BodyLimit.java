package cn.redline.platform;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
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

    @ConfigProperty(name = "redline.http.max-body-size")
    MemorySize maxBody;

    @ConfigProperty(name = "redline.attachments.max-bytes")
    MemorySize maxUpload;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.request().path();
            long max = (path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/") ? maxUpload : maxBody).asLongValue();
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
    }
}
