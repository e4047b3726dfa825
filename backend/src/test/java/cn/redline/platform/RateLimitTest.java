package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotas per client, per address and for failed authentications, with small limits (addresses come from
 * X-Forwarded-For here, as behind a proxy, so each test has its own). HSTS is on in this profile.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redline.rate-limit.client.requests", "5", "redline.rate-limit.client.window", "1H",
                    "redline.rate-limit.address.requests", "8", "redline.rate-limit.address.window", "1H",
                    "redline.rate-limit.auth-failures.requests", "3", "redline.rate-limit.auth-failures.window", "1H",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    "redline.http.hsts-max-age", "365D");
        }
    }

    private static String leader(String user) {
        return Tokens.token(user, Demo.NANMING, "leader");
    }

    @Test
    void aClientOverItsQuotaGets429WithRetryAfterAndRateLimitHeaders() {
        String token = leader("rl-client");
        for (int i = 1; i <= 5; i++) {
            as(token).header("X-Forwarded-For", "198.51.100.1").get("/api/v1/industries").then().statusCode(200)
                    .header("RateLimit-Policy", containsString("\"client\";q=5;w=3600"))
                    .header("RateLimit-Policy", containsString("\"address\";q=8;w=3600"))
                    .header("RateLimit", containsString("\"client\";r=" + (5 - i)))
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        as(token).header("X-Forwarded-For", "198.51.100.1").get("/api/v1/industries").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("type", containsString("rate-limited"))
                .header("Retry-After", v -> Integer.parseInt(v), greaterThan(0))
                .header("RateLimit", containsString("\"client\";r=0"));
        as(leader("rl-other")).header("X-Forwarded-For", "198.51.100.1").get("/api/v1/industries").then().statusCode(200);
    }

    @Test
    void anAddressOverItsQuotaGets429WhicheverTokensItUses() {
        for (int i = 0; i < 8; i++) {
            as(leader("rl-address-" + i)).header("X-Forwarded-For", "198.51.100.2").get("/api/v1/industries").then()
                    .statusCode(200);
        }
        as(leader("rl-address-9")).header("X-Forwarded-For", "198.51.100.2").get("/api/v1/industries").then()
                .statusCode(429).contentType("application/problem+json")
                .header("RateLimit", containsString("\"address\";r=0"))
                .header("Retry-After", v -> Integer.parseInt(v), greaterThan(0));
    }

    @Test
    void failedAuthenticationsAreCountedPerAddressThenTheAddressWaits() {
        for (int i = 0; i < 3; i++) {
            as("not-a-token-" + i).header("X-Forwarded-For", "198.51.100.3").get("/api/v1/me").then().statusCode(401);
        }
        as(leader("rl-after-bad")).header("X-Forwarded-For", "198.51.100.3").get("/api/v1/industries").then()
                .statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("failed authentications"))
                .header("Retry-After", v -> Integer.parseInt(v), greaterThan(0));
        as(leader("rl-elsewhere")).header("X-Forwarded-For", "198.51.100.4").get("/api/v1/industries").then()
                .statusCode(200);
    }
}
