package cn.redline.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP edge, in front of every route (JAX-RS or not, so 401, 413 and 429 answers get it too):
 * security headers, {@code Cache-Control: no-store} on /api unless a resource chose its own caching,
 * HSTS only when configured (behind TLS), the per-address quota and the failed-authentication budget,
 * and the RateLimit headers of whatever quotas the request was counted against.
 */
@ApplicationScoped
public class EdgeFilter {

    static final String OUTCOMES = "redline.rate-limit.outcomes";

    private final RateLimits limits;
    private final ObjectMapper json;
    private final Optional<Duration> hstsMaxAge;

    public EdgeFilter(RateLimits limits, ObjectMapper json,
            @ConfigProperty(name = "redline.http.hsts-max-age") Optional<Duration> hstsMaxAge) {
        this.limits = limits;
        this.json = json;
        this.hstsMaxAge = hstsMaxAge;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext rc) {
        boolean api = rc.normalizedPath().startsWith("/api/");
        List<RateLimits.Outcome> outcomes = new ArrayList<>();
        rc.put(OUTCOMES, outcomes);
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        rc.addHeadersEndHandler(v -> {
            MultiMap h = rc.response().headers();
            securityHeaders(h, api);
            if (!outcomes.isEmpty()) {
                h.set("RateLimit-Policy", RateLimits.policyHeader(outcomes));
                h.set("RateLimit", RateLimits.rateLimitHeader(outcomes));
            }
            if (api && limits.enabled() && rc.response().getStatusCode() == 401
                    && rc.request().getHeader("Authorization") != null) {
                limits.authFailed(address);
            }
        });
        if (api && limits.enabled() && !"OPTIONS".equals(rc.request().method().name())) {
            RateLimits.Outcome failures = limits.authFailureBudget(address);
            if (!failures.allowed()) {
                outcomes.add(failures);
                tooMany(rc, failures, "Too many failed authentications from this address");
                return;
            }
            RateLimits.Outcome outcome = limits.consumeAddress(address);
            outcomes.add(outcome);
            if (!outcome.allowed()) {
                tooMany(rc, outcome, "Too many requests from this address");
                return;
            }
        }
        rc.next();
    }

    private void securityHeaders(MultiMap h, boolean api) {
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        if (!h.contains("Content-Security-Policy")) {
            h.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        // Attachment bytes keep their own revalidation (private, ETag); everything else is never stored.
        if (api && !h.contains("Cache-Control")) {
            h.set("Cache-Control", "no-store");
        }
        hstsMaxAge.ifPresent(age -> h.set("Strict-Transport-Security", "max-age=" + age.toSeconds() + "; includeSubDomains"));
    }

    private void tooMany(RoutingContext rc, RateLimits.Outcome outcome, String detail) {
        Problem p = RateLimitProblem.of(outcome, detail).withInstance(rc.request().path());
        try {
            rc.response().setStatusCode(429).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", String.valueOf(outcome.retryAfterSeconds()))
                    .end(json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
