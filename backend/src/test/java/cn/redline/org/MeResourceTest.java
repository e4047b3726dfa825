package cn.redline.org;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void meShowsSubjectOrgRolesAndSubtreeScope() {
        as(Demo.nanmingSafety()).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo("sub-safety"))
                .body("username", equalTo("safety"))
                .body("org.code", equalTo(Demo.NANMING))
                .body("org.name", equalTo("南明区"))
                .body("roles", contains("safety_office"))
                .body("scope.mode", equalTo("SUBTREE"));
    }

    @Test
    void departmentScopeListsItsSupervisedIndustries() {
        as(Demo.constructionBureau()).get("/api/v1/me").then().statusCode(200)
                .body("org.kind", equalTo("DEPARTMENT"))
                .body("scope.supervisedIndustries", containsInAnyOrder("CONSTRUCTION", "GAS"));
    }

    @Test
    void adminSeesEverything() {
        as(Demo.admin()).get("/api/v1/me").then().statusCode(200).body("scope.mode", equalTo("GLOBAL"));
    }

    @Test
    void tokenWithUnknownOrgIsRefused() {
        as(Tokens.token("ghost", "999999", "admin")).get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void tokenWithoutOrgIsRefusedNotTreatedAsUnscoped() {
        as(Tokens.token("nobody", null, "admin")).get("/api/v1/orgs").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void missingTokenIs401Problem() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        as(Tokens.withAudience("some-other-api", Demo.NANMING, "safety_office")).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401() {
        as(Tokens.expired(Demo.NANMING, "safety_office")).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void forgedSignatureIs401() {
        String token = Demo.nanmingSafety();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        as(forged).get("/api/v1/me").then().statusCode(401);
    }
}
