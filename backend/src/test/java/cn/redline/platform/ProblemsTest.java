package cn.redline.platform;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile and malformed requests: each gets an RFC 9457 problem, never HTML, a trace or a 500, and writes nothing. */
@QuarkusTest
class ProblemsTest {

    private String post(String body) {
        return as(Demo.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/orgs").then()
                .statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", containsString("/problems/"))
                .body(not(containsString("Exception"))).body(not(containsString("at cn.")))
                .extract().asString();
    }

    @Test
    void malformedJsonIs400() {
        post("{\"code\": ");
        post("not json at all");
        post("[]");
        post("{\"code\":\"520102099\"} trailing");
    }

    /** 520102099: a township code no test creates (Codes.nanmingTownship() gives 100-998). */
    @Test
    void wrongTypesAndUnknownValuesAre400WithTheField() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        as(Demo.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"520102099\",\"name\":\"x\",\"kind\":\"GALAXY\",\"parentId\":\"" + nanming + "\"}")
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(Demo.admin()).contentType(ContentType.JSON)
                .body("{\"code\":520102099,\"name\":\"x\",\"kind\":\"REGION\",\"regionLevel\":\"TOWNSHIP\",\"parentId\":\"" + nanming + "\"}")
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(Demo.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"520102099\",\"name\":\"x\",\"kind\":\"REGION\",\"regionLevel\":\"TOWNSHIP\",\"parentId\":\"nope\"}")
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        as(Demo.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + Codes.creditCode() + "\",\"name\":\"x\",\"kind\":\"ENTERPRISE\",\"industry\":\"FIRE\","
                        + "\"employees\":\"many\",\"parentId\":\"" + nanming + "\"}")
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("employees"));
        as(Demo.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"520102099\",\"name\":\"x\",\"kind\":\"REGION\",\"regionLevel\":\"TOWNSHIP\","
                        + "\"parentId\":\"" + nanming + "\",\"isAdmin\":true}")
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("isAdmin"));
        as(Demo.admin()).queryParam("q", "520102099").get("/api/v1/orgs").then().body("items.code", not(hasItem("520102099")));
    }

    @Test
    void missingBodyIs400() {
        as(Demo.admin()).contentType(ContentType.JSON).post("/api/v1/orgs").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypesAre415And406() {
        as(Demo.admin()).contentType(ContentType.XML).body("<org/>").post("/api/v1/orgs").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(Demo.admin()).accept("text/html").get("/api/v1/orgs").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMethodIs405AndUnknownPathIs404() {
        as(Demo.admin()).delete("/api/v1/orgs").then().statusCode(405).contentType("application/problem+json");
        as(Demo.admin()).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as(Demo.admin()).get("/api/v1/orgs/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void oversizedAndHostileQueryParametersAre400() {
        as(Demo.admin()).queryParam("q", "x".repeat(101)).get("/api/v1/orgs").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as(Demo.admin()).queryParam("q", "'; drop table org; --").get("/api/v1/orgs").then().statusCode(200);
        // wildcards typed by a user match themselves: no org is named with them
        as(Demo.admin()).queryParam("q", "%_\\").get("/api/v1/orgs").then().statusCode(200).body("items", empty());
        as(Demo.admin()).get("/api/v1/orgs/by-code/{c}", "x".repeat(40)).then().statusCode(400);
        as(Demo.admin()).get("/api/v1/orgs/by-code/{c}", "").then().statusCode(404);
        as(Demo.admin()).get("/api/v1/orgs").then().statusCode(200).body("items", not(nullValue()));
    }

    @Test
    void oversizedBodyIsRefused() {
        String big = "{\"name\":\"" + "x".repeat(2_000_000) + "\"}";
        as(Demo.admin()).contentType(ContentType.JSON).body(big).post("/api/v1/orgs").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void problemsCarryTheRequestPath() {
        as(Demo.admin()).header("Accept-Language", "en").get("/api/v1/orgs/{id}", java.util.UUID.randomUUID()).then()
                .statusCode(404).body("instance", containsString("/api/v1/orgs/")).body("title", equalTo("Not found"))
                .body("detail", equalTo("Organization does not exist")).header("Content-Language", "en");
    }

    @Test
    void problemsSpeakTheCallersLanguageChineseByDefaultWithStableTypesAndCodes() {
        for (String language : java.util.Arrays.asList(null, "zh-CN,zh;q=0.9,en;q=0.8", "fr")) {
            var request = as(Demo.admin());
            if (language != null) {
                request.header("Accept-Language", language);
            }
            request.get("/api/v1/hazards/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                    .header("Content-Language", "zh-CN")
                    .body("type", equalTo("https://redline.example.cn/problems/not-found")).body("code", equalTo("not-found"))
                    .body("title", equalTo("未找到")).body("detail", equalTo("隐患不存在，或不在您的权限范围内。"));
        }
        as(Demo.admin()).queryParam("limit", 0).get("/api/v1/orgs").then().statusCode(400)
                .body("code", equalTo("validation")).body("title", equalTo("请求有误"))
                .body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].message", equalTo("超出允许范围"));
        as(Demo.admin()).header("Accept-Language", "en-GB,en;q=0.9").queryParam("limit", 0).get("/api/v1/orgs").then()
                .statusCode(400).body("title", equalTo("Invalid request")).body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void everyFieldErrorNamesAField() {
        as(Demo.admin()).contentType(ContentType.JSON).body("{}").post("/api/v1/orgs").then().statusCode(400)
                .body("errors.field", equalTo(List.of("code", "kind", "name")));
    }
}
