package cn.redline.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Token buckets (Bucket4j) per client, per remote address and for failed authentications per address, each
 * refilling its quota evenly over its window. Buckets live in memory per instance and are dropped when idle.
 * Answers carry the IETF RateLimit / RateLimit-Policy headers (draft-ietf-httpapi-ratelimit-headers).
 */
@ApplicationScoped
public class RateLimits {

    public static final String CLIENT = "client";
    public static final String ADDRESS = "address";
    public static final String AUTH_FAILURES = "auth-failures";

    /** A named quota and its buckets. */
    public static final class Policy {
        final String name;
        final long quota;
        final Duration window;
        private final LoadingCache<String, Bucket> buckets;

        Policy(String name, RateLimitConfig.Quota q) {
            this.name = name;
            this.quota = q.requests();
            this.window = q.window();
            this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(window.multipliedBy(2))
                    .build(key -> Bucket.builder()
                            .addLimit(limit -> limit.capacity(quota).refillGreedy(quota, window)).build());
        }

        String header() {
            return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
        }
    }

    /** What one policy said about one request. */
    public record Outcome(Policy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
        String header() {
            return "\"" + policy.name + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private final boolean enabled;
    private final Policy client;
    private final Policy address;
    private final Policy authFailures;

    public RateLimits(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.client = new Policy(CLIENT, config.client());
        this.address = new Policy(ADDRESS, config.address());
        this.authFailures = new Policy(AUTH_FAILURES, config.authFailures());
    }

    public boolean enabled() {
        return enabled;
    }

    public Outcome consumeClient(String key) {
        return consume(client, key);
    }

    public Outcome consumeAddress(String key) {
        return consume(address, key);
    }

    /** Counts one failed authentication from the address. */
    public void authFailed(String addressKey) {
        authFailures.buckets.get(addressKey).tryConsume(1);
    }

    /** The address's failed-authentication budget, without spending it: refused while it is empty. */
    public Outcome authFailureBudget(String addressKey) {
        Bucket b = authFailures.buckets.get(addressKey);
        var estimate = b.estimateAbilityToConsume(1);
        long available = b.getAvailableTokens();
        return new Outcome(authFailures, estimate.canBeConsumed(), Math.max(0, available),
                seconds(estimate.getNanosToWaitForRefill()), seconds(estimate.getNanosToWaitForRefill()));
    }

    private static Outcome consume(Policy p, String key) {
        ConsumptionProbe probe = p.buckets.get(key).tryConsumeAndReturnRemaining(1);
        return new Outcome(p, probe.isConsumed(), probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    static String policyHeader(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.policy().header()).collect(Collectors.joining(", "));
    }

    static String rateLimitHeader(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::header).collect(Collectors.joining(", "));
    }
}
