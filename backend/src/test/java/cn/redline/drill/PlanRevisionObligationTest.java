package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * §3.4 / D10: a MAJOR finding of category PLAN leaves the organiser a plan revision due 60 days after the evaluation's
 * signing, shown with its reason and days left in GET /drill-obligations and GET /drill-coverage/debts, met by a new
 * plan edition or review date (not by any edit) or by the finding verified; 404 outside the scope.
 */
@QuarkusTest
class PlanRevisionObligationTest {

    @Inject
    MovableClock clock;

    static Map<String, Object> finding(String orgId, String category, String severity) {
        return Map.of("category", category, "severity", severity, "description", "预案未明确夜间疏散集合点",
                "cause", "编制时未考虑夜班人员", "recommendation", "修订现场处置方案",
                "action", Map.of("kind", "PLAN_REVISION", "ownerOrgId", orgId, "ownerPerson", "李工",
                        "deadline", DrillRuns.today().plusDays(30).toString()));
    }

    static String addFinding(String drill, Map<String, Object> body) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/drills/{id}/findings", drill)
                .then().statusCode(201).extract().path("id");
    }

    /** The org's follow-ups in GET /drill-obligations. */
    /** The org's follow-ups left by evaluations (plan revisions and re-drills), without the held drills' deadlines. */
    static List<Map<String, Object>> followUps(String orgId) {
        return allFollowUps(orgId).stream().filter(u -> AFTER_EVALUATION.contains(u.get("kind"))).toList();
    }

    /** Every follow-up of the org, the held drills' evaluation and summary deadlines included. */
    static List<Map<String, Object>> allFollowUps(String orgId) {
        return as(Demo.nanmingSafety()).queryParam("orgId", orgId).get("/api/v1/drill-obligations").then().statusCode(200)
                .extract().jsonPath().getList("followUps");
    }

    private static final List<String> AFTER_EVALUATION = List.of("PLAN_REVISION", "REDRILL");

    /** The org's follow-ups among the debts of its own subtree, filtered by {@code ruleCode} when given. */
    static List<Map<String, Object>> debts(String orgId, String ruleCode) {
        var req = as(Demo.nanmingSafety()).queryParam("orgId", orgId).queryParam("limit", 200);
        if (ruleCode != null) {
            req = req.queryParam("ruleCode", ruleCode);
        }
        List<Map<String, Object>> items = req.get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> i.get("followUp") != null
                && (ruleCode != null || AFTER_EVALUATION.contains(i.get("followUp")))).toList();
    }

    /** A held drill of a fresh org exercising {@code planId}, with a draft evaluation. */
    static String drill(String orgId, String planId) {
        Map<String, Object> body = new HashMap<>(DrillRuns.plan(orgId, DrillRuns.today().plusDays(10)));
        body.put("planIds", List.of(planId));
        String drill = DrillRuns.inState("CONDUCTED", body);
        Evaluations.post(Demo.nanmingSafety(), drill, Evaluations.body(Evaluations.allAnswered(2), "PARTIAL")).then().statusCode(201);
        return drill;
    }

    private static void editPlan(String planId, Map<String, Object> changes) {
        var current = as(Demo.nanmingSafety()).get("/api/v1/emergency-plans/{id}", planId).then().statusCode(200).extract();
        Map<String, Object> body = new HashMap<>(current.jsonPath().getMap("$"));
        body.putAll(changes);
        as(Demo.nanmingSafety()).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/emergency-plans/{id}", planId).then().statusCode(200);
    }

    @Test
    void aMajorPlanFindingOwesARevisionUntilThePlanHasANewEditionOrReviewDate() {
        String org = DrillRuns.org();
        String plan = DrillFixtures.plan(org, "ONSITE");
        String drill = drill(org, plan);
        String major = addFinding(drill, finding(org, "PLAN", "MAJOR"));
        addFinding(drill, finding(org, "PLAN", "GENERAL"));
        addFinding(drill, finding(org, "PERSONNEL", "MAJOR"));
        assertEquals(List.of(), followUps(org), "nothing is owed before the evaluation is signed");

        DrillRuns.ok(drill, Map.of("action", "SUBMIT_EVALUATION"));
        List<Map<String, Object>> owed = followUps(org);
        assertEquals(1, owed.size(), "only the MAJOR PLAN finding owes a revision: " + owed);
        Map<String, Object> u = owed.get(0);
        String due = DrillRuns.today().plusDays(60).toString();
        assertEquals("PLAN_REVISION", u.get("kind"));
        assertEquals(drill, u.get("drillId"));
        assertEquals(major, u.get("findingId"));
        assertEquals(1, u.get("findingNumber"));
        assertEquals(DrillRuns.today().toString(), u.get("since"));
        assertEquals(due, u.get("due"));
        assertEquals("OPEN", u.get("status"));
        assertEquals(61, u.get("daysLeft"));
        assertEquals("生产安全事故应急条例第六条", u.get("citation"));
        assertEquals("演练“消防疏散演练”发现重大预案问题（问题1），须修订应急预案（生产安全事故应急条例第六条）；" + due + "前完成；剩余61天",
                u.get("reasonZh"));
        assertEquals("plan revision owed after a major plan problem (finding 1) of the drill “消防疏散演练” under "
                + "生产安全事故应急条例第六条; due " + due + "; 61 days left", u.get("reasonEn"));

        List<Map<String, Object>> debts = debts(org, null);
        assertEquals(1, debts.size(), debts.toString());
        Map<String, Object> d = debts.get(0);
        assertEquals(u.get("id"), d.get("obligationId"));
        assertEquals("PLAN_REVISION", d.get("followUp"));
        assertEquals("PLAN_REVISION", d.get("ruleCode"));
        assertEquals(drill, d.get("drillId"));
        assertEquals(org, ((Map<?, ?>) d.get("org")).get("id"));
        assertEquals(due, d.get("periodLast"));
        assertEquals(61, d.get("daysLeft"));
        assertEquals("OPEN", d.get("status"));
        assertEquals(u.get("reasonZh"), d.get("reasonZh"));
        assertEquals(1, debts(org, "PLAN_REVISION").size());
        assertEquals(List.of(), debts(org, "REDRILL"));
        assertEquals(List.of(), debts(org, "ENT_CS"), "a rule's filter leaves the follow-ups out");

        clock.advance(Duration.ofDays(31));
        try {
            Map<String, Object> late = followUps(org).get(0);
            assertEquals("AT_RISK", late.get("status"));
            assertEquals(30, late.get("daysLeft"));
            clock.advance(Duration.ofDays(30));
            Map<String, Object> missed = followUps(org).get(0);
            assertEquals("MISSED", missed.get("status"));
            assertEquals(0, missed.get("daysLeft"));
            assertTrue(((String) missed.get("reasonZh")).endsWith("期限已于" + due + "届满"), (String) missed.get("reasonZh"));
            assertEquals("MISSED", debts(org, null).get(0).get("status"));
        } finally {
            clock.reset();
        }

        editPlan(plan, Map.of("title", "现场处置方案（更名）"));
        assertEquals("OPEN", followUps(org).get(0).get("status"), "an edit that is no revision meets nothing");
        editPlan(plan, Map.of("planVersion", "2027版"));
        Map<String, Object> met = followUps(org).get(0);
        assertEquals("MET", met.get("status"));
        assertTrue(((String) met.get("reasonZh")).endsWith("；已修订预案或整改已验证"), (String) met.get("reasonZh"));
        assertEquals(List.of(), debts(org, null), "a met revision is no debt");
    }

    @Test
    void aReviewDateAfterTheFindingOrTheFindingVerifiedMeetsIt() {
        String org = DrillRuns.org();
        String plan = DrillFixtures.plan(org, "ONSITE");
        String drill = drill(org, plan);
        addFinding(drill, finding(org, "PLAN", "MAJOR"));
        DrillRuns.ok(drill, Map.of("action", "SUBMIT_EVALUATION"));
        editPlan(plan, Map.of("lastReviewDate", DrillRuns.today().minusDays(1).toString()));
        assertEquals("OPEN", followUps(org).get(0).get("status"), "a review before the finding is no revision");
        editPlan(plan, Map.of("lastReviewDate", DrillRuns.today().toString()));
        assertEquals("MET", followUps(org).get(0).get("status"));

        String org2 = DrillRuns.org();
        String drill2 = drill(org2, DrillFixtures.plan(org2, "SPECIAL"));
        DrillRuns.ok(drill2, Map.of("action", "SUBMIT_EVALUATION"));
        assertEquals(List.of(), followUps(org2));
        // recorded after the signing (the drill EVALUATED): owed from then on
        String id = addFinding(drill2, finding(org2, "PLAN", "MAJOR"));
        assertEquals(id, followUps(org2).get(0).get("findingId"));
        String other = addFinding(drill2, finding(org2, "PLAN", "MAJOR"));
        assertEquals(2, followUps(org2).size());
        // changed to GENERAL, it no longer owes one
        String etag = as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", other).then().extract().header("ETag");
        as(Demo.nanmingSafety()).header("If-Match", etag).contentType(ContentType.JSON).body(finding(org2, "PLAN", "GENERAL"))
                .put("/api/v1/drill-findings/{id}", other).then().statusCode(200);
        assertEquals(List.of(id), followUps(org2).stream().map(u -> u.get("findingId")).toList());

        Map<String, Object> start = Map.of("action", "START");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(start).post("/api/v1/drill-findings/{id}/transitions", id)
                .then().statusCode(200);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("action", "COMPLETE", "comment", "已修订预案",
                "attachmentIds", List.of(DrillRuns.uploadPdf(Demo.nanmingSafety()))))
                .post("/api/v1/drill-findings/{id}/transitions", id).then().statusCode(200);
        assertEquals("OPEN", followUps(org2).get(0).get("status"), "DONE is not yet VERIFIED");
        as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("action", "VERIFY"))
                .post("/api/v1/drill-findings/{id}/transitions", id).then().statusCode(200);
        assertEquals("MET", followUps(org2).get(0).get("status"));
    }

    @Test
    void anotherDistrictSeesNoneOfIt() {
        String org = DrillRuns.org();
        String drill = drill(org, DrillFixtures.plan(org, "ONSITE"));
        addFinding(drill, finding(org, "PLAN", "MAJOR"));
        DrillRuns.ok(drill, Map.of("action", "SUBMIT_EVALUATION"));
        String id = (String) followUps(org).get(0).get("id");
        String missing = as(Demo.baiyunSafety()).queryParam("orgId", UUID.randomUUID().toString()).get("/api/v1/drill-obligations")
                .then().statusCode(404).extract().path("detail");
        as(Demo.baiyunSafety()).queryParam("orgId", org).get("/api/v1/drill-obligations").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo(missing));
        as(Demo.baiyunSafety()).queryParam("orgId", org).get("/api/v1/drill-coverage/debts").then().statusCode(404)
                .contentType("application/problem+json");
        String baiyun = cn.redline.support.Api.idOf(Demo.admin(), Demo.BAIYUN);
        List<String> theirs = as(Demo.baiyunSafety()).queryParam("orgId", baiyun).queryParam("limit", 200)
                .get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath().getList("items.obligationId");
        assertTrue(!theirs.contains(id), "Baiyun's debts hold no Nanming follow-up");
        assertEquals(1, followUps(org).size(), "one plan revision, beside the held drill's summary deadline");
    }
}
