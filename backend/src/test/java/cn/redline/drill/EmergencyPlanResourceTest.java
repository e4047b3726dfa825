package cn.redline.drill;

import static cn.redline.drill.DrillFixtures.drill;
import static cn.redline.drill.DrillFixtures.enterprise;
import static cn.redline.drill.DrillFixtures.plan;
import static cn.redline.drill.DrillFixtures.township;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Emergency plans as references, drills as records, and the emergency key unit flag over HTTP: create, read,
 * replace with If-Match, delete; bad input is a problem that changes nothing; another district's record answers
 * exactly as a missing one; roles.
 */
@QuarkusTest
class EmergencyPlanResourceTest {

    private static final String PLANS = "/api/v1/emergency-plans";

    @Inject
    Clock clock;

    private static Map<String, Object> planBody(String orgId) {
        return new HashMap<>(Map.of("orgId", orgId, "kind", "ONSITE", "title", "塔吊倒塌现场处置方案", "scenarioTypes",
                List.of("起重伤害", "高处坠落"), "planVersion", "2025版", "filingNo", "520102-2025-017",
                "effectiveDate", "2025-03-01", "lastReviewDate", "2025-11-20"));
    }

    @Test
    void aPlanIsCreatedReadReplacedWithIfMatchAndDeleted() {
        String ent = enterprise(township(), "CONSTRUCTION", true, null);
        Response created = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS);
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("kind", equalTo("ONSITE"))
                .body("scenarioTypes", equalTo(List.of("起重伤害", "高处坠落"))).body("filingNo", equalTo("520102-2025-017"));
        String id = created.path("id");
        as(Demo.leader()).get(PLANS + "/{id}", id).then().statusCode(200).body("title", equalTo("塔吊倒塌现场处置方案"));
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get(PLANS).then().statusCode(200).body("items.id", equalTo(List.of(id)));

