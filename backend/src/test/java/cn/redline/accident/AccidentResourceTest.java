package cn.redline.accident;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accident register: entry, derived level, reporting faults, corrections with history, scope, bad input, pushes. */
@QuarkusTest
class AccidentResourceTest {

    @Inject
    Clock clock;

    Territories.Township town;
    OffsetDateTime occurred;

    @BeforeEach
    void freshTownship() {
        town = Territories.township();
        occurred = Times.now(clock).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
    }

    private Map<String, Object> body(int deaths, int injuries, Object lossYuan) {
        Map<String, Object> b = new HashMap<>(Map.of("occurredAt", occurred.toString(), "territoryId", town.id(),
                "industry", "CONSTRUCTION", "title", "工地高处坠落", "deaths", deaths, "seriousInjuries", injuries,
                "directLossYuan", lossYuan));
        return b;
    }

    private Response create(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/accidents");
    }

    private List<String> idsInTown() {
        return as(Demo.nanmingSafety()).queryParam("orgId", town.id()).get("/api/v1/accidents").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void anEnteredAccidentTakesTheLevelItsFiguresReachAtTheInclusiveBounds() {
        create(Demo.nanmingSafety(), body(2, 9, 9_999_999.99)).then().statusCode(201).body("level", equalTo("GENERAL"))
                .body("levelReachedBy", empty()).body("code", startsWith("SG-"));
        create(Demo.nanmingSafety(), body(3, 0, 0)).then().statusCode(201).body("level", equalTo("LARGER"))
                .body("levelReachedBy", contains("DEATHS"));
        create(Demo.nanmingSafety(), body(0, 50, 0)).then().statusCode(201).body("level", equalTo("MAJOR"));
        create(Demo.nanmingSafety(), body(0, 0, 100_000_000)).then().statusCode(201).body("level", equalTo("ESPECIALLY_MAJOR"))
                .body("levelReachedBy", contains("DIRECT_LOSS"));
        // a level sent by the client is no field of the input: the level is never entered
        Map<String, Object> claimed = body(1, 0, 0);
        claimed.put("level", "MAJOR");
        create(Demo.nanmingSafety(), claimed).then().statusCode(400);
        as(Demo.nanmingSafety()).queryParam("orgId", town.id()).queryParam("level", "MAJOR").get("/api/v1/accidents").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aReportMoreThanAnHourLateIsFlaggedLateAndFoundFaultsAreKept() {
        Map<String, Object> onTime = body(1, 0, 0);
        onTime.put("reportedAt", occurred.plusHours(1).toString());
        create(Demo.nanmingSafety(), onTime).then().statusCode(201).body("reportingIssues", empty());
        Map<String, Object> late = body(1, 0, 0);
        late.put("reportedAt", occurred.plusHours(1).plusMinutes(1).toString());
        create(Demo.nanmingSafety(), late).then().statusCode(201).body("reportingIssues", contains("LATE"));
        Map<String, Object> concealed = body(4, 0, 0);
        concealed.put("reportingIssues", List.of("CONCEALED", "FALSE_REPORT"));
        concealed.put("liability", true);
        create(Demo.nanmingSafety(), concealed).then().statusCode(201)
                .body("reportingIssues", contains("FALSE_REPORT", "CONCEALED")).body("liability", equalTo(true));
    }

    @Test
    void aCorrectionNeedsTheCurrentVersionAndAReasonAndKeepsTheOldValuesInTheHistory() {
        Response created = create(Demo.nanmingSafety(), body(2, 0, 500_000));
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", startsWith("http"));
        String id = created.path("id");
        Map<String, Object> more = body(3, 0, 500_000);
        // no If-Match, a stale one, no reason: refused, nothing changes
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(more).put("/api/v1/accidents/{id}", id).then().statusCode(428);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(more)
                .put("/api/v1/accidents/{id}", id).then().statusCode(412);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(more)
                .put("/api/v1/accidents/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reason"));
        as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}", id).then().body("deaths", equalTo(2)).body("version", equalTo(0));

        more.put("reason", "伤亡人数补报：一名重伤人员经抢救无效死亡");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(more)
                .put("/api/v1/accidents/{id}", id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("deaths", equalTo(3)).body("level", equalTo("LARGER"));
        as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATE", "CORRECT"))
                .body("items[1].reason", equalTo("伤亡人数补报：一名重伤人员经抢救无效死亡"))
                .body("items[1].data.deaths.from", equalTo(2)).body("items[1].data.deaths.to", equalTo(3))
                .body("items[1].data.level.from", equalTo("GENERAL")).body("items[1].data.level.to", equalTo("LARGER"))
                .body("items[1].data.keySet()", not(hasItem("title")));
    }

    @Test
    void anAccidentOutsideTheCallersTerritoryIsNotFoundLikeAMissingOne() {
        String id = create(Demo.nanmingSafety(), body(1, 0, 0)).then().statusCode(201).extract().path("id");
        String missing = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/accidents/{id}", "/api/v1/accidents/{id}/history")) {
            String outside = as(Demo.baiyunSafety()).get(path, id).then().statusCode(404).extract().path("detail");
            assertEquals(as(Demo.baiyunSafety()).get(path, missing).then().statusCode(404).extract().path("detail"), outside);
        }
        Map<String, Object> fix = body(2, 0, 0);
        fix.put("reason", "更正");
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fix)
                .put("/api/v1/accidents/{id}", id).then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("orgId", town.id()).get("/api/v1/accidents").then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("limit", 200).get("/api/v1/accidents").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // Baiyun may not place an accident in Nanming either
        create(Demo.baiyunSafety(), body(1, 0, 0)).then().statusCode(422).body("errors.field", contains("territoryId"));
        // Nanming's own subtree, from the district down
        as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}", id).then().statusCode(200).body("territoryId", equalTo(town.id()));
        as(Demo.admin()).queryParam("orgId", idOf(Demo.admin(), Demo.NANMING)).queryParam("limit", 200).get("/api/v1/accidents")
                .then().statusCode(200).body("items.id", hasItem(id));
        // only safety offices (and admins) enter accidents
        create(Demo.enterprise(), body(1, 0, 0)).then().statusCode(403);
        create(Demo.leader(), body(1, 0, 0)).then().statusCode(403);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        Map<String, Object> bad = body(-1, 0, -5);
        bad.remove("title");
        create(Demo.nanmingSafety(), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("deaths", "directLossYuan", "title"));
        Map<String, Object> backwards = body(1, 0, 0);
        backwards.put("reportedAt", occurred.minusMinutes(1).toString());
        backwards.put("industry", "NO_SUCH_INDUSTRY");
        create(Demo.nanmingSafety(), backwards).then().statusCode(400)
                .body("errors.field", contains("reportedAt", "industry"));
        Map<String, Object> future = body(1, 0, 0);
        future.put("occurredAt", Times.now(clock).plusDays(1).toString());
        create(Demo.nanmingSafety(), future).then().statusCode(400).body("errors.field", contains("occurredAt"));
        Map<String, Object> nowhere = body(1, 0, 0);
        nowhere.remove("territoryId");
        create(Demo.nanmingSafety(), nowhere).then().statusCode(400).body("errors.field", contains("territoryId"));
        // an enterprise of another township is not in this territory
        Map<String, Object> elsewhere = body(1, 0, 0);
        elsewhere.put("enterpriseId", Territories.enterprise(Territories.township().id()));
        create(Demo.nanmingSafety(), elsewhere).then().statusCode(422).body("errors.field", contains("enterpriseId"));
        create(Demo.nanmingSafety(), Map.of("occurredAt", "yesterday")).then().statusCode(400);
        assertEquals(List.of(), idsInTown());
    }

    @Test
    void anEnterprisesAccidentTakesItsIndustryAndTheSameIdempotencyKeyCreatesItOnce() {
        String enterprise = Territories.enterprise(town.id());
        Map<String, Object> b = body(0, 1, 20_000);
        b.put("enterpriseId", enterprise);
        b.remove("industry");
        String key = UUID.randomUUID().toString();
        String first = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(b)
                .post("/api/v1/accidents").then().statusCode(201).body("industry", equalTo("CONSTRUCTION"))
                .body("enterpriseId", equalTo(enterprise)).extract().path("id");
        String again = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(b)
                .post("/api/v1/accidents").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(List.of(first), idsInTown());
        // the department of the industry sees it in its region
        as(Demo.constructionBureau()).get("/api/v1/accidents/{id}", first).then().statusCode(200);
    }

    @Test
    void aPushReportsEveryItemAndAPushedAccidentIsCreatedOnce() {
        String ref = "ZB-" + UUID.randomUUID();
        Map<String, Object> good = body(3, 0, 0);
        good.put("externalRef", ref);
        Map<String, Object> negative = body(-2, 0, 0);
        negative.put("externalRef", ref + "-x");
        Map<String, Object> twice = body(1, 0, 0);
        twice.put("externalRef", ref);
        Map<String, Object> wrongType = Map.of("externalRef", ref + "-y", "deaths", "many");
        Map<String, Object> batch = Map.of("items", List.of(good, negative, twice, wrongType));
        String id = as(Demo.integration()).contentType(ContentType.JSON).body(batch).post("/api/v1/accidents/bulk").then()
                .statusCode(200).body("created", equalTo(1)).body("invalid", equalTo(3))
                .body("items.status", contains("CREATED", "INVALID", "INVALID", "INVALID"))
                .body("items[0].level", equalTo("LARGER"))
                .body("items[1].errors.field", contains("deaths"))
                .body("items[2].errors.field", contains("externalRef"))
                .body("items[3].errors.field", contains("deaths"))
                .extract().path("items[0].id");
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of(good))).post("/api/v1/accidents/bulk")
                .then().statusCode(200).body("existing", equalTo(1)).body("items[0].status", equalTo("EXISTING"))
                .body("items[0].id", equalTo(id));
        assertEquals(List.of(id), idsInTown());
        as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}", id).then().body("source", equalTo("INTEGRATION"))
                .body("externalRef", equalTo(ref));
        as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}/history", id).then().body("items.action", contains("PUSH"));
        // a push item without externalRef could not be recognised again
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of(body(1, 0, 0))))
                .post("/api/v1/accidents/bulk").then().statusCode(200).body("items[0].errors.field", contains("externalRef"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(batch).post("/api/v1/accidents/bulk").then().statusCode(403);
    }
}
