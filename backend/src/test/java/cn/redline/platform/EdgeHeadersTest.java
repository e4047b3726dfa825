package cn.redline.platform;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers, no caching, links from the configured public address and explicit CORS origins. */
@QuarkusTest
class EdgeHeadersTest {

    private static void hardened(ValidatableResponse r) {
        r.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void apiAnswersCarrySecurityHeadersAndAreNeverStored() {
        hardened(as(Demo.admin()).get("/api/v1/me").then().statusCode(200));
        hardened(given().get("/api/v1/me").then().statusCode(401));
        hardened(as(Demo.admin()).get("/api/v1/nothing-here").then().statusCode(404));
        hardened(as(Demo.admin()).accept("*/*").get("/api/v1/hazards/export.xlsx").then().statusCode(200));
    }

    @Test
    void locationComesFromThePublicBaseUrlNotFromTheHostHeader() {
        String parent = Api.idOf(Demo.admin(), Demo.NANMING);
        String id = as(Demo.admin()).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("code", Codes.nanmingTownship(), "name", "链接街道", "kind", "REGION", "regionLevel", "TOWNSHIP",
                        "parentId", parent))
                .post("/api/v1/orgs").then().statusCode(201)
                .header("Location", startsWith("https://redline.test.example/api/v1/orgs/"))
                .extract().path("id");
        as(Demo.admin()).get("/api/v1/orgs/{id}", id).then().statusCode(200);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/hazards").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/hazards").then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")))
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
        as(Demo.admin()).header("Origin", "https://evil.example").get("/api/v1/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
