package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every route of drills and yearly drill plans answers a record outside the caller's scope exactly as one that does
 * not exist: 404, the same problem, and nothing changed.
 */
@QuarkusTest
class DrillScopeTest {

    private static final Map<String, BiFunction<RequestSpecification, String, Response>> DRILL_ROUTES = Map.of(
            "getDrill", (r, id) -> r.get("/api/v1/drills/{id}", id),
            "updateDrill", (r, id) -> r.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(DrillRuns.plan(UUID.randomUUID().toString(), DrillRuns.today().plusDays(3))).put("/api/v1/drills/{id}", id),
            "transitionDrill", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("action", "CANCEL", "comment", "x"))
                    .post("/api/v1/drills/{id}/transitions", id),
            "getDrillHistory", (r, id) -> r.get("/api/v1/drills/{id}/history", id),
            "listDrillTimeline", (r, id) -> r.get("/api/v1/drills/{id}/timeline", id),
            "addDrillTimelineEntry", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("clientId", DrillRuns.clientId(),
                    "kind", "OBSERVATION", "text", "x", "occurredAt", java.time.OffsetDateTime.now().toString()))
                    .post("/api/v1/drills/{id}/timeline", id));

    private static final Map<String, BiFunction<RequestSpecification, String, Response>> PLAN_ROUTES = Map.of(
            "getDrillYearPlan", (r, id) -> r.get("/api/v1/drill-year-plans/{id}", id),
            "updateDrillYearPlan", (r, id) -> r.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("orgId", UUID.randomUUID(), "year", 2030, "title", "x", "items", List.of()))
                    .put("/api/v1/drill-year-plans/{id}", id),
            "transitionDrillYearPlan", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                    .post("/api/v1/drill-year-plans/{id}/transitions", id),
            "getDrillYearPlanHistory", (r, id) -> r.get("/api/v1/drill-year-plans/{id}/history", id));

    private static void outOfScopeIsNotFound(Map<String, BiFunction<RequestSpecification, String, Response>> routes, String id,
                                             String subject) {
        routes.forEach((name, route) -> {
            Response missing = route.apply(as(Demo.baiyunSafety()), UUID.randomUUID().toString());
            missing.then().statusCode(404).contentType("application/problem+json");
            route.apply(as(Demo.baiyunSafety()), id).then().statusCode(404).contentType("application/problem+json")
                    .body("title", equalTo(missing.jsonPath().getString("title")))
                    .body("detail", equalTo(missing.jsonPath().getString("detail")));
        });
    }

    @Test
    void aDrillOfAnotherDistrictIsNotFoundOnEveryRoute() {
        String id = DrillRuns.inState("IN_PROGRESS");
        outOfScopeIsNotFound(DRILL_ROUTES, id, "Drill");
        as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        String orgId = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", id).then().extract().path("orgId");
        as(Demo.baiyunSafety()).queryParam("orgId", orgId).get("/api/v1/drills").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aYearPlanOfAnotherDistrictIsNotFoundOnEveryRoute() {
        String orgId = DrillRuns.org();
        String id = DrillYearPlanTest.created(orgId);
        outOfScopeIsNotFound(PLAN_ROUTES, id, "Drill year plan");
        as(Demo.nanmingSafety()).get("/api/v1/drill-year-plans/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(Demo.baiyunSafety()).queryParam("orgId", orgId).get("/api/v1/drill-year-plans").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
