package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static Map<String, Object> township(String code, String parent) {
        return Map.of("code", code, "name", "幂等街道", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", parent);
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerAndCreateOnce() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        String code = Codes.nanmingTownship();
        Response first = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(code, nanming)).post("/api/v1/orgs");
        Response again = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(code, nanming)).post("/api/v1/orgs");
        assertEquals(201, first.statusCode());
        assertNull(first.header("Idempotency-Replayed"));
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        as(Demo.admin()).queryParam("q", code).get("/api/v1/orgs").then().body("items", hasSize(1));
    }

    /** The same person (one subject) with a token for another org must not get back what the first org made. */
    @Test
    void aKeyIsTheCallersWithinOneOrgSoAnotherOrgsTokenNeverReplaysIt() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = township(Codes.nanmingTownship(), nanming);
        String inNanming = cn.redline.support.Tokens.token("mover", Demo.NANMING, "safety_office");
        String inBaiyun = cn.redline.support.Tokens.token("mover", Demo.BAIYUN, "safety_office");
        String created = as(inNanming).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        as(inBaiyun).get("/api/v1/orgs/{id}", created).then().statusCode(404);

        Response again = as(inBaiyun).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/orgs");
        assertNull(again.header("Idempotency-Replayed"));
        assertNull(again.jsonPath().get("id"), "no record of the other org comes back");
        again.then().statusCode(422);
    }

    @Test
    void theSameKeyOnAnotherRouteIsAnotherKey() {
        String key = UUID.randomUUID().toString();
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(Codes.nanmingTownship(), nanming)).post("/api/v1/orgs").then().statusCode(201);
        as(Demo.nanmingSafety()).contentType("image/png").header("Idempotency-Key", key).queryParam("fileName", "a.png")
                .body(cn.redline.attachment.SampleFiles.png()).post("/api/v1/attachments").then().statusCode(201)
                .header("Idempotency-Replayed", (String) null);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(Codes.nanmingTownship(), nanming)).post("/api/v1/orgs").then().statusCode(201);
        String other = Codes.nanmingTownship();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(other, nanming)).post("/api/v1/orgs").then().statusCode(422)
                .contentType("application/problem+json");
        as(Demo.admin()).get("/api/v1/orgs/by-code/{code}", other).then().statusCode(404);
    }

    @Test
    void keysBelongToTheirCaller() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        String a = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(Codes.nanmingTownship(), nanming)).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
        String b = as(Demo.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(Codes.nanmingTownship(), nanming)).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        String code = Codes.nanmingTownship();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "幂等街道", "kind", "REGION", "regionLevel", "TOWNSHIP",
                        "parentId", UUID.randomUUID().toString()))
                .post("/api/v1/orgs").then().statusCode(422);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(township(code, nanming)).post("/api/v1/orgs").then().statusCode(201);
    }

    @Test
    void badKeysAre400() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256))
                .body(township(Codes.nanmingTownship(), nanming)).post("/api/v1/orgs").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOnce() throws Exception {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = township(Codes.nanmingTownship(), nanming);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).post("/api/v1/orgs"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.jsonPath().getString("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        as(Demo.admin()).queryParam("q", body.get("code")).get("/api/v1/orgs").then().body("items", hasSize(1));
    }
}
