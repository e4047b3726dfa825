package cn.redline.drill;

import static cn.redline.drill.DrillRuns.act;
import static cn.redline.drill.DrillRuns.attach;
import static cn.redline.drill.DrillRuns.inState;
import static cn.redline.drill.DrillRuns.ok;
import static cn.redline.drill.DrillRuns.uploadPdf;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Drill evaluation (§3.3 DrillEvaluation, §3.4 submit_evaluation, close, report_to_regulator, reopen): templates as
 * versioned data, the completeness SUBMIT_EVALUATION waits for (listed, and refused until complete), the score, the
 * states EVALUATED and CLOSED with their actions, and an evaluated drill counting as it did when held.
 */
@QuarkusTest
class DrillEvaluationTest {

    private static JsonPath drill(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath evaluation(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", id).then().statusCode(200).extract().jsonPath();
    }

    private static String etag(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theSeededTemplateListsPreparationAndExecutionItemsWithGradeBands() {
        JsonPath t = as(Demo.enterprise()).queryParam("code", "AQ9009").get("/api/v1/drill-evaluation-templates").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("AQ9009", t.getString("items[0].code"));
        assertTrue(t.getBoolean("items[0].latest"));
        List<String> dimensions = t.getList("items[0].definition.groups.dimension");
        assertTrue(dimensions.contains("PREPARATION") && dimensions.contains("EXECUTION"));
        assertTrue(t.getList("items[0].definition.groups.title", String.class).contains("预警与信息报告"));
        assertTrue(t.getList("items[0].definition.items.method", String.class).containsAll(List.of("YES_NO", "SCORED")));
        assertEquals(4, t.getList("items[0].definition.gradeBands").size());
        String id = t.getString("items[0].id");
        as(Demo.enterprise()).get("/api/v1/drill-evaluation-templates/{id}", id).then().statusCode(200)
                .header("ETag", notNullValue()).body("version", equalTo(t.getInt("items[0].version")));
        as(Demo.enterprise()).get("/api/v1/drill-evaluation-templates/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> template(String code, String group) {
        return Map.of("code", code, "title", "区级演练评估表", "citation", "GB/T 46792-2025 附录D",
                "definition", Map.of(
                        "groups", List.of(Map.of("code", "G1", "dimension", "EXECUTION", "title", "指挥和协调")),
                        "items", List.of(Map.of("code", "X1", "group", group, "method", "SCORED", "weight", 10, "text", "指挥有序")),
                        "gradeBands", List.of(Map.of("minScore", 0, "title", "不合格"), Map.of("minScore", 60, "title", "合格"))));
    }

    @Test
    void anAdminAddsVersionsOfATemplateAndOthersMayNot() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(template(code, "G1")).post("/api/v1/drill-evaluation-templates")
                .then().statusCode(403);
        as(Demo.admin()).contentType(ContentType.JSON).body(template(code, "NOPE")).post("/api/v1/drill-evaluation-templates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("definition.items[0].group"));
        as(Demo.admin()).queryParam("code", code).get("/api/v1/drill-evaluation-templates").then().statusCode(200)
                .body("items.size()", equalTo(0));
        String key = UUID.randomUUID().toString();
        String first = as(Demo.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(template(code, "G1"))
                .post("/api/v1/drill-evaluation-templates").then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        as(Demo.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(template(code, "G1"))
                .post("/api/v1/drill-evaluation-templates").then().statusCode(201).body("id", equalTo(first));
        as(Demo.admin()).contentType(ContentType.JSON).body(template(code, "G1")).post("/api/v1/drill-evaluation-templates")
                .then().statusCode(201).body("version", equalTo(2)).body("latest", equalTo(true));
        as(Demo.admin()).queryParam("code", code).get("/api/v1/drill-evaluation-templates").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].version", equalTo(2));
        as(Demo.admin()).queryParam("code", code).queryParam("allVersions", true).get("/api/v1/drill-evaluation-templates")
                .then().statusCode(200).body("items.version", equalTo(List.of(2, 1)));
        as(Demo.admin()).get("/api/v1/drill-evaluation-templates/{id}", first).then().statusCode(200).body("latest", equalTo(false));
    }

    @Test
    void aNotApplicableAnswerNeedsItsReasonAndAScoreStaysWithinTheItemsWeight() {
        String id = inState("CONDUCTED");
        List<Map<String, Object>> answers = new ArrayList<>(List.of(Map.of("code", "B8.1", "result", "NA")));
        Evaluations.post(Demo.nanmingSafety(), id, Evaluations.body(answers, "ACHIEVED")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("answers[0].note"));
        Evaluations.post(Demo.nanmingSafety(), id, Evaluations.body(List.of(Map.of("code", "B1.1", "score", 9),
                Map.of("code", "A1.1", "score", 1), Map.of("code", "ZZ", "result", "YES")), "ACHIEVED")).then().statusCode(400)
                .body("errors.field", hasItems("answers[0].score", "answers[1].score", "answers[2].code"));
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", id).then().statusCode(404);
    }

    @Test
    void submitWaitsForEveryItemTheConclusionAndTheSignerAndListsWhatIsMissing() {
        String id = inState("CONDUCTED");
        List<String> countsBefore = drill(id).getList("countsFor");
        Map<String, Object> partial = Evaluations.body(List.of(Map.of("code", "A1.1", "result", "YES"),
                Map.of("code", "B8.1", "result", "NA", "note", "桌面演练不涉及信息发布")), null);
        partial.remove("signedBy");
        JsonPath draft = Evaluations.post(Demo.nanmingSafety(), id, partial).then().statusCode(201)
                .header("ETag", notNullValue()).extract().jsonPath();
        List<String> missing = draft.getList("missing");
        assertTrue(missing.containsAll(List.of("A1.2", "B12.1", "conclusion", "signedBy")), missing.toString());
        assertTrue(!missing.contains("A1.1") && !missing.contains("B8.1") && !missing.contains("team"), missing.toString());
        assertEquals(100.0f, draft.getFloat("totalScore"));
        assertTrue(!drill(id).getList("allowedActions").contains("SUBMIT_EVALUATION"));
        act(Demo.nanmingSafety(), id, Map.of("action", "SUBMIT_EVALUATION")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("B12.1"))
                .body("detail", containsString("conclusion")).body("allowedActions", not(hasItem("SUBMIT_EVALUATION")));
        Evaluations.post(Demo.nanmingSafety(), id, partial).then().statusCode(409);

        Evaluations.put(Demo.nanmingSafety(), id, "\"999\"", Evaluations.body(Evaluations.allAnswered(2), "PARTIAL"))
                .then().statusCode(412);
        JsonPath full = Evaluations.put(Demo.nanmingSafety(), id, etag(id), Evaluations.body(Evaluations.allAnswered(2), "PARTIAL"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), full.getList("missing"));
        assertEquals(100.0f, full.getFloat("preparationScore"));
        // 2 points off one item out of 18 preparation + 82 execution points
        assertEquals(98.0f, full.getFloat("totalScore"));
        assertEquals("优秀", full.getString("grade.title"));
        assertTrue(drill(id).getList("allowedActions").contains("SUBMIT_EVALUATION"));

        act(Demo.nanmingSafety(), id, Map.of("action", "SUBMIT_EVALUATION")).then().statusCode(200)
                .body("status", equalTo("EVALUATED")).body("countsFor", equalTo(countsBefore));
        JsonPath sealed = evaluation(id);
        assertTrue(sealed.getBoolean("submitted"));
        assertEquals("王敏", sealed.getString("signedBy"));
        assertTrue(sealed.getString("signedAt") != null);
        Evaluations.put(Demo.nanmingSafety(), id, etag(id), Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED"))
                .then().statusCode(409).contentType("application/problem+json");
        List<String> steps = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertEquals("SUBMIT_EVALUATION", steps.get(steps.size() - 1));
    }

    @Test
    void anEvaluatedDrillClosesOnceItsSummaryReportIsAttachedAndASafetyOfficeReopensIt() {
        String id = Evaluations.evaluated(inState("CONDUCTED"), "ACHIEVED");
        assertEquals(List.of("ATTACH"), drill(id).getList("allowedActions"));
        act(Demo.nanmingSafety(), id, Map.of("action", "CLOSE")).then().statusCode(409)
                .body("detail", containsString("SUMMARY_REPORT"));
        act(Demo.nanmingSafety(), id, Map.of("action", "REPORT_TO_REGULATOR")).then().statusCode(409)
                .body("detail", containsString("key unit"));
        ok(id, attach("SUMMARY_REPORT", uploadPdf(Demo.nanmingSafety())));
        assertEquals(List.of("ATTACH", "CLOSE"), drill(id).getList("allowedActions"));
        ok(id, Map.of("action", "CLOSE"));
        JsonPath closed = drill(id);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(List.of("REOPEN"), closed.getList("allowedActions"));
        act(Demo.nanmingSafety(), id, attach("PHOTO", DrillRuns.upload(Demo.nanmingSafety()))).then().statusCode(409);
        act(Demo.nanmingSafety(), id, Map.of("action", "REOPEN")).then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        ok(id, Map.of("action", "REOPEN", "comment", "抽查发现评估记录有误"));
        assertEquals("EVALUATED", drill(id).getString("status"));
        List<Map<String, Object>> steps = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> last = steps.get(steps.size() - 1);
        assertEquals("REOPEN", last.get("action"));
        assertEquals("CLOSED", last.get("fromState"));
        assertEquals("抽查发现评估记录有误", ((Map<?, ?>) last.get("data")).get("reason"));
    }

    @Test
    void aKeyUnitReportsItsEvaluatedDrillOnceAndTheTimeNeverChanges() {
        String hotel = DrillFixtures.enterprise(DrillFixtures.township(), "GAS", false, "HOTEL");
        String id = Evaluations.evaluated(inState("CONDUCTED", DrillRuns.plan(hotel, DrillRuns.today().plusDays(5))), "ACHIEVED");
        assertTrue(drill(id).getList("allowedActions").contains("REPORT_TO_REGULATOR"));
        String at = act(Demo.nanmingSafety(), id, Map.of("action", "REPORT_TO_REGULATOR")).then().statusCode(200)
                .body("status", equalTo("EVALUATED")).extract().path("reportedToRegulatorAt");
        assertTrue(at != null);
        assertTrue(!drill(id).getList("allowedActions").contains("REPORT_TO_REGULATOR"));
        act(Demo.nanmingSafety(), id, Map.of("action", "REPORT_TO_REGULATOR")).then().statusCode(409)
                .body("detail", containsString("already"));
        ok(id, attach("SUMMARY_REPORT", uploadPdf(Demo.nanmingSafety())));
        ok(id, Map.of("action", "CLOSE"));
        assertEquals(at, drill(id).getString("reportedToRegulatorAt"));
    }

    @Test
    void aTerminatedDrillIsEvaluatedAndKeepsItsReason() {
        String id = inState("TERMINATED");
        List<String> countsBefore = drill(id).getList("countsFor");
        Evaluations.evaluated(id, "NOT_ACHIEVED_REDRILL");
        JsonPath d = drill(id);
        assertEquals("EVALUATED", d.getString("status"));
        assertEquals("OTHER", d.getString("terminationReason"));
        assertEquals(countsBefore, d.getList("countsFor"));
    }

    @Test
    void theEvaluationIsEnteredOnlyOnceTheDrillIsHeld() {
        String id = inState("IN_PROGRESS");
        Evaluations.post(Demo.nanmingSafety(), id, Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED")).then()
                .statusCode(409).body("allowedActions", hasItem("END"));
    }

    @Test
    void anEvaluationOfAnotherDistrictsDrillIsNotFoundOnEveryRoute() {
        String id = inState("CONDUCTED");
        Evaluations.post(Demo.nanmingSafety(), id, Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED")).then().statusCode(201);
        String etag = etag(id);
        for (String drillId : List.of(id, UUID.randomUUID().toString())) {
            as(Demo.baiyunSafety()).get("/api/v1/drills/{id}/evaluation", drillId).then().statusCode(404)
                    .contentType("application/problem+json");
            Evaluations.post(Demo.baiyunSafety(), drillId, Evaluations.body(List.of(), null)).then().statusCode(404);
            Evaluations.put(Demo.baiyunSafety(), drillId, etag, Evaluations.body(List.of(), null)).then().statusCode(404);
        }
        assertEquals("ACHIEVED", evaluation(id).getString("conclusion"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDrillListShowsEachDrillsRuleCodesAndWhetherAnEvaluationIsEnteredAsItsOwnPageDoes() {
        String org = DrillRuns.org();
        String onsite = DrillFixtures.plan(org, "ONSITE");
        String special = DrillFixtures.plan(org, "SPECIAL");
        String day = DrillRuns.today().minusDays(1).toString();
        String drafted = DrillFixtures.drill(org, "TABLETOP", "SINGLE", day, onsite).getString("id");
        String sealed = DrillFixtures.drill(org, "LIVE", "SINGLE", day, special).getString("id");
        String both = DrillFixtures.drill(org, "LIVE", "COMPREHENSIVE", day, special, onsite).getString("id");
        String bare = DrillFixtures.drill(org, "TABLETOP", "SINGLE", day).getString("id");
        String planned = DrillRuns.planned(DrillRuns.plan(org, DrillRuns.today().plusDays(5)));
        Evaluations.post(Demo.nanmingSafety(), drafted, Evaluations.body(List.of(Map.of("code", "A1.1", "result", "YES")), null))
                .then().statusCode(201);
        Evaluations.evaluated(sealed, "ACHIEVED");

        JsonPath page = as(Demo.nanmingSafety()).queryParam("orgId", org).queryParam("limit", 50).get("/api/v1/drills")
                .then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> codes = new java.util.HashMap<>();
        Map<String, Boolean> entered = new java.util.HashMap<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            codes.put((String) item.get("id"), (List<String>) item.get("countsFor"));
            entered.put((String) item.get("id"), (Boolean) item.get("evaluationEntered"));
        }
        assertEquals(5, items.size());
        assertEquals(List.of("ENT_ONSITE"), codes.get(drafted));
        assertEquals(List.of("ENT_CS"), codes.get(sealed));
        assertEquals(List.of("ENT_CS", "ENT_ONSITE"), codes.get(both));
        assertEquals(List.of(), codes.get(bare));
        assertEquals(List.of(), codes.get(planned));
        assertEquals(Map.of(drafted, true, sealed, true, both, false, bare, false, planned, false), entered);
        for (String id : List.of(drafted, sealed, both, bare, planned)) {
            JsonPath one = drill(id);
            assertEquals(one.getList("countsFor"), codes.get(id), "the list agrees with the drill's page");
            assertEquals(one.getBoolean("evaluationEntered"), entered.get(id));
        }
    }
}
