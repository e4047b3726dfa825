package cn.redline.platform;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The per-client quota, counted once the token is verified: keyed by the token's authorized party (azp)
 * and subject, so one integration or user cannot exhaust the API whichever addresses it calls from.
 */
public class ClientRateLimitFilter {

    @Inject
    RateLimits limits;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest request;

    @ServerRequestFilter
    public Uni<Response> limit(UriInfo uri) {
        if (!limits.enabled() || !uri.getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null;
            }
            RateLimits.Outcome outcome = limits.consumeClient(clientKey(identity));
            List<RateLimits.Outcome> outcomes = request.getCurrent().get(EdgeFilter.OUTCOMES);
            if (outcomes != null) {
                outcomes.add(outcome);
            }
            if (outcome.allowed()) {
                return null;
            }
            Problem p = RateLimitProblem.of(outcome, "Too many requests from this client")
                    .withInstance(uri.getRequestUri().getRawPath());
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", outcome.retryAfterSeconds())
                    .entity(p).build();
        });
    }

    private static String clientKey(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return (azp == null ? "" : azp) + "/" + jwt.getSubject();
        }
        return "/" + identity.getPrincipal().getName();
    }
}
