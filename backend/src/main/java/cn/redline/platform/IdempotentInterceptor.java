package cn.redline.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an {@link Idempotent} route through {@link Idempotency}: the key is the request's Idempotency-Key, the
 * route its method and path, and the request is the route's arguments (a streamed body by the SHA-256 of its
 * bytes, which are handed on to the route unchanged). A streamed body is read up to one byte past the HTTP
 * layer's body limit, no further: the route refuses a larger one itself (413), and reading on would only break
 * the connection at the HTTP layer's own limit.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotentInterceptor {

    @Inject
    Idempotency idempotency;

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBody;

    @AroundInvoke
    Object run(InvocationContext ctx) {
        Object[] args = ctx.getParameters();
        List<Object> identity = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof InputStream in) {
                byte[] bytes = readAll(in);
                args[i] = new ByteArrayInputStream(bytes);
                identity.add(Idempotency.sha256(bytes));
            } else {
                identity.add(args[i]);
            }
        }
        ctx.setParameters(args);
        String route = request.method().name() + " " + request.path();
        return idempotency.run(request.getHeader(Idempotency.HEADER), route, identity, () -> {
            try {
                return (Response) ctx.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private byte[] readAll(InputStream in) {
        try {
            return in.readNBytes((int) Math.min(maxBody.asLongValue() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
