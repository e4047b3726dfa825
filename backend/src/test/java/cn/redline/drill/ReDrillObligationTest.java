package cn.redline.drill;

import static cn.redline.drill.PlanRevisionObligationTest.debts;
import static cn.redline.drill.PlanRevisionObligationTest.followUps;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * §3.4: the conclusion NOT_ACHIEVED_REDRILL leaves the organiser a re-drill of the same scenario, due 90 days after the
 * signing (a default of ours), met only once a later drill of the organiser on the same scenario type is held; shown in
 * GET /drill-obligations and GET /drill-coverage/debts with its reason and days left; 404 outside the scope.
 */
@QuarkusTest
class ReDrillObligationTest {

    private static Map<String, Object> body(String orgId, String scenario) {
        Map<String, Object> body = new HashMap<>(DrillRuns.plan(orgId, DrillRuns.today().plusDays(10)));
        if (scenario != null) {
            body.put("scenario", Map.of("eventType", scenario, "place", "三号车间"));
        }
        return body;
    }

    private static String evaluated(String orgId, String scenario, String conclusion) {
        return Evaluations.evaluated(DrillRuns.inState("CONDUCTED", body(orgId, scenario)), conclusion);
    }

    @Test
    void aFailedDrillOwesADrillOfTheSameScenarioUntilALaterOneIsHeld() {
        String org = DrillRuns.org();
        String other = DrillRuns.org();
        evaluated(org, "火灾", "ACHIEVED");
        assertEquals(List.of(), followUps(org), "an achieved drill owes nothing");
        // held the same day, before the failed drill's evaluation was signed: not a later drill
        String failed = evaluated(org, "火灾", "NOT_ACHIEVED_REDRILL");

        List<Map<String, Object>> owed = followUps(org);
        assertEquals(1, owed.size(), owed.toString());
        Map<String, Object> u = owed.get(0);
        String due = DrillRuns.today().plusDays(90).toString();
        assertEquals("REDRILL", u.get("kind"));
        assertEquals(failed, u.get("drillId"));
        assertEquals("消防疏散演练", u.get("drillTitle"));
        assertNull(u.get("findingId"));
        assertEquals("火灾", u.get("scenarioType"));
        assertEquals(due, u.get("due"));
        assertEquals("OPEN", u.get("status"));
        assertEquals(91, u.get("daysLeft"));
        assertEquals("演练“消防疏散演练”未达到演练目标，须就同一情景（火灾）重新演练（演练评估结论：未达到演练目标，需重新演练）；"
                + due + "前完成；剩余91天", u.get("reasonZh"));
        assertEquals("new drill of the same scenario (火灾) owed: the drill “消防疏散演练” did not achieve its objectives under "
                + "the evaluation conclusion “objectives not achieved, drill again”; due " + due + "; 91 days left", u.get("reasonEn"));
        List<Map<String, Object>> debts = debts(org, "REDRILL");
        assertEquals(1, debts.size());
        assertEquals(u.get("id"), debts.get(0).get("obligationId"));
        assertEquals("REDRILL", debts.get(0).get("followUp"));
        assertEquals(91, debts.get(0).get("daysLeft"));
        assertEquals(u.get("reasonEn"), debts.get(0).get("reasonEn"));

        // what does not meet it: another scenario, another org, a drill not yet held, one terminated
        DrillRuns.inState("CONDUCTED", body(org, "触电"));
        DrillRuns.inState("CONDUCTED", body(other, "火灾"));
        String pending = DrillRuns.inState("IN_PROGRESS", body(org, "火灾"));
        DrillRuns.inState("TERMINATED", body(org, "火灾"));
        assertEquals("OPEN", followUps(org).get(0).get("status"));
        // nor once evaluated: a terminated drill keeps its reason through evaluation and closing
        Evaluations.evaluated(DrillRuns.inState("TERMINATED", body(org, "火灾")), "ACHIEVED");
        assertEquals("OPEN", followUps(org).get(0).get("status"), "an evaluated terminated drill is no re-drill");
        assertEquals(1, debts(org, null).size());
        assertEquals(List.of(), followUps(other));

        DrillRuns.ok(pending, DrillRuns.end(Demo.nanmingSafety(), 3));
        Map<String, Object> met = followUps(org).get(0);
        assertEquals("MET", met.get("status"));
        assertEquals("演练“消防疏散演练”未达到演练目标，须就同一情景（火灾）重新演练（演练评估结论：未达到演练目标，需重新演练）；已重新演练",
                met.get("reasonZh"));
        assertEquals(List.of(), debts(org, null));
    }

    @Test
    void aDrillWithoutAScenarioIsMetByAnyLaterDrillOfTheOrganiser() {
        String org = DrillRuns.org();
        String failed = evaluated(org, null, "NOT_ACHIEVED_REDRILL");
        Map<String, Object> u = followUps(org).get(0);
        assertNull(u.get("scenarioType"));
        assertEquals("演练“消防疏散演练”未达到演练目标，须重新演练（演练评估结论：未达到演练目标，需重新演练）；"
                + DrillRuns.today().plusDays(90) + "前完成；剩余91天", u.get("reasonZh"));
        // closed, it still owes its one re-drill
        DrillRuns.ok(failed, DrillRuns.attach("SUMMARY_REPORT", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        DrillRuns.ok(failed, Map.of("action", "CLOSE"));
        assertEquals(1, followUps(org).size());
        DrillRuns.inState("CONDUCTED", body(org, "触电"));
        assertEquals("MET", followUps(org).get(0).get("status"));
    }

    @Test
    void anotherDistrictSeesNoneOfIt() {
        String org = DrillRuns.org();
        evaluated(org, "火灾", "NOT_ACHIEVED_REDRILL");
        String missing = as(Demo.baiyunSafety()).queryParam("orgId", UUID.randomUUID().toString()).get("/api/v1/drill-obligations")
                .then().statusCode(404).extract().path("detail");
        as(Demo.baiyunSafety()).queryParam("orgId", org).get("/api/v1/drill-obligations").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo(missing));
        String missingDebts = as(Demo.baiyunSafety()).queryParam("orgId", UUID.randomUUID().toString())
                .get("/api/v1/drill-coverage/debts").then().statusCode(404).extract().path("detail");
        as(Demo.baiyunSafety()).queryParam("orgId", org).get("/api/v1/drill-coverage/debts").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo(missingDebts));
        assertEquals(1, followUps(org).size(), "the org's own office still sees it");
    }
}
