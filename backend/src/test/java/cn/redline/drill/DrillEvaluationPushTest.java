package cn.redline.drill;

import static cn.redline.drill.DrillRuns.held;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import cn.redline.support.FeedReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Enterprise systems push the evaluations of the drills they pushed (issue 11 deliverable 6): each item judged alone,
 * a refused item stores nothing, a submitted one makes the drill EVALUATED and enters the feed, a re-push stores
 * nothing twice, and only drills this system pushed can be named.
 */
@QuarkusTest
class DrillEvaluationPushTest {

    private static JsonPath pushDrills(List<Object> items) {
        return as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/v1/drills/bulk").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath pushEvaluations(List<Object> items) {
        return as(Demo.integration()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("items", items)).post("/api/v1/drill-evaluations/bulk").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> item(String ref, Map<String, Object> evaluation, boolean submit) {
        Map<String, Object> m = new HashMap<>();
        m.put("externalRef", ref);
        m.put("evaluation", evaluation);
        m.put("submit", submit);
        return m;
    }

    private static String status(String drillId) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", drillId).then().statusCode(200).extract().path("status");
    }

    @Test
    void eachEvaluationIsJudgedAloneARefusedOneStoresNothingAndARepushNothingTwice() {
        FeedReader feed = new FeedReader(Demo.integration(), "/api/v1/drills/changes", "status");
        feed.drain();
        String org = DrillRuns.org();
        String ref = "ERP-" + UUID.randomUUID();
        List<String> refs = List.of(ref + "-full", ref + "-incomplete", ref + "-na", ref + "-draft");
        List<Object> drills = new ArrayList<>();
        refs.forEach(r -> drills.add(held(org, r)));
        List<String> ids = pushDrills(drills).getList("items.id");
        feed.drain();
        Map<String, Object> complete = Evaluations.body(Evaluations.allAnswered(2), "ACHIEVED");
        Map<String, Object> incomplete = Evaluations.body(List.of(Map.of("code", "A1.1", "result", "YES")), "PARTIAL");
        Map<String, Object> naWithoutReason = Evaluations.body(List.of(Map.of("code", "B8.1", "result", "NA")), null);
        JsonPath first = pushEvaluations(List.of(item(refs.get(0), complete, true), item(refs.get(1), incomplete, true),
                item(refs.get(2), naWithoutReason, false), item(refs.get(3), incomplete, false),
                item(ref + "-unknown", complete, true)));
        assertEquals(List.of("CREATED", "INVALID", "INVALID", "CREATED", "INVALID"), first.getList("items.status"));
        assertEquals(2, first.getInt("created"));
        assertEquals(3, first.getInt("invalid"));
        assertEquals(ids.get(0), first.getString("items[0].id"));
        assertEquals("EVALUATED", first.getString("items[0].drillStatus"));
        assertEquals("submit", first.getString("items[1].errors[0].field"));
        assertTrue(first.getString("items[1].errors[0].message").contains("A1.2"), first.getString("items[1].errors[0].message"));
        assertEquals("evaluation.answers[0].note", first.getString("items[2].errors[0].field"));
        assertEquals("CONDUCTED", first.getString("items[3].drillStatus"));
        assertEquals("externalRef", first.getString("items[4].errors[0].field"));

        // the submitted one is sealed and the drill EVALUATED; the refused ones stored nothing; the draft waits
        JsonPath sealed = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", ids.get(0)).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(sealed.getBoolean("submitted"));
        assertEquals("ACHIEVED", sealed.getString("conclusion"));
        assertEquals(98.0f, sealed.getFloat("totalScore"));
        assertEquals("EVALUATED", status(ids.get(0)));
        for (String refused : List.of(ids.get(1), ids.get(2))) {
            as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", refused).then().statusCode(404);
            assertEquals("CONDUCTED", status(refused));
        }
        JsonPath draft = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", ids.get(3)).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(!draft.getBoolean("submitted"));
        assertTrue(draft.getList("missing").contains("A1.2"));

        JsonPath again = pushEvaluations(List.of(item(refs.get(0), complete, true), item(refs.get(3), complete, true)));
        assertEquals(List.of("EXISTING", "EXISTING"), again.getList("items.status"));
        assertEquals(0, again.getInt("created"));
        assertEquals("CONDUCTED", status(ids.get(3)), "a re-push does not overwrite the evaluation stored before");

        feed.drain();
        assertEquals(List.of("CONDUCTED", "EVALUATED"), feed.deliveries(ids.get(0)));
        assertEquals(List.of("CONDUCTED"), feed.deliveries(ids.get(3)));
    }

    @Test
    void anotherSystemCannotNameThisSystemsDrills() {
        String ref = "ERP-" + UUID.randomUUID();
        String id = pushDrills(List.of(held(DrillRuns.org(), ref))).getString("items[0].id");
        String baiyunSystem = cn.redline.support.Tokens.token("svc-baiyun", Demo.BAIYUN, "integration");
        JsonPath r = as(baiyunSystem).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item(ref, Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED"), true))))
                .post("/api/v1/drill-evaluations/bulk").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("INVALID"), r.getList("items.status"));
        assertEquals("externalRef", r.getString("items[0].errors[0].field"));
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/evaluation", id).then().statusCode(404);
    }

    @Test
    void onlyIntegrationsPushEvaluations() {
        as(Demo.enterprise()).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item("x", Evaluations.body(List.of(), null), false))))
                .post("/api/v1/drill-evaluations/bulk").then().statusCode(403);
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/v1/drill-evaluations/bulk").then().statusCode(400);
    }

    @Test
    void aSystemThatMayNotSealTheEvaluationGetsAnItemErrorAndNothingIsStored() {
        String org = DrillRuns.org();
        String ref = "ERP-" + UUID.randomUUID();
        String id = pushDrills(List.of(held(org, ref))).getString("items[0].id");
        // the enterprise moves to Baiyun: the Nanming system that pushed the drill no longer keeps its drills
        io.restassured.response.Response current = as(Demo.admin()).get("/api/v1/orgs/{id}", org);
        JsonPath o = current.then().statusCode(200).extract().jsonPath();
        Map<String, Object> moved = new HashMap<>(Map.of("code", o.getString("code"), "name", o.getString("name"),
                "kind", "ENTERPRISE", "industry", o.getString("industry"), "highRisk", o.getBoolean("highRisk"),
                "parentId", cn.redline.support.Api.idOf(Demo.admin(), Demo.BAIYUN)));
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(moved)
                .put("/api/v1/orgs/{id}", org).then().statusCode(200);

        JsonPath r = pushEvaluations(List.of(item(ref, Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED"), true)));
        assertEquals(List.of("INVALID"), r.getList("items.status"));
        assertEquals(1, r.getInt("invalid"));
        assertEquals("item", r.getString("items[0].errors[0].field"));
        assertTrue(r.getString("items[0].errors[0].message").contains("SUBMIT_EVALUATION"), r.getString("items[0].errors[0].message"));
        as(Demo.admin()).get("/api/v1/drills/{id}/evaluation", id).then().statusCode(404);
        as(Demo.admin()).get("/api/v1/drills/{id}", id).then().statusCode(200).body("status", equalTo("CONDUCTED"))
                .body("evaluationEntered", equalTo(false));
    }
}
