package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.num;
import static cn.redline.assessment.AssessmentRuns.offers;
import static cn.redline.assessment.AssessmentRuns.upload;
import static cn.redline.assessment.AssessmentRuns.value;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.redline.support.Demo;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import cn.redline.platform.Times;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Assessments per target through the §4.3 workflow on a real scheme: each state's allowed actions for the target and
 * the assessment group, self-assessment with evidence and the principal's signature, department scores, review
 * overrides only with a reason, the score read from the snapshot frozen at the cutoff, preliminary publication with
 * ranks, objections inside the window only, approval, publication and rectification; every route 404 outside.
 */
@QuarkusTest
class AssessmentWorkflowTest extends AssessmentTestBase {

    @Test
    void aTargetGoesFromSelfAssessmentToRectificationAndEveryPointIsTraced() {
        MetricData data = new MetricData(em);
        MetricSnapshotTest.Target f = MetricSnapshotTest.target(data);
        String office = f.office();
        UUID e1 = f.enterprise();
        UUID e2 = data.enterprise(f.township(), "CONSTRUCTION");
        String t1 = Tokens.token("e1-safety", data.code(e1), "enterprise");
        String t2 = Tokens.token("e2-safety", data.code(e2), "enterprise");
        String dept = Tokens.token("d-staff", data.code(f.department()), "department");
        data.accident(f.township(), e1, LocalDate.of(2025, 2, 2), "GENERAL", 0, "{}");

        String scheme = SchemeRuns.published(office, SchemeRuns.body("FIRST_HALF", 2025, List.of(e1, e2), f.department()));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        as(office).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(2))
                .body("items.status", contains("NOT_STARTED", "NOT_STARTED"));
        String a1 = assessmentOf(office, scheme, e1);
        String a2 = assessmentOf(office, scheme, e2);
        as(t1).queryParam("schemeId", scheme).get("/api/v1/assessments").then().body("items.id", contains(a1));
        // the leader's view: the own unit's assessments with their scheme; the leaders of units see it, an office not
        as(t1).get("/api/v1/assessments/mine").then().statusCode(200).body("items.assessment.id", contains(a1))
                .body("items[0].year", equalTo(2025)).body("items[0].period", equalTo("FIRST_HALF"))
                .body("items[0].schemeStatus", equalTo("SELF_ASSESSMENT"));
        as(office).get("/api/v1/assessments/mine").then().statusCode(403);

