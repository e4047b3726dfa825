package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenIsCheckedOnceAndItsLaterRequestsAnswerFromMemory() {
        String token = Tokens.token("safety", Demo.NANMING, "safety_office");
        long before = tokens.fullChecks();
        as(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo("safety"));
        as(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo("safety"))
                .body("org.code", equalTo(Demo.NANMING));
        as(token).get("/api/v1/orgs").then().statusCode(200);
        assertEquals(1, tokens.fullChecks() - before);
    }

    @Test
    void aTamperedTokenNeverMatchesTheVerifiedOne() {
        String token = Tokens.token("safety", Demo.NANMING, "safety_office");
        as(token).get("/api/v1/me").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        long before = tokens.fullChecks();
        as(tampered).get("/api/v1/me").then().statusCode(401);
        assertEquals(1, tokens.fullChecks() - before);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefused() throws InterruptedException {
        long exp = System.currentTimeMillis() / 1000 + 2;
        String token = Jwt.issuer(Tokens.ISSUER).audience("redline-api").subject("sub-brief")
                .claim("preferred_username", "brief").claim("org_id", Demo.NANMING)
                .claim("realm_access", Map.of("roles", List.of("safety_office"))).expiresAt(exp).jws().keyId("1").sign();
        as(token).get("/api/v1/me").then().statusCode(200);
        long before = tokens.fullChecks();
        clock.advance(Duration.ofSeconds(3));
        as(token).get("/api/v1/me").then().statusCode(200); // past exp by the app's clock: checked again (OIDC reads real time)
        assertEquals(1, tokens.fullChecks() - before);
        clock.reset();
        while (System.currentTimeMillis() / 1000 <= exp) {
            Thread.sleep(200);
        }
        as(token).get("/api/v1/me").then().statusCode(401);
    }
}
