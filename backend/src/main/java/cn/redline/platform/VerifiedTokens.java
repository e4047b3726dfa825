package cn.redline.platform;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer token check, done once per token instead of once per request. The OIDC mechanism verifies a token
 * (RSA signature, issuer, audience, expiry) and parses its claims into an identity: about a quarter of the CPU of a
 * get by id. A client sends the same token for its whole life (five minutes from Keycloak), so the identity the
 * OIDC mechanism built for it is kept, keyed by the exact token string, until the token's {@code exp} by the
 * application's clock, and answered from memory for the token's later requests. A different string (another
 * token, a tampered one) never matches and goes through the full check; an expired token is dropped and checked
 * again, which refuses it. What the cached identity cannot go stale on: roles and the org code are claims of the
 * token itself; the caller's org record comes from {@code OrgPlaces}, which is dropped on every org change.
 * What it does not do: a signing key withdrawn at the provider still vouches for tokens already seen until they
 * expire (at most the token lifespan).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final OidcAuthenticationMechanism oidc;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong checks = new AtomicLong();

    public VerifiedTokens(OidcAuthenticationMechanism oidc, Clock clock,
            @ConfigProperty(name = "redline.auth.verified-tokens", defaultValue = "5000") int maxEntries) {
        this.oidc = oidc;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearer(context);
        if (token == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        Verified hit = verified.get(token);
        long now = clock.instant().getEpochSecond();
        if (hit != null) {
            if (now < hit.expiresAtSecond()) {
                return Uni.createFrom().item(forThisRequest(hit.identity(), context));
            }
            verified.remove(token, hit);
        }
        checks.incrementAndGet();
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> remember(token, identity, now));
    }

    /** How many tokens went through the full OIDC check (the tests read it to see a cache hit). */
    public long fullChecks() {
        return checks.get();
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long exp = jwt.getExpirationTime();
        if (exp <= now) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> v.expiresAtSecond() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, exp));
    }

    /** The cached identity, carrying this request's routing context instead of the first request's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext context) {
        if (identity.getAttribute(ROUTING_CONTEXT) == null) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, context).build();
    }

    private static String bearer(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
