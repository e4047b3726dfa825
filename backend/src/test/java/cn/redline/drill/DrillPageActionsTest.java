package cn.redline.drill;

import static cn.redline.drill.DrillRuns.attach;
import static cn.redline.drill.DrillRuns.inState;
import static cn.redline.drill.DrillRuns.ok;
import static cn.redline.drill.DrillRuns.plan;
import static cn.redline.drill.DrillRuns.today;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A page of drills reads the workflow's guards (files, evaluation gaps, finding gaps, the organiser) once per kind for
 * the whole page: every drill on it shows the allowed actions its own page shows, whatever its state, and a longer page
 * costs no more statements than a shorter one.
 */
@QuarkusTest
class DrillPageActionsTest {

    @Inject
    SessionFactory sessions;

    @Inject
    Scheduler scheduler;

    @Test
    void aPageOfDrillsInMixedStatesAllowsWhatEachDrillsDetailAllows() {
        String org = DrillFixtures.enterprise(DrillFixtures.township(), "CONSTRUCTION", false, "MALL");
        List<String> ids = new ArrayList<>();
        for (String state : List.of("PLANNED", "PREPARING", "READY", "IN_PROGRESS", "CONDUCTED", "TERMINATED", "CANCELLED")) {
            ids.add(inState(state, plan(org, today().plusDays(10))));
        }
        // preparing without its work plan: MARK_READY waits for the document
        String bare = DrillRuns.planned(plan(org, today().plusDays(12)));
        ok(bare, Map.of("action", "PREPARE"));
        ids.add(bare);
        // held with a draft evaluation that is incomplete, and one that is complete
        String draft = inState("CONDUCTED", plan(org, today().plusDays(10)));
        Evaluations.post(Demo.nanmingSafety(), draft, Evaluations.body(Evaluations.allAnswered(2).subList(0, 3), "ACHIEVED"))
                .then().statusCode(201);
        ids.add(draft);
        String complete = inState("CONDUCTED", plan(org, today().plusDays(10)));
        Evaluations.post(Demo.nanmingSafety(), complete, Evaluations.body(Evaluations.allAnswered(2), "ACHIEVED"))
                .then().statusCode(201);
        ids.add(complete);
        // evaluated: one with a summary report and an unassigned finding, one closable, one closed after its report
        String unassigned = Evaluations.evaluated(inState("CONDUCTED", plan(org, today().plusDays(10))), "ACHIEVED");
        ok(unassigned, attach("SUMMARY_REPORT", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("category", "PLAN", "severity", "GENERAL",
                        "description", "预案未明确夜间疏散集合点", "action", Map.of("kind", "PLAN_REVISION")))
                .post("/api/v1/drills/{id}/findings", unassigned).then().statusCode(201);
        ids.add(unassigned);
        String closable = Evaluations.evaluated(inState("CONDUCTED", plan(org, today().plusDays(10))), "ACHIEVED");
        ok(closable, attach("SUMMARY_REPORT", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        ids.add(closable);
        String closed = Evaluations.evaluated(inState("CONDUCTED", plan(org, today().plusDays(10))), "ACHIEVED");
        ok(closed, attach("SUMMARY_REPORT", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        ok(closed, Map.of("action", "REPORT_TO_REGULATOR"));
        ok(closed, Map.of("action", "CLOSE"));
        ids.add(closed);
        ids.add(Evaluations.evaluated(inState("CONDUCTED", plan(org, today().plusDays(10))), "NOT_ACHIEVED_REDRILL"));

        for (String token : List.of(Demo.nanmingSafety(), Demo.admin())) {
            Map<String, Object> onPage = new HashMap<>();
            Map<String, Object> missingOnPage = new HashMap<>();
            List<Map<String, Object>> items = as(token).queryParam("orgId", org).queryParam("limit", 50).get("/api/v1/drills")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            items.forEach(i -> {
                onPage.put((String) i.get("id"), i.get("allowedActions"));
                missingOnPage.put((String) i.get("id"), i.get("missingDocuments"));
            });
            assertEquals(ids.size(), onPage.size(), "every drill is on the page");
            Map<String, Object> detail = new LinkedHashMap<>();
            Map<String, Object> page = new LinkedHashMap<>();
            for (String id : ids) {
                var one = as(token).get("/api/v1/drills/{id}", id).then().statusCode(200).extract().jsonPath();
                detail.put(one.getString("status") + " " + id, List.of(one.get("allowedActions"), one.get("missingDocuments")));
                page.put(one.getString("status") + " " + id, List.of(onPage.get(id), missingOnPage.get(id)));
            }
            assertEquals(detail, page, "allowed actions and missing documents on the page vs each drill's detail");
        }
        // the states' guards did decide something: the page is not uniform
        var byId = as(Demo.nanmingSafety()).queryParam("orgId", org).queryParam("limit", 50).get("/api/v1/drills")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(byId.getList("items.find { it.id == '" + bare + "' }.allowedActions").stream().noneMatch("MARK_READY"::equals));
        assertTrue(byId.getList("items.find { it.id == '" + ids.get(1) + "' }.allowedActions").contains("MARK_READY"));
        assertTrue(byId.getList("items.find { it.id == '" + complete + "' }.allowedActions").contains("SUBMIT_EVALUATION"));
        assertTrue(byId.getList("items.find { it.id == '" + draft + "' }.allowedActions").stream()
                .noneMatch("SUBMIT_EVALUATION"::equals));
        assertTrue(byId.getList("items.find { it.id == '" + closable + "' }.allowedActions").contains("CLOSE"));
        assertTrue(byId.getList("items.find { it.id == '" + closable + "' }.allowedActions").contains("REPORT_TO_REGULATOR"));
        assertTrue(byId.getList("items.find { it.id == '" + unassigned + "' }.allowedActions").stream().noneMatch("CLOSE"::equals));
        assertTrue(byId.getList("items.find { it.id == '" + closed + "' }.allowedActions").stream()
                .noneMatch("REPORT_TO_REGULATOR"::equals));
    }

    @Test
    void aLongerPageOfDrillsCostsNoMoreStatements() throws InterruptedException {
        String org = DrillFixtures.enterprise(DrillFixtures.township(), "CONSTRUCTION", false, null);
        for (int i = 0; i < 3; i++) {
            Evaluations.evaluated(inState("CONDUCTED", plan(org, today().plusDays(10))), "ACHIEVED");
            inState("PREPARING", plan(org, today().plusDays(10)));
        }
        // newest first: the three preparing (planned ahead), then the evaluated ones; both pages hold both kinds
        as(Demo.nanmingSafety()).queryParam("orgId", org).get("/api/v1/drills").then().statusCode(200);
        scheduler.pause();
        try {
            List<String> windows = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                long four = statements(org, 4);
                long six = statements(org, 6);
                if (four == six) {
                    return;
                }
                windows.add("page of 4: " + four + ", page of 6: " + six);
                Thread.sleep(1000);
            }
            assertEquals(List.of(), windows, "statements of a page of 4 and a page of 6 drills");
        } finally {
            scheduler.resume();
        }
    }

    private long statements(String org, int limit) {
        Statistics stats = sessions.getStatistics();
        long before = stats.getPrepareStatementCount();
        int shown = as(Demo.nanmingSafety()).queryParam("orgId", org).queryParam("limit", limit).get("/api/v1/drills")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
        assertEquals(limit, shown);
        return stats.getPrepareStatementCount() - before;
    }
}
