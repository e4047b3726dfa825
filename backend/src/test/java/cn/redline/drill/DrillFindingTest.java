package cn.redline.drill;

import static cn.redline.drill.DrillRuns.attach;
import static cn.redline.drill.DrillRuns.inState;
import static cn.redline.drill.DrillRuns.ok;
import static cn.redline.drill.DrillRuns.upload;
import static cn.redline.drill.DrillRuns.uploadPdf;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Drill findings (§3.3 DrillFinding, §3.4 its workflow): every state × action, evidence and four eyes, CLOSE waiting
 * for owners and deadlines, a finding converted into a hazard ticket through the hazard reporting path and resolved
 * when the ticket closes, and every route's 404 outside the scope.
 */
@QuarkusTest
class DrillFindingTest {

    private static String orgOf(String drillId) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", drillId).then().extract().path("orgId");
    }

    private static Map<String, Object> finding(String ownerOrgId, boolean assigned) {
        Map<String, Object> body = new HashMap<>(Map.of("category", "PLAN", "severity", "GENERAL",
                "description", "预案未明确夜间疏散集合点", "cause", "编制时未考虑夜班人员", "recommendation", "修订现场处置方案，增设夜间集合点"));
        Map<String, Object> action = new HashMap<>(Map.of("kind", "PLAN_REVISION"));
        if (assigned) {
            action.put("ownerOrgId", ownerOrgId);
            action.put("ownerPerson", "李工");
            action.put("deadline", DrillRuns.today().plusDays(30).toString());
        }
        body.put("action", action);
        return body;
    }

    private static Response post(String token, String drillId, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/drills/{id}/findings", drillId);
    }

    private static String created(String drillId, boolean assigned) {
        return post(Demo.nanmingSafety(), drillId, finding(orgOf(drillId), assigned)).then().statusCode(201).extract().path("id");
    }

    private static Response act(String token, String id, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/drill-findings/{id}/transitions", id);
    }

    private static JsonPath get(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** A held drill with a (draft) evaluation. */
    private static String evaluatedDraft() {
        String id = inState("CONDUCTED");
        Evaluations.post(Demo.nanmingSafety(), id, Evaluations.body(Evaluations.allAnswered(2), "PARTIAL")).then().statusCode(201);
        return id;
    }

    private static Map<String, Object> complete() {
        return Map.of("action", "COMPLETE", "comment", "已修订预案并组织培训", "attachmentIds", List.of(uploadPdf(Demo.nanmingSafety())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsAreRecordedAgainstTheEvaluationNumberedAndCheckedBeforeAnythingChanges() {
        String bare = inState("CONDUCTED");
        post(Demo.nanmingSafety(), bare, finding(orgOf(bare), true)).then().statusCode(409)
                .body("detail", containsString("evaluation"));
        String drill = evaluatedDraft();
        Map<String, Object> past = finding(orgOf(drill), true);
        ((Map<String, Object>) past.get("action")).put("deadline", DrillRuns.today().minusDays(1).toString());
        ((Map<String, Object>) past.get("action")).put("ownerOrgId", UUID.randomUUID().toString());
        post(Demo.nanmingSafety(), drill, past).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("action.deadline")).body("errors.field", hasItem("action.ownerOrgId"));
        Map<String, Object> noCategory = finding(orgOf(drill), true);
        noCategory.remove("category");
        post(Demo.nanmingSafety(), drill, noCategory).then().statusCode(400).body("errors.field", hasItem("category"));
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/findings", drill).then().statusCode(200).body("items.size()", equalTo(0));
        String key = UUID.randomUUID().toString();
        String first = as(Demo.nanmingSafety()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(finding(orgOf(drill), true)).post("/api/v1/drills/{id}/findings", drill).then().statusCode(201)
                .body("number", equalTo(1)).body("status", equalTo("OPEN")).body("ownerOrgName", containsString("演练企业"))
                .extract().path("id");
        as(Demo.nanmingSafety()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(finding(orgOf(drill), true)).post("/api/v1/drills/{id}/findings", drill).then().statusCode(201)
                .body("id", equalTo(first));
        post(Demo.nanmingSafety(), drill, finding(orgOf(drill), false)).then().statusCode(201).body("number", equalTo(2));
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/findings", drill).then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2)));
    }

    @Test
    void everyFindingStateAndAction() {
        // state → the actions the office may take there
        Map<String, List<String>> allowed = Map.of("OPEN", List.of("START", "CONVERT"), "IN_PROGRESS", List.of("COMPLETE"),
                "DONE", List.of(), "VERIFIED", List.of(), "CONVERTED", List.of());
        String drill = evaluatedDraft();
        String id = created(drill, true);
        assertEquals(allowed.get("OPEN"), get(id).getList("allowedActions"));
        for (String refused : List.of("COMPLETE", "VERIFY")) {
            act(Demo.nanmingSafety(), id, Map.of("action", refused)).then().statusCode(409)
                    .body("allowedActions", equalTo(allowed.get("OPEN")));
        }
        act(Demo.nanmingSafety(), id, Map.of("action", "START")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("allowedActions", equalTo(allowed.get("IN_PROGRESS")));
        for (String refused : List.of("START", "VERIFY", "CONVERT")) {
            act(Demo.nanmingSafety(), id, Map.of("action", refused)).then().statusCode(409);
        }
        act(Demo.nanmingSafety(), id, Map.of("action", "COMPLETE", "comment", "已修订")).then().statusCode(400)
                .body("errors.field", hasItem("attachmentIds"));
        JsonPath done = act(Demo.nanmingSafety(), id, complete()).then().statusCode(200).body("status", equalTo("DONE"))
                .extract().jsonPath();
        assertEquals(1, done.getList("evidence").size());
        assertEquals(allowed.get("DONE"), done.getList("allowedActions"), "the one who completed it does not verify it");
        act(Demo.nanmingSafety(), id, Map.of("action", "VERIFY")).then().statusCode(409)
                .body("detail", containsString("someone other"));
        act(Demo.admin(), id, Map.of("action", "VERIFY", "comment", "复演验证有效")).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("resolved", equalTo(true)).body("verifiedBy", equalTo(
                        as(Demo.admin()).get("/api/v1/me").then().extract().path("name")));
        for (String refused : List.of("START", "COMPLETE", "VERIFY", "CONVERT")) {
            act(Demo.admin(), id, Map.of("action", refused)).then().statusCode(409).body("allowedActions", equalTo(List.of()));
        }
        List<String> steps = as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertEquals(List.of("CREATE", "START", "COMPLETE", "VERIFY"), steps);

        String unassigned = created(drill, false);
        assertEquals(List.of("CONVERT"), get(unassigned).getList("allowedActions"), "START waits for an owner and a deadline");
        act(Demo.nanmingSafety(), unassigned, Map.of("action", "START")).then().statusCode(409)
                .body("detail", containsString("owner"));
    }

    @Test
    void aFindingIsChangedWithItsETagOnlyWhileOpenOrInProgress() {
        String drill = evaluatedDraft();
        String id = created(drill, false);
        String etag = as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", id).then().extract().header("ETag");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(finding(orgOf(drill), true))
                .put("/api/v1/drill-findings/{id}", id).then().statusCode(428);
        as(Demo.nanmingSafety()).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(finding(orgOf(drill), true))
                .put("/api/v1/drill-findings/{id}", id).then().statusCode(412);
        as(Demo.nanmingSafety()).header("If-Match", etag).contentType(ContentType.JSON).body(finding(orgOf(drill), true))
                .put("/api/v1/drill-findings/{id}", id).then().statusCode(200).body("action.ownerPerson", equalTo("李工"));
        act(Demo.nanmingSafety(), id, Map.of("action", "START")).then().statusCode(200);
        act(Demo.nanmingSafety(), id, complete()).then().statusCode(200);
        String done = as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", id).then().extract().header("ETag");
        as(Demo.nanmingSafety()).header("If-Match", done).contentType(ContentType.JSON).body(finding(orgOf(drill), true))
                .put("/api/v1/drill-findings/{id}", id).then().statusCode(409);
    }

    @Test
    void closeWaitsForEveryFindingsOwnerAndDeadline() {
        String drill = Evaluations.evaluated(inState("CONDUCTED"), "PARTIAL");
        String id = created(drill, false);
        ok(drill, attach("SUMMARY_REPORT", uploadPdf(Demo.nanmingSafety())));
        DrillRuns.act(Demo.nanmingSafety(), drill, Map.of("action", "CLOSE")).then().statusCode(409)
                .body("detail", containsString("#1"));
        String etag = as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", id).then().extract().header("ETag");
        as(Demo.nanmingSafety()).header("If-Match", etag).contentType(ContentType.JSON).body(finding(orgOf(drill), true))
                .put("/api/v1/drill-findings/{id}", id).then().statusCode(200);
        ok(drill, Map.of("action", "CLOSE"));
        post(Demo.nanmingSafety(), drill, finding(orgOf(drill), true)).then().statusCode(409)
                .body("detail", containsString("CLOSED"));
        act(Demo.nanmingSafety(), id, Map.of("action", "START")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aConvertedFindingBecomesAHazardTicketAndIsResolvedWhenTheTicketCloses() {
        String drill = evaluatedDraft();
        String id = created(drill, true);
        JsonPath converted = act(Demo.nanmingSafety(), id, Map.of("action", "CONVERT", "hazardCategory", "FIRE")).then()
                .statusCode(200).body("status", equalTo("CONVERTED")).extract().jsonPath();
        String hazardId = converted.getString("hazardTicket.id");
        assertEquals("REPORTED", converted.getString("hazardTicket.state"));
        assertFalse(converted.getBoolean("hazardTicket.closed"));
        assertFalse(converted.getBoolean("resolved"));
        JsonPath hazard = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", hazardId).then().statusCode(200).extract().jsonPath();
        assertEquals(orgOf(drill), hazard.getString("enterprise.id"));
        assertEquals(converted.getString("hazardTicket.code"), hazard.getString("code"));
        assertEquals("FIRE", hazard.getString("category"));
        assertEquals("SELF_CHECK", hazard.getString("source"));
        assertTrue(hazard.getString("title").contains("#1"));
        List<String> hazardSteps = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}/history", hazardId).then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertTrue(hazardSteps.contains("REPORT"), "registered through the reporting path: " + hazardSteps);

        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("action", "FIX_ON_SPOT", "attachmentIds", List.of(upload(Demo.nanmingSafety())), "comment", "已增设集合点"))
                .post("/api/v1/hazards/{id}/transitions", hazardId).then().statusCode(200).body("state", equalTo("CLOSED"));
        JsonPath after = get(id);
        assertEquals("CLOSED", after.getString("hazardTicket.state"));
        assertTrue(after.getBoolean("hazardTicket.closed"));
        assertTrue(after.getBoolean("resolved"));
        assertEquals("CONVERTED", after.getString("status"));
    }

    @Test
    void aFindingOfAnotherDistrictIsNotFoundOnEveryRoute() {
        String drill = evaluatedDraft();
        String id = created(drill, true);
        Map<String, BiFunction<RequestSpecification, String, Response>> findingRoutes = Map.of(
                "getDrillFinding", (r, x) -> r.get("/api/v1/drill-findings/{id}", x),
                "updateDrillFinding", (r, x) -> r.header("If-Match", "\"0\"").contentType(ContentType.JSON)
                        .body(finding(orgOf(drill), false)).put("/api/v1/drill-findings/{id}", x),
                "transitionDrillFinding", (r, x) -> r.contentType(ContentType.JSON).body(Map.of("action", "START"))
                        .post("/api/v1/drill-findings/{id}/transitions", x),
                "getDrillFindingHistory", (r, x) -> r.get("/api/v1/drill-findings/{id}/history", x));
        Map<String, BiFunction<RequestSpecification, String, Response>> drillRoutes = Map.of(
                "listDrillFindings", (r, x) -> r.get("/api/v1/drills/{id}/findings", x),
                "createDrillFinding", (r, x) -> r.contentType(ContentType.JSON).body(finding(orgOf(drill), false))
                        .post("/api/v1/drills/{id}/findings", x));
        findingRoutes.forEach((name, route) -> {
            Response missing = route.apply(as(Demo.baiyunSafety()), UUID.randomUUID().toString());
            missing.then().statusCode(404).contentType("application/problem+json");
            route.apply(as(Demo.baiyunSafety()), id).then().statusCode(404)
                    .body("detail", equalTo(missing.jsonPath().getString("detail")));
        });
        drillRoutes.forEach((name, route) -> {
            Response missing = route.apply(as(Demo.baiyunSafety()), UUID.randomUUID().toString());
            missing.then().statusCode(404).contentType("application/problem+json");
            route.apply(as(Demo.baiyunSafety()), drill).then().statusCode(404)
                    .body("detail", equalTo(missing.jsonPath().getString("detail")));
        });
        assertEquals("OPEN", get(id).getString("status"));
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/findings", drill).then().body("items.size()", equalTo(1));
    }
}