        Map<String, Object> changed = planBody(ent);
        changed.put("lastReviewDate", "2026-11-30");
        changed.put("planVersion", "2026版");
        String path = PLANS + "/{id}";
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(changed).put(path, id).then().statusCode(428);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).put(path, id).then()
                .statusCode(412);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(path, id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("lastReviewDate", equalTo("2026-11-30"))
                .body("planVersion", equalTo("2026版"));
        as(Demo.nanmingSafety()).header("If-Match", "\"0\"").delete(path, id).then().statusCode(412);
        as(Demo.nanmingSafety()).header("If-Match", "\"1\"").delete(path, id).then().statusCode(204);
        as(Demo.nanmingSafety()).get(path, id).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String ent = enterprise(township(), "CONSTRUCTION", false, null);
        Map<String, Object> blank = planBody(ent);
        blank.put("title", " ");
        blank.remove("kind");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(blank).post(PLANS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("title")).body("errors.field", hasItem("kind"));
        Map<String, Object> dates = planBody(ent);
        dates.put("lastReviewDate", "2025-01-01");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(dates).post(PLANS).then().statusCode(400)
                .body("errors[0].field", equalTo("lastReviewDate"));
        Map<String, Object> repeated = planBody(ent);
        repeated.put("scenarioTypes", List.of("火灾", "火灾"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(repeated).post(PLANS).then().statusCode(400)
                .body("errors[0].field", equalTo("scenarioTypes"));
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get(PLANS).then().statusCode(200).body("items.size()", equalTo(0));

        String id = plan(ent, "ONSITE");
        Map<String, Object> bad = planBody(ent);
        bad.put("planVersion", "");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).put(PLANS + "/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("planVersion"));
        Map<String, Object> moved = planBody(enterprise(township(), "GAS", false, null));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved).put(PLANS + "/{id}", id)
                .then().statusCode(422).body("errors[0].field", equalTo("orgId"));
        as(Demo.nanmingSafety()).get(PLANS + "/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("planVersion", equalTo("2026版"));

        // drills: a future date, a terminated drill without its reason, another org's plan
        String today = Times.today(clock).toString();
        Map<String, Object> drillBody = new HashMap<>(Map.of("orgId", ent, "title", "演练", "form", "LIVE", "scope", "SINGLE",
                "planIds", List.of(id), "conductedOn", Times.today(clock).plusDays(1).toString(), "status", "CONDUCTED"));
        drillBody.putAll(DrillFixtures.evidence(Demo.nanmingSafety()));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(400)
                .body("errors[0].field", equalTo("conductedOn"));
        drillBody.put("conductedOn", today);
        drillBody.put("status", "TERMINATED");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(400)
                .body("errors[0].field", equalTo("terminationReason"));
        drillBody.put("status", "CONDUCTED");
        drillBody.put("planIds", List.of(id, plan(enterprise(township(), "GAS", false, null), "ONSITE")));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(422)
                .body("errors[0].field", equalTo("planIds[1]"));
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get("/api/v1/drills").then().statusCode(200).body("items.size()", equalTo(0));
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get("/api/v1/drill-obligations").then().statusCode(200)
                .body("items.counted", org.hamcrest.Matchers.everyItem(equalTo(0)));
    }

    @Test
    void anotherDistrictsRecordsAnswerExactlyAsMissingOnes() {
        String ent = enterprise(township(), "CONSTRUCTION", false, "CONSTRUCTION");
        String id = plan(ent, "COMPREHENSIVE");
        String drillId = drill(ent, "LIVE", "COMPREHENSIVE", Times.today(clock).toString(), id).getString("id");
        String baiyun = Demo.baiyunSafety();
        String missingPlan = as(baiyun).get(PLANS + "/{id}", UUID.randomUUID()).then().statusCode(404).extract().path("detail");

        assertEquals(missingPlan, as(baiyun).get(PLANS + "/{id}", id).then().statusCode(404).extract().path("detail"));
        as(baiyun).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(planBody(ent)).put(PLANS + "/{id}", id).then()
                .statusCode(404).body("detail", equalTo(missingPlan));
        as(baiyun).header("If-Match", "\"0\"").delete(PLANS + "/{id}", id).then().statusCode(404).body("detail", equalTo(missingPlan));
        as(baiyun).queryParam("orgId", ent).get(PLANS).then().statusCode(200).body("items.size()", equalTo(0));
        as(baiyun).get(PLANS).then().statusCode(200).body("items.id", not(hasItem(id)));

        String missingDrill = as(baiyun).get("/api/v1/drills/{id}", UUID.randomUUID()).then().statusCode(404).extract().path("detail");
        as(baiyun).get("/api/v1/drills/{id}", drillId).then().statusCode(404).body("detail", equalTo(missingDrill));
        as(baiyun).queryParam("orgId", ent).get("/api/v1/drills").then().statusCode(200).body("items.size()", equalTo(0));

        String missingOrg = as(baiyun).queryParam("orgId", UUID.randomUUID()).get("/api/v1/drill-obligations").then()
                .statusCode(404).extract().path("detail");
        as(baiyun).queryParam("orgId", ent).get("/api/v1/drill-obligations").then().statusCode(404).body("detail", equalTo(missingOrg));

        // writing for an org outside the scope names the field exactly as for an org that does not exist
        Map<String, Object> drillBody = Map.of("orgId", ent, "title", "演练", "form", "LIVE", "scope", "SINGLE",
                "conductedOn", Times.today(clock).toString(), "status", "CONDUCTED");
        as(baiyun).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(422)
                .body("errors[0].field", equalTo("orgId"));
        as(baiyun).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS).then().statusCode(422)
                .body("errors[0].field", equalTo("orgId"));
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get("/api/v1/drills").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void anEnterpriseKeepsItsOwnPlansAndRecentDrillsAndRolesOutsideTheTableAreRefused() {
        String ent = enterprise(township(), "CONSTRUCTION", false, null);
        String code = as(Demo.admin()).get("/api/v1/orgs/{id}", ent).then().statusCode(200).extract().path("code");
        String self = Tokens.token("ent-" + code, code, "enterprise");
        String id = as(self).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS).then().statusCode(201).extract().path("id");
        as(self).get(PLANS + "/{id}", id).then().statusCode(200);
        Map<String, Object> drillBody = new HashMap<>(Map.of("orgId", ent, "title", "现场处置演练", "form", "LIVE", "scope", "SINGLE",
                "planIds", List.of(id), "conductedOn", Times.today(clock).minusDays(30).toString(), "status", "CONDUCTED"));
        drillBody.putAll(DrillFixtures.evidence(self));
        as(self).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(201)
                .body("countsFor", hasItem("ENT_ONSITE"));
        // older than 30 days: the safety office records it (§3.4)
        drillBody.put("conductedOn", Times.today(clock).minusDays(31).toString());
        drillBody.putAll(DrillFixtures.evidence(self));
        as(self).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(403);
        drillBody.putAll(DrillFixtures.evidence(Demo.nanmingSafety()));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(201);

        // another enterprise neither sees nor writes them; leaders and inspectors keep no plans
        as(Demo.enterprise()).get(PLANS + "/{id}", id).then().statusCode(404);
        as(Demo.enterprise()).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS).then().statusCode(422);
        as(Demo.leader()).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS).then().statusCode(403);
        as(Demo.inspector()).contentType(ContentType.JSON).body(drillBody).post("/api/v1/drills").then().statusCode(403);
        // a department sees the plans of the enterprises it supervises but keeps only its own
        as(Demo.constructionBureau()).get(PLANS + "/{id}", id).then().statusCode(200);
        as(Demo.constructionBureau()).contentType(ContentType.JSON).body(planBody(ent)).post(PLANS).then().statusCode(403);
    }

    @Test
    void aPlanADrillExercisedKeepsItsKindAndStays() {
        String ent = enterprise(township(), "CONSTRUCTION", false, null);
        String id = plan(ent, "ONSITE");
        drill(ent, "TABLETOP", "SINGLE", Times.today(clock).toString(), id);
        Map<String, Object> body = planBody(ent);
        body.put("kind", "SPECIAL");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(PLANS + "/{id}", id)
                .then().statusCode(409);
        as(Demo.nanmingSafety()).header("If-Match", "\"0\"").delete(PLANS + "/{id}", id).then().statusCode(409);
        as(Demo.nanmingSafety()).get(PLANS + "/{id}", id).then().statusCode(200).body("kind", equalTo("ONSITE"));
    }

    @Test
    void anEnterpriseIsAnEmergencyKeyUnitByItsOwnCategorySeparateFromHighRisk() {
        String town = township();
        String hotel = enterprise(town, "GAS", false, "HOTEL");
        as(Demo.admin()).get("/api/v1/orgs/{id}", hotel).then().statusCode(200).body("emergencyKeyUnit", equalTo(true))
                .body("emergencyKeyCategory", equalTo("HOTEL")).body("highRisk", equalTo(false));
        String plain = enterprise(town, "CONSTRUCTION", true, null);
        as(Demo.admin()).get("/api/v1/orgs/{id}", plain).then().statusCode(200).body("emergencyKeyUnit", equalTo(false))
                .body("highRisk", equalTo(true));
        String code = Codes.nanmingTownship();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code, "kind", "REGION",
                        "regionLevel", "TOWNSHIP", "parentId", cn.redline.support.Api.idOf(Demo.admin(), Demo.NANMING),
                        "emergencyKeyCategory", "MALL"))
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("emergencyKeyCategory"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", Codes.creditCode(), "name", "x", "kind",
                "ENTERPRISE", "parentId", town, "industry", "GAS", "emergencyKeyCategory", "SPACEPORT")).post("/api/v1/orgs")
                .then().statusCode(400);
    }
}
