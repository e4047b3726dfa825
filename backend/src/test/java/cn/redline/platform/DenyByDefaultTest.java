package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Contract;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract refuses a token that carries no Redline realm role, even one of the
 * province's org (whose scope would be everything below it): 403 problem, before any resource runs.
 */
@QuarkusTest
class DenyByDefaultTest {

    private static final Map<String, String> ROLELESS = Map.of(
            "no roles", Tokens.token("norole", Demo.GUIZHOU),
            "an unknown role", Tokens.token("unknown", Demo.GUIZHOU, "superuser", "offline_access"),
            "roles only in resource_access", Tokens.withClaims("client-roles", Demo.GUIZHOU,
                    Map.of("resource_access", Map.of("redline-api", Map.of("roles", List.of("admin", "safety_office"))))),
            "roles only in groups", Tokens.withClaims("grouped", Demo.GUIZHOU, Map.of("groups", List.of("admin", "/admin"))));

    @Test
    void everyOperationRefusesATokenWithoutARedlineRole() {
        List<String> failures = new ArrayList<>();
        List<Contract.Operation> operations = Contract.operations();
        for (Contract.Operation op : operations) {
            ROLELESS.forEach((what, token) -> {
                Response r = op.send(as(token));
                if (r.statusCode() != 403 || !r.contentType().startsWith(Problem.MEDIA_TYPE)) {
                    failures.add(op + " with " + what + " answered " + r.statusCode() + " " + r.contentType());
                }
            });
        }
        assertTrue(operations.size() >= 20, "the contract's operations, found " + operations.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void anyOneRedlineRoleAmongOthersIsEnough() {
        as(Tokens.token("mixed", Demo.NANMING, "offline_access", "leader")).get("/api/v1/hazards").then().statusCode(200);
    }

    @Test
    void everyOperationStillAsksAnonymousCallersToAuthenticate() {
        List<String> failures = new ArrayList<>();
        for (Contract.Operation op : Contract.operations()) {
            Response r = op.send(io.restassured.RestAssured.given());
            if (r.statusCode() != 401) {
                failures.add(op + " answered " + r.statusCode());
            }
        }
        assertEquals(List.of(), failures);
    }
}