        // NOT_STARTED: the target starts; the assessment group has nothing to do yet
        offers(t1, a1, "NOT_STARTED", "START");
        offers(office, a1, "NOT_STARTED");
        act(t1, a1, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(409)
                .body("code", equalTo("illegal-transition")).body("allowedActions", contains("START"));
        act(office, a1, Map.of("action", "START")).then().statusCode(409);
        act(t1, a1, Map.of("action", "START")).then().statusCode(200).body("status", equalTo("SELF_ASSESSING"));

        // SELF_ASSESSING: submitting waits for the evidence-required manual leaf
        offers(t1, a1, "SELF_ASSESSING");
        value(t1, a1, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "NOPE", "occurrences", 1))))
                .then().statusCode(422).body("errors.field", hasItem("deductions[0].rule"));
        value(t1, a1, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 2))))
                .then().statusCode(200);
        offers(t1, a1, "SELF_ASSESSING");
        String evidence = upload(t1);
        value(t1, a1, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 2)),
                "attachmentIds", List.of(evidence))).then().statusCode(200).body("score.leaves[0].points", num("56"));
        offers(t1, a1, "SELF_ASSESSING", "SUBMIT_SELF");
        value(office, a1, Map.of("kind", "REVIEW", "code", "L1", "points", 50, "reason", "太早")).then().statusCode(409);
        act(t1, a1, Map.of("action", "SUBMIT_SELF")).then().statusCode(400).body("errors.field", contains("signedBy"));
        act(t1, a1, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(200)
                .body("status", equalTo("SELF_SUBMITTED")).body("signedBy", equalTo("王建国"));
        offers(t1, a1, "SELF_SUBMITTED");
        offers(office, a1, "SELF_SUBMITTED", "REVIEW");

        // the review starts after the cutoff: e2 never began, its self-assessment is missed; metrics are frozen
        data.accident(f.township(), e1, LocalDate.of(2025, 3, 3), "GENERAL", 0, "{}");
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        offers(office, a2, "SELF_MISSED", "REVIEW");
        // an accident of May entered a day later: a new snapshot, the score keeps the frozen one
        clock.advance(Duration.ofDays(1));
        data.accident(f.township(), e1, LocalDate.of(2025, 5, 5), "GENERAL", 0, "{}");
        as(office).contentType(ContentType.JSON).body(Map.of("comment", "5月事故迟报补录"))
                .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(200);

        act(office, a1, Map.of("action", "REVIEW")).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        act(office, a2, Map.of("action", "REVIEW")).then().statusCode(200);
        offers(office, a1, "UNDER_REVIEW", "RETURN_FOR_SUPPLEMENT");
        offers(t1, a1, "UNDER_REVIEW");
        // the department scores its field; nobody else does
        value(office, a1, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 18)).then().statusCode(403);
        value(dept, a1, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 21)).then().statusCode(422);
        value(dept, a1, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 18)).then().statusCode(200);
        value(dept, a2, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 16)).then().statusCode(200);
        // an override needs a reason
        value(office, a1, Map.of("kind", "REVIEW", "code", "L1", "points", 55)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        value(office, a1, Map.of("kind", "REVIEW", "code", "L1", "points", 55, "reason", "核查发现另有一处未整改")).then().statusCode(200);
        offers(office, a1, "UNDER_REVIEW", "RETURN_FOR_SUPPLEMENT", "COMPLETE_REVIEW");
        offers(office, a2, "UNDER_REVIEW", "RETURN_FOR_SUPPLEMENT");
        // L1 has no points yet (no self score, no override): the review cannot complete
        act(office, a2, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(409)
                .body("allowedActions", contains("RETURN_FOR_SUPPLEMENT"));
        // e2 missed its self-assessment: the group returns it for supplement with a new deadline (recorded), e2 supplements
        // with evidence and its principal signs while the scheme is under review
        act(office, a2, Map.of("action", "RETURN_FOR_SUPPLEMENT")).then().statusCode(400).body("errors.field", contains("comment"));
        LocalDate today = Times.today(appClock);
        act(office, a2, Map.of("action", "RETURN_FOR_SUPPLEMENT", "comment", "请补充自评", "due", today.minusDays(1).toString()))
                .then().statusCode(400).body("errors.field", contains("due"));
        offers(office, a2, "UNDER_REVIEW", "RETURN_FOR_SUPPLEMENT");
        act(office, a2, Map.of("action", "RETURN_FOR_SUPPLEMENT", "comment", "请补充自评", "due", today.plusDays(7).toString()))
                .then().statusCode(200).body("status", equalTo("SELF_ASSESSING")).body("selfDue", equalTo(today.plusDays(7).toString()));
        offers(t2, a2, "SELF_ASSESSING");
        offers(office, a2, "SELF_ASSESSING");
        value(t2, a2, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 25)),
                "attachmentIds", List.of(upload(t2)))).then().statusCode(200).body("score.leaves[0].points", num("10"));
        offers(t2, a2, "SELF_ASSESSING", "SUBMIT_SELF");
        act(t2, a2, Map.of("action", "SUBMIT_SELF", "signedBy", "李明")).then().statusCode(200).body("status", equalTo("SELF_SUBMITTED"));
        offers(office, a2, "SELF_SUBMITTED", "REVIEW");
        act(office, a2, Map.of("action", "REVIEW")).then().statusCode(200);
        act(office, a1, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200).body("status", equalTo("REVIEWED"));
        act(office, a2, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);

        // the explained score: L1 overridden (56 → 55), L2 from the snapshot frozen at the review's start (2 accidents: 10,
        // not 5 with May's), L3 the department's
        as(t1).get("/api/v1/assessments/{id}/score", a1).then().statusCode(200)
                .body("score.leaves.points", contains(num("55"), num("10"), num("18")))
                .body("score.leaves[0].computed", num("56")).body("score.leaves[0].overridden", equalTo(true))
                .body("score.total", num("83")).body("score.grade", equalTo("GOOD"))
                .body("score.trace.find { it.indicator == 'L2' && it.source == 'SNAPSHOT' }.ref",
                        equalTo(as(office).queryParam("orgId", e1.toString())
                                .get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().extract().jsonPath()
                                .getString("items.find { it.code == 'ACC_COUNT' && it.inForce }.id")))
                .body("snapshots.find { it.code == 'ACC_COUNT' }.value", num("2"))
                .body("values.kind", contains("SELF", "SELF", "DEPARTMENT", "REVIEW"))
                .body("values[3].reason", equalTo("核查发现另有一处未整改"))
                .body("values[1].evidence", contains(evidence));

        // preliminary publication: ranks per group, the objection window opens
        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);
        as(t1).get("/api/v1/assessments/{id}", a1).then().body("status", equalTo("PRELIMINARY_PUBLISHED")).body("rank", equalTo(1))
                .body("grade", equalTo("GOOD")).body("allowedActions", contains("OBJECT"));
        as(t2).get("/api/v1/assessments/{id}", a2).then().body("rank", equalTo(2)).body("grade", equalTo("FAIL"));
        act(t2, a2, Map.of("action", "OBJECT")).then().statusCode(400).body("errors.field", contains("comment"));
        act(t2, a2, Map.of("action", "OBJECT", "comment", "L9扣分过重", "indicators", List.of("L9"))).then().statusCode(400)
                .body("errors.field", contains("indicators[0]"));
        offers(office, a2, "PRELIMINARY_PUBLISHED");
        act(t2, a2, Map.of("action", "OBJECT", "comment", "L1扣分过重", "indicators", List.of("L1"))).then().statusCode(200)
                .body("status", equalTo("IN_RECONSIDERATION"));
        offers(office, a2, "IN_RECONSIDERATION", "DECIDE");
        offers(t2, a2, "IN_RECONSIDERATION");
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(409);
        act(office, a2, Map.of("action", "DECIDE", "comment", "经复核")).then().statusCode(400);
        // reconsidered: the group changes L1 (a new value, the earlier ones kept) and upholds the objection in part
        value(office, a2, Map.of("kind", "REVIEW", "code", "L1", "points", 12, "reason", "复核核减一处重复扣分")).then().statusCode(200)
                .body("score.total", num("48"));
        act(office, a2, Map.of("action", "DECIDE", "decision", "UPHELD", "comment", "经复核部分采纳")).then().statusCode(200)
                .body("status", equalTo("PRELIMINARY_PUBLISHED")).body("total", num("48")).body("grade", equalTo("FAIL"))
                .body("rank", equalTo(2));
        as(office).get("/api/v1/assessments/{id}/score", a2).then().statusCode(200)
                .body("values.kind", contains("DEPARTMENT", "SELF", "REVIEW"))
                .body("values.find { it.kind == 'REVIEW' }.setBy", equalTo(as(office).get("/api/v1/me").then().extract().path("name")));

        // after the window: no objection, and the leader approves
        clock.advance(Duration.ofDays(6));
        offers(t1, a1, "PRELIMINARY_PUBLISHED");
        act(t1, a1, Map.of("action", "OBJECT", "comment", "太晚了")).then().statusCode(409)
                .body("code", equalTo("illegal-transition"));
        SchemeRuns.act(office, scheme, Map.of("action", "APPROVE")).then().statusCode(403);
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(200);
        offers(t1, a1, "FINAL");
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS")).then().statusCode(400);
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS", "docNumber", "安委〔2025〕9号")).then().statusCode(200)
                .body("status", equalTo("RESULTS_PUBLISHED"));
        offers(t1, a1, "FINAL");
        offers(office, a1, "FINAL");
        // the failing target rectifies through one record: the register's 整改方案 action, due a month after the 通报
        // (GB64); the scheme sets no rule of its own, so A15 proposes it, and the assessment follows its steps
        String due = Times.today(appClock).plusMonths(1).toString();
        String plan = as(t2).get("/api/v1/assessments/{id}", a2).then().body("status", equalTo("RECTIFYING"))
                .body("planDue", equalTo(due)).body("rectification.type", equalTo("RECTIFICATION_PLAN"))
                .body("rectification.status", equalTo("PROPOSED")).body("rectification.dueOn", equalTo(due))
                .extract().path("rectification.id");
        as(office).queryParam("targetOrgId", e2.toString()).queryParam("type", "RECTIFICATION_PLAN")
                .get("/api/v1/accountability-actions").then().body("items.id", contains(plan))
                .body("items[0].triggerRule", equalTo("A15_RECTIFICATION")).body("items[0].facts[0].id", equalTo(a2));
        // the assessment has no plan steps of its own any more: nothing to do there for either side
        offers(t2, a2, "RECTIFYING");
        offers(office, a2, "RECTIFYING");
        act(t2, a2, Map.of("action", "SUBMIT_PLAN", "comment", "整改方案")).then().statusCode(400);
        as(t1).get("/api/v1/accountability-actions/{id}", plan).then().statusCode(404);
        // the office issues it with a later day: that day is the plan's
        String later = Times.today(appClock).plusMonths(1).plusDays(10).toString();
        registerStep(office, plan, Map.of("action", "ISSUE", "dueOn", later)).then().statusCode(200).body("status", equalTo("ISSUED"));
        as(t2).get("/api/v1/assessments/{id}", a2).then().body("status", equalTo("RECTIFYING")).body("planDue", equalTo(later))
                .body("rectification.status", equalTo("ISSUED"));
        // the target files its plan on the action: the assessment stays RECTIFYING and records the step
        registerStep(t2, plan, Map.of("action", "RESPOND", "response", "整改方案：三个月内完成隐患治理")).then().statusCode(200);
        as(t2).get("/api/v1/assessments/{id}", a2).then().body("status", equalTo("RECTIFYING"))
                .body("rectification.status", equalTo("RESPONDED")).body("rectification.respondedAt", org.hamcrest.Matchers.notNullValue());
        // the office accepts it on the register: the assessment closes with it, one update for the official
        registerStep(office, plan, Map.of("action", "CLOSE", "comment", "整改到位")).then().statusCode(200).body("status", equalTo("CLOSED"));
        as(t2).get("/api/v1/assessments/{id}", a2).then().body("status", equalTo("CLOSED")).body("rectification.status", equalTo("CLOSED"));
        as(office).get("/api/v1/assessments/{id}/history", a2).then()
                .body("items.action", org.hamcrest.Matchers.hasItems("RECTIFY", "RECTIFICATION_ISSUE", "RECTIFICATION_RESPOND",
                        "RECTIFICATION_CLOSE"))
                .body("items.find { it.action == 'RECTIFICATION_CLOSE' }.to", equalTo("CLOSED"))
                .body("items.find { it.action == 'RECTIFICATION_CLOSE' }.from", equalTo("RECTIFYING"))
                .body("items.find { it.action == 'RECTIFICATION_CLOSE' }.reason", equalTo("整改到位"));
        offers(t2, a2, "CLOSED");
        offers(office, a2, "CLOSED");
    }

    private static io.restassured.response.Response registerStep(String token, String action, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/accountability-actions/{id}/transitions", action);
    }

    @Test
    void everyAssessmentRouteAnswers404OutsideItsSides() {
        MetricData data = new MetricData(em);
        MetricSnapshotTest.Target f = MetricSnapshotTest.target(data);
        UUID e2 = data.enterprise(f.township(), "CONSTRUCTION");
        String scheme = SchemeRuns.published(f.office(), SchemeRuns.body("FIRST_HALF", 2025, List.of(f.enterprise(), e2), f.department()));
        SchemeRuns.act(f.office(), scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a1 = assessmentOf(f.office(), scheme, f.enterprise());
        Territories.Township other = Territories.township();
        String neighbour = Tokens.token("n-safety", other.code(), "safety_office");
        String sibling = Tokens.token("e2-safety", data.code(e2), "enterprise");
        for (String token : List.of(Demo.baiyunSafety(), neighbour, sibling)) {
            as(token).get("/api/v1/assessments/{id}", a1).then().statusCode(404).contentType("application/problem+json");
            as(token).get("/api/v1/assessments/{id}/score", a1).then().statusCode(404);
            act(token, a1, Map.of("action", "START")).then().statusCode(404);
            value(token, a1, new HashMap<>(Map.of("kind", "SELF", "code", "L1"))).then().statusCode(404);
        }
        as(Demo.baiyunSafety()).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(404);
        as(sibling).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(1));
        as(Demo.nanmingSafety()).get("/api/v1/assessments/{id}", a1).then().statusCode(200);
        as(f.office()).get("/api/v1/assessments/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
