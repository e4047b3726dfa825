package cn.redline.drill;

import static cn.redline.drill.DrillRuns.act;
import static cn.redline.drill.DrillRuns.attach;
import static cn.redline.drill.DrillRuns.clientId;
import static cn.redline.drill.DrillRuns.end;
import static cn.redline.drill.DrillRuns.inState;
import static cn.redline.drill.DrillRuns.ok;
import static cn.redline.drill.DrillRuns.org;
import static cn.redline.drill.DrillRuns.plan;
import static cn.redline.drill.DrillRuns.planned;
import static cn.redline.drill.DrillRuns.today;
import static cn.redline.drill.DrillRuns.upload;
import static cn.redline.drill.DrillRuns.uploadPdf;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drill workflow of §3.4 against the API: every state × action (allowed: the next state and a history entry;
 * refused: 409 problem listing the allowed actions, and nothing changed), the document gates of mark_ready, postpone
 * keeping the original day, end's headcount and photos, and what a drill run through the workflow counts for.
 */
@QuarkusTest
class DrillWorkflowTest {

    /** State → the actions the organiser's office may take there, and where each allowed one leads. */
    private static final Map<String, Map<String, String>> TABLE = Map.of(
            "PLANNED", Map.of("PREPARE", "PREPARING", "POSTPONE", "PLANNED", "CANCEL", "CANCELLED", "ATTACH", "PLANNED"),
            "PREPARING", Map.of("MARK_READY", "READY", "POSTPONE", "PREPARING", "CANCEL", "CANCELLED", "ATTACH", "PREPARING"),
            "READY", Map.of("START", "IN_PROGRESS", "POSTPONE", "READY", "CANCEL", "CANCELLED", "ATTACH", "READY"),
            "IN_PROGRESS", Map.of("LOG", "IN_PROGRESS", "END", "CONDUCTED", "TERMINATE", "TERMINATED", "ATTACH", "IN_PROGRESS"),
            "CONDUCTED", Map.of("LOG", "CONDUCTED", "ATTACH", "CONDUCTED"),
            "TERMINATED", Map.of("LOG", "TERMINATED", "ATTACH", "TERMINATED"),
            "CANCELLED", Map.of());

