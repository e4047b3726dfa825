package cn.redline.drill;

import static cn.redline.drill.DrillRuns.org;
import static cn.redline.drill.DrillRuns.plan;
import static cn.redline.drill.DrillRuns.today;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The yearly drill plan (§3.3): drafted, submitted, approved by someone else or sent back with a reason; its drills. */
@QuarkusTest
class DrillYearPlanTest {

    private static final int YEAR = today().getYear() + 1;

    private static Map<String, Object> body(String orgId, List<Map<String, Object>> items) {
        return Map.of("orgId", orgId, "year", YEAR, "title", YEAR + "年度应急演练计划", "items", items);
    }

    private static Map<String, Object> item(String title, int month) {
        return Map.of("title", title, "planIds", List.of(), "form", "LIVE", "scope", "SINGLE", "month", month,
                "mustShowSteps", "报警、疏散、清点");
    }

    static String created(String orgId) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body(orgId, List.of(item("消防疏散", 5))))
                .post("/api/v1/drill-year-plans").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static Response act(String token, String id, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/drill-year-plans/{id}/transitions", id);
    }

    private static JsonPath get(String token, String id) {
        return as(token).get("/api/v1/drill-year-plans/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPlanIsSubmittedAndApprovedBySomeoneElse() {
        String orgId = org();
        String id = created(orgId);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body(orgId, List.of()))
                .post("/api/v1/drill-year-plans").then().statusCode(409);
        assertEquals(List.of("SUBMIT"), get(Demo.nanmingSafety(), id).getList("allowedActions"));
        act(Demo.nanmingSafety(), id, Map.of("action", "APPROVE")).then().statusCode(409)
                .body("allowedActions", equalTo(List.of("SUBMIT")));
        act(Demo.nanmingSafety(), id, Map.of("action", "SUBMIT")).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // the submitter does not approve their own plan
        act(Demo.nanmingSafety(), id, Map.of("action", "APPROVE")).then().statusCode(409);
        assertEquals(List.of("APPROVE", "REJECT"), get(Demo.leader(), id).getList("allowedActions"));
        act(Demo.leader(), id, Map.of("action", "APPROVE")).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("allowedActions", equalTo(List.of()));
        List<String> actions = as(Demo.leader()).get("/api/v1/drill-year-plans/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertEquals(List.of("CREATE", "SUBMIT", "APPROVE"), actions);
    }

    @Test
    void aRejectedPlanGoesBackToDraftWithTheReasonAndIsEditedWithIfMatch() {
        String orgId = org();
        String id = created(orgId);
        act(Demo.nanmingSafety(), id, Map.of("action", "SUBMIT")).then().statusCode(200);
        long submitted = get(Demo.leader(), id).getLong("version");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + submitted + "\"")
                .body(body(orgId, List.of(item("x", 1)))).put("/api/v1/drill-year-plans/{id}", id).then().statusCode(409);
        act(Demo.leader(), id, Map.of("action", "REJECT")).then().statusCode(400).body("errors.field", hasItem("comment"));
        act(Demo.leader(), id, Map.of("action", "REJECT", "comment", "缺少现场处置方案演练")).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + submitted + "\"")
                .body(body(orgId, List.of(item("x", 1)))).put("/api/v1/drill-year-plans/{id}", id).then().statusCode(412);
        long draft = get(Demo.nanmingSafety(), id).getLong("version");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + draft + "\"")
                .body(body(orgId, List.of(item("消防疏散", 5), item("塔吊倒塌现场处置", 9))))
                .put("/api/v1/drill-year-plans/{id}", id).then().statusCode(200).body("items.size()", equalTo(2));
        List<Map<String, Object>> history = as(Demo.nanmingSafety()).get("/api/v1/drill-year-plans/{id}/history", id).then()
                .extract().jsonPath().getList("items");
        assertEquals("REJECT", history.get(2).get("action"));
        assertEquals("缺少现场处置方案演练", history.get(2).get("comment"));
        assertEquals("DRAFT", history.get(2).get("toState"));
    }

    @Test
    void anEmptyPlanIsNotSubmitted() {
        String orgId = org();
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body(orgId, List.of()))
                .post("/api/v1/drill-year-plans").then().statusCode(201).extract().path("id");
        assertEquals(List.of(), get(Demo.nanmingSafety(), id).getList("allowedActions"));
        act(Demo.nanmingSafety(), id, Map.of("action", "SUBMIT")).then().statusCode(409);
    }

    @Test
    void thePlanListsItsDrillsAndADrillLiesInItsYear() {
        String orgId = org();
        String id = created(orgId);
        Map<String, Object> drill = plan(orgId, java.time.LocalDate.of(YEAR, 5, 20));
        drill.put("yearPlanId", id);
        String drillId = DrillRuns.planned(drill);
        Map<String, Object> outside = plan(orgId, today().plusDays(1).withYear(YEAR + 1));
        outside.put("yearPlanId", id);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(outside).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", hasItem("plannedOn"));
        Map<String, Object> otherOrg = plan(org(), java.time.LocalDate.of(YEAR, 5, 20));
        otherOrg.put("yearPlanId", id);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(otherOrg).post("/api/v1/drills").then().statusCode(400)
                .body("errors.field", hasItem("yearPlanId"));
        JsonPath p = get(Demo.nanmingSafety(), id);
        assertEquals(List.of(drillId), p.getList("drills.id"));
        assertEquals(List.of("PLANNED"), p.getList("drills.status"));
        as(Demo.nanmingSafety()).queryParam("yearPlanId", id).get("/api/v1/drills").then().statusCode(200)
                .body("items.id", equalTo(List.of(drillId)));
        as(Demo.nanmingSafety()).queryParam("orgId", orgId).queryParam("year", YEAR).get("/api/v1/drill-year-plans").then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
    }
}