    private static final List<String> ACTIONS = List.of("PLAN", "RECORD_PAST", "PREPARE", "MARK_READY", "POSTPONE", "CANCEL",
            "START", "LOG", "END", "TERMINATE", "ATTACH");

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        TABLE.keySet().stream().sorted().forEach(state -> ACTIONS.forEach(action -> all.add(Arguments.of(state, action))));
        return all.stream();
    }

    /** A body with what the action needs, so an allowed action succeeds. */
    private static Map<String, Object> body(String action) {
        return switch (action) {
            case "POSTPONE" -> Map.of("action", action, "plannedOn", today().plusDays(40).toString(), "comment", "恶劣天气");
            case "CANCEL" -> Map.of("action", action, "comment", "上级临时检查");
            case "END" -> end(Demo.nanmingSafety(), 3);
            case "TERMINATE" -> Map.of("action", action, "terminationReason", "SAFETY_INCIDENT", "comment", "人员扭伤");
            case "ATTACH" -> attach("PHOTO", upload(Demo.nanmingSafety()));
            default -> Map.of("action", action);
        };
    }

    private static JsonPath drill(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static int historySize(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void everyStateAndActionIsAllowedOrRefusedAsTheTableSays(String state, String action) {
        String id = inState(state);
        JsonPath before = drill(id);
        assertEquals(state, before.getString("status"));
        assertEquals(TABLE.get(state).keySet(), Set.copyOf(before.getList("allowedActions", String.class)),
                "allowedActions in " + state);
        int history = historySize(id);
        String next = TABLE.get(state).get(action);
        Response r = action.equals("LOG") ? DrillRuns.timeline(Demo.nanmingSafety(), id, clientId(), "13:05 疏散组到达集合点")
                : act(Demo.nanmingSafety(), id, body(action));
        if (next != null) {
            r.then().statusCode(action.equals("LOG") ? 201 : 200);
            JsonPath after = drill(id);
            assertEquals(next, after.getString("status"));
            if (!action.equals("LOG")) {
                List<Map<String, Object>> items = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/history", id).then()
                        .extract().jsonPath().getList("items");
                assertEquals(history + 1, items.size(), "one history entry");
                Map<String, Object> last = items.get(items.size() - 1);
                assertEquals(action, last.get("action"));
                assertEquals(state, last.get("fromState"));
                assertEquals(next, last.get("toState"));
            }
        } else {
            r.then().statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("illegal-transition"));
            assertEquals(TABLE.get(state).keySet(), Set.copyOf(r.jsonPath().getList("allowedActions", String.class)));
            JsonPath after = drill(id);
            assertEquals(state, after.getString("status"), "nothing changed");
            assertEquals(before.getLong("version"), after.getLong("version"), "nothing changed");
            assertEquals(before.getList("files").size(), after.getList("files").size(), "no file attached");
            assertEquals(history, historySize(id), "no history entry");
            assertEquals(0, as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/timeline", id).then().extract().jsonPath()
                    .getList("items").size(), "no timeline entry");
        }
    }

    @Test
    void markReadyWaitsForEveryDocumentTheDrillNeeds() {
        Map<String, Object> body = plan(org(), today().plusDays(5));
        body.put("form", "LIVE");
        body.put("scope", "COMPREHENSIVE");
        body.put("evaluationPlanned", true);
        body.put("highRisk", true);
        body.put("affectsPublic", true);
        String id = planned(body);
        ok(id, Map.of("action", "PREPARE"));
        List<String> kinds = List.of("WORK_PLAN", "SCRIPT", "EVALUATION_PLAN", "SAFETY_PLAN", "PUBLIC_NOTICE");
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            JsonPath d = drill(id);
            assertTrue(!d.getList("allowedActions").contains("MARK_READY"), "not ready before " + kind);
            assertEquals(kinds.subList(i, kinds.size()), d.getList("missingDocuments"));
            act(Demo.nanmingSafety(), id, Map.of("action", "MARK_READY")).then().statusCode(409)
                    .body("detail", containsString(kind));
            ok(id, attach(kind, uploadPdf(Demo.nanmingSafety())));
        }
        assertTrue(drill(id).getList("allowedActions").contains("MARK_READY"));
        assertEquals(List.of(), drill(id).getList("missingDocuments"));
        ok(id, Map.of("action", "MARK_READY"));
        assertEquals("READY", drill(id).getString("status"));
    }

    @Test
    void aTabletopSingleDrillNeedsItsWorkPlanOnly() {
        String id = planned(plan(DrillRuns.sharedOrg(), today().plusDays(5)));
        ok(id, Map.of("action", "PREPARE"));
        act(Demo.nanmingSafety(), id, Map.of("action", "MARK_READY")).then().statusCode(409)
                .body("detail", containsString("WORK_PLAN"));
        ok(id, attach("SCRIPT", uploadPdf(Demo.nanmingSafety())));
        act(Demo.nanmingSafety(), id, Map.of("action", "MARK_READY")).then().statusCode(409);
        ok(id, attach("WORK_PLAN", uploadPdf(Demo.nanmingSafety())));
        ok(id, Map.of("action", "MARK_READY"));
    }

    @Test
    void postponeMovesTheDayForwardAndKeepsTheOriginalDay() {
        String id = planned(plan(DrillRuns.sharedOrg(), today().plusDays(5)));
        String first = today().plusDays(5).toString();
        act(Demo.nanmingSafety(), id, Map.of("action", "POSTPONE", "plannedOn", today().plusDays(12).toString()))
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("comment"));
        act(Demo.nanmingSafety(), id, Map.of("action", "POSTPONE", "plannedOn", today().plusDays(3).toString(), "comment", "雨"))
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("plannedOn"));
        ok(id, Map.of("action", "POSTPONE", "plannedOn", today().plusDays(12).toString(), "comment", "暴雨预警"));
        ok(id, Map.of("action", "PREPARE"));
        ok(id, Map.of("action", "POSTPONE", "plannedOn", today().plusDays(20).toString(), "comment", "场地冲突"));
        JsonPath d = drill(id);
        assertEquals("PREPARING", d.getString("status"));
        assertEquals(today().plusDays(20).toString(), d.getString("plannedOn"));
        assertEquals(first, d.getString("originalPlannedOn"));
        List<Map<String, Object>> postponed = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/history", id).then().extract()
                .jsonPath().getList("items.findAll { it.action == 'POSTPONE' }");
        assertEquals(2, postponed.size());
        assertEquals(Map.of("previousPlannedOn", today().plusDays(12).toString(), "plannedOn", today().plusDays(20).toString(),
                "originalPlannedOn", first, "reason", "场地冲突"), postponed.get(1).get("data"));
        // the day moves only by POSTPONE, never by an edit
        Map<String, Object> edit = plan(d.getString("orgId"), today().plusDays(25));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + d.getLong("version") + "\"")
                .body(edit).put("/api/v1/drills/{id}", id).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("plannedOn"));
    }

    @Test
    void endNeedsTheHeadcountAndThreePhotosThenTheDrillCountsForItsRules() {
        String orgId = org();
        String onsite = DrillFixtures.plan(orgId, "ONSITE");
        Map<String, Object> body = plan(orgId, today());
        body.put("planIds", List.of(onsite));
        String id = planned(body);
        ok(id, Map.of("action", "PREPARE"));
        ok(id, attach("WORK_PLAN", uploadPdf(Demo.nanmingSafety())));
        ok(id, Map.of("action", "MARK_READY"));
        ok(id, Map.of("action", "START"));
        assertEquals(today().toString(), drill(id).getString("conductedOn"));
        assertEquals(List.of(), drill(id).getList("countsFor"));
        act(Demo.nanmingSafety(), id, Map.of("action", "END")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("actualHeadcount", "attachmentIds"));
        act(Demo.nanmingSafety(), id, end(Demo.nanmingSafety(), 2)).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("attachmentIds"));
        JsonPath still = drill(id);
        assertEquals("IN_PROGRESS", still.getString("status"));
        assertEquals(0, still.getList("files.findAll { it.purpose == 'PHOTO' }").size(), "the refused END linked no photo");
        // one photo from the timeline, two with END
        String photo = upload(Demo.nanmingSafety());
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("clientId", clientId(), "kind", "OBSERVATION",
                        "text", "集合点清点", "occurredAt", java.time.OffsetDateTime.now().toString(), "attachmentIds", List.of(photo)))
                .post("/api/v1/drills/{id}/timeline", id).then().statusCode(201);
        act(Demo.nanmingSafety(), id, end(Demo.nanmingSafety(), 2)).then().statusCode(200)
                .body("status", equalTo("CONDUCTED")).body("actualHeadcount", equalTo(42))
                .body("countsFor", equalTo(List.of("ENT_ONSITE")));
        Map<String, Map<String, Object>> owed = DrillFixtures.owed(orgId, null);
        assertEquals("MET", owed.get("ENT_ONSITE").get("status"));
    }

    @Test
    void aNamedCommanderStartsAndEndsAndTheOfficeNoLonger() {
        Map<String, Object> body = plan(org(), today().plusDays(3));
        body.put("roles", Map.of("commander", Map.of("name", "测试 leader", "subject", "sub-leader"),
                "evaluators", List.of(Map.of("name", "李敏"))));
        String id = planned(body);
        ok(id, Map.of("action", "PREPARE"));
        ok(id, attach("WORK_PLAN", uploadPdf(Demo.nanmingSafety())));
        ok(id, Map.of("action", "MARK_READY"));
        assertTrue(!drill(id).getList("allowedActions").contains("START"));
        act(Demo.nanmingSafety(), id, Map.of("action", "START")).then().statusCode(409)
                .body("detail", containsString("commander"));
        as(Demo.leader()).get("/api/v1/drills/{id}", id).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.hasItem("START"));
        act(Demo.leader(), id, Map.of("action", "START")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        // a leader may not prepare drills: the role, not the state, refuses
        String other = planned(plan(DrillRuns.sharedOrg(), today().plusDays(3)));
        act(Demo.leader(), other, Map.of("action", "PREPARE")).then().statusCode(403);
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        String id = planned(plan(DrillRuns.sharedOrg(), today().plusDays(3)));
        long version = drill(id).getLong("version");
        ok(id, Map.of("action", "PREPARE"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("action", "CANCEL", "comment", "x")).post("/api/v1/drills/{id}/transitions", id)
                .then().statusCode(412);
        assertEquals("PREPARING", drill(id).getString("status"));
    }

    @Test
    void planningAndRecordingKeepTheirLimits() {
        String orgId = org();
        Map<String, Object> past = plan(orgId, today().minusDays(1));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(past).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("plannedOn"));
        Map<String, Object> noDay = plan(orgId, today());
        noDay.remove("plannedOn");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(noDay).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("plannedOn"));
        // recorded after the fact: more than 30 days ago only by a safety office
        Map<String, Object> old = new HashMap<>(Map.of("orgId", Demo.QIANCHENG_CONSTRUCTION, "title", "补录", "form", "TABLETOP",
                "scope", "SINGLE", "conductedOn", today().minusDays(31).toString(), "status", "CONDUCTED"));
        old.put("orgId", cn.redline.support.Api.idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION));
        // without its evidence a drill held is not recorded at all: the headcount and 3 photos
        as(Demo.enterprise()).contentType(ContentType.JSON).body(old).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("actualHeadcount", "attachmentIds"));
        old.put("actualHeadcount", 20);
        old.put("attachmentIds", List.of(DrillRuns.upload(Demo.enterprise()), DrillRuns.upload(Demo.enterprise())));
        as(Demo.enterprise()).contentType(ContentType.JSON).body(old).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("attachmentIds"));
        old.putAll(DrillFixtures.evidence(Demo.enterprise()));
        as(Demo.enterprise()).contentType(ContentType.JSON).body(old).post("/api/v1/drills").then().statusCode(403);
        old.put("conductedOn", today().minusDays(2).toString());
        JsonPath recorded = as(Demo.enterprise()).contentType(ContentType.JSON).body(old).post("/api/v1/drills").then()
                .statusCode(201).body("status", equalTo("CONDUCTED")).extract().jsonPath();
        List<Map<String, Object>> history = as(Demo.enterprise()).get("/api/v1/drills/{id}/history", recorded.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, history.size());
        assertEquals("RECORD_PAST", history.get(0).get("action"));
        assertEquals(List.of("LOG", "ATTACH"), recorded.getList("allowedActions"));
    }
}
