package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.num;
import static cn.redline.assessment.AssessmentRuns.upload;
import static cn.redline.assessment.AssessmentRuns.value;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The review findings of issue 12 on assessments per target: only the target org itself acts as the target (an org
 * inside it sees a 404), a once-only deduction takes one occurrence, the assessment group withdraws its overrides and
 * vetoes with a reason kept in the record, and the self-assessment closes at its deadline.
 */
@QuarkusTest
class AssessmentFindingsTest extends AssessmentTestBase {

    /** The test scheme with a once-only deduction L1-2 beside L1-1 and a manual veto FALSIFIED beside MAJOR. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> scheme(List<UUID> targets, UUID department, Map<String, Object> deadlines) {
        Map<String, Object> body = SchemeRuns.body("FIRST_HALF", 2025, targets, department);
        Map<String, Object> def = (Map<String, Object>) body.get("definition");
        Map<String, Object> l1 = (Map<String, Object>) ((List<Object>) def.get("indicators")).get(0);
        l1.put("deductionRules", List.of(Map.of("code", "L1-1", "when", "每发现一处未整改扣2分", "points", 2, "perOccurrence", true),
                Map.of("code", "L1-2", "when", "未召开安委会会议的扣3分", "points", 3, "perOccurrence", false)));
        List<Object> vetoes = new ArrayList<>((List<Object>) def.get("vetoRules"));
        vetoes.add(Map.of("code", "FALSIFIED", "name", "经查实存在瞒报", "manual", true, "effect", "SCORE_ZERO"));
        def.put("vetoRules", vetoes);
        if (deadlines != null) {
            def.put("deadlines", deadlines);
        }
        return body;
    }

    @Test
    void onlyTheTargetOrgItselfActsAsTheTargetAndAnOrgInsideItSeesA404() {
        Fixture f = fixture();
        // the district assesses the township; an enterprise inside the township is not the township
        String scheme = SchemeRuns.published(Demo.nanmingSafety(), scheme(List.of(f.target().township()), f.target().department(), null));
        SchemeRuns.act(Demo.nanmingSafety(), scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a = assessmentOf(Demo.nanmingSafety(), scheme, f.target().township());
        String inside = Tokens.token("e-safety", f.data().code(f.target().enterprise()), "enterprise");
        String insideLeader = Tokens.token("e-boss", f.data().code(f.target().enterprise()), "leader");
        for (String token : List.of(inside, insideLeader)) {
            as(token).get("/api/v1/assessments/{id}", a).then().statusCode(404).contentType("application/problem+json");
            as(token).get("/api/v1/assessments/{id}/score", a).then().statusCode(404);
            act(token, a, Map.of("action", "START")).then().statusCode(404);
            value(token, a, new HashMap<>(Map.of("kind", "SELF", "code", "L1"))).then().statusCode(404);
            as(token).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(0));
        }
        as(Demo.nanmingSafety()).get("/api/v1/assessments/{id}", a).then().body("status", equalTo("NOT_STARTED"));
        // the township's own office is the target
        act(f.office(), a, Map.of("action", "START")).then().statusCode(200).body("status", equalTo("SELF_ASSESSING"));
    }

    @Test
    void aOnceOnlyDeductionWithTwoOccurrencesIsA422ThatChangesNothing() {
        Fixture f = fixture();
        UUID e1 = f.target().enterprise();
        String t1 = Tokens.token("e1-safety", f.data().code(e1), "enterprise");
        String scheme = SchemeRuns.published(f.office(), scheme(List.of(e1), f.target().department(), null));
        SchemeRuns.act(f.office(), scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a = assessmentOf(f.office(), scheme, e1);
        act(t1, a, Map.of("action", "START")).then().statusCode(200);
        long version = as(t1).get("/api/v1/assessments/{id}", a).then().extract().jsonPath().getLong("version");

        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 1),
                Map.of("rule", "L1-2", "occurrences", 2)))).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("deductions[1].occurrences"));
        as(t1).get("/api/v1/assessments/{id}/score", a).then().statusCode(200).body("values", hasSize(0))
                .body("assessment.version", equalTo((int) version));

        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 1),
                Map.of("rule", "L1-2", "occurrences", 1)))).then().statusCode(200).body("score.leaves[0].points", num("55"));
    }

    @Test
    void theGroupWithdrawsItsOverrideAndItsVetoWithAReasonAndTheRecordKeepsEveryValue() {
        Fixture f = fixture();
        UUID e1 = f.target().enterprise();
        String t1 = Tokens.token("e1-safety", f.data().code(e1), "enterprise");
        String office = f.office();
        String scheme = SchemeRuns.published(office, scheme(List.of(e1), f.target().department(), null));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a = assessmentOf(office, scheme, e1);
        act(t1, a, Map.of("action", "START")).then().statusCode(200);
        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 2)),
                "attachmentIds", List.of(upload(t1)))).then().statusCode(200);
        act(t1, a, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(200);
        // nothing to withdraw before the review
        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "withdraw", true, "reason", "太早")).then().statusCode(409);
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        act(office, a, Map.of("action", "REVIEW")).then().statusCode(200);
        value(f.dept(), a, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 18)).then().statusCode(200);

        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "points", 50, "reason", "另有三处未整改")).then().statusCode(200)
                .body("score.leaves[0].points", num("50")).body("score.total", num("88"));
        value(office, a, Map.of("kind", "VETO", "code", "FALSIFIED", "reason", "经查实瞒报一起事故")).then().statusCode(200)
                .body("score.total", num("0"));

        // a withdrawal says why, is the group's only, and takes back only what is in force
        value(office, a, Map.of("kind", "VETO", "code", "FALSIFIED", "withdraw", true)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        value(t1, a, Map.of("kind", "VETO", "code", "FALSIFIED", "withdraw", true, "reason", "不是我们")).then().statusCode(403);
        value(office, a, Map.of("kind", "SELF", "code", "L1", "withdraw", true, "reason", "撤回")).then().statusCode(422)
                .body("errors.field", contains("withdraw"));
        value(office, a, Map.of("kind", "REVIEW", "code", "L2", "withdraw", true, "reason", "撤回")).then().statusCode(422)
                .body("errors.field", contains("code"));
        as(office).get("/api/v1/assessments/{id}/score", a).then().body("values", hasSize(4)).body("score.total", num("0"));

        value(office, a, Map.of("kind", "VETO", "code", "FALSIFIED", "withdraw", true, "reason", "复核认定为迟报而非瞒报"))
                .then().statusCode(200).body("score.total", num("88")).body("score.vetoes", hasSize(0));
        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "withdraw", true, "reason", "整改已于期内完成"))
                .then().statusCode(200).body("score.leaves[0].points", num("56")).body("score.leaves[0].overridden", equalTo(false))
                .body("score.total", num("94"))
                .body("values.kind", contains("SELF", "DEPARTMENT", "REVIEW", "VETO", "VETO", "REVIEW"))
                .body("values.withdrawn", contains(false, false, false, false, true, true))
                .body("values[3].reason", equalTo("经查实瞒报一起事故"))
                .body("values[4].reason", equalTo("复核认定为迟报而非瞒报"))
                .body("values[5].reason", equalTo("整改已于期内完成"));
        // withdrawn already: nothing left in force; a new override is a new value again
        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "withdraw", true, "reason", "再撤一次")).then().statusCode(422);
        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "points", 52, "reason", "再次核查")).then().statusCode(200)
                .body("score.leaves[0].points", num("52"));
        act(office, a, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);
        // once reviewed, no more review changes
        value(office, a, Map.of("kind", "REVIEW", "code", "L1", "withdraw", true, "reason", "晚了")).then().statusCode(409);

        // the objections and the history are read by both sides, 404 elsewhere
        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);
        as(t1).get("/api/v1/assessments/{id}/objections", a).then().statusCode(200).body("items", hasSize(0));
        act(t1, a, Map.of("action", "OBJECT", "comment", "L1扣分过重", "indicators", List.of("L1"))).then().statusCode(200);
        as(office).get("/api/v1/assessments/{id}/objections", a).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].indicators", contains("L1")).body("items[0].reason", equalTo("L1扣分过重"))
                .body("items[0].decision", equalTo(null));
        act(office, a, Map.of("action", "DECIDE", "decision", "REJECTED", "comment", "扣分有据")).then().statusCode(200);
        as(t1).get("/api/v1/assessments/{id}/objections", a).then().statusCode(200)
                .body("items[0].decision", equalTo("REJECTED")).body("items[0].decisionNote", equalTo("扣分有据"))
                .body("items[0].decidedBy", equalTo(as(office).get("/api/v1/me").then().extract().path("name")));
        as(t1).get("/api/v1/assessments/{id}/history", a).then().statusCode(200)
                .body("items.action", contains("CREATE", "START", "SUBMIT_SELF", "REVIEW", "WITHDRAW",
                        "WITHDRAW", "COMPLETE_REVIEW", "PRELIMINARY", "OBJECT", "DECIDE"))
                .body("items[0].to", equalTo("NOT_STARTED")).body("items[0].from", equalTo(null))
                .body("items[2].data.signedBy", equalTo("王建国")).body("items[2].actor", equalTo(
                        as(t1).get("/api/v1/me").then().extract().path("name")))
                .body("items[4].reason", equalTo("复核认定为迟报而非瞒报")).body("items[4].data.kind", equalTo("VETO"))
                .body("items[4].from", equalTo("UNDER_REVIEW")).body("items[4].to", equalTo("UNDER_REVIEW"))
                .body("items[8].reason", equalTo("L1扣分过重")).body("items[9].data.decision", equalTo("REJECTED"));
        Fixture other = fixture();
        String inside = Tokens.token("e-staff", f.data().code(f.data().enterprise(e1, "CONSTRUCTION")), "enterprise");
        for (String token : List.of(other.office(), Demo.baiyunSafety(), inside)) {
            as(token).get("/api/v1/assessments/{id}/history", a).then().statusCode(404).contentType("application/problem+json");
            as(token).get("/api/v1/assessments/{id}/objections", a).then().statusCode(404);
        }
        as(office).get("/api/v1/assessments/{id}/history", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theSnapshotIsTakenAsOfTheSchemesCutoffAndALaterChangeAddsOneBesideIt() {
        Fixture f = fixture();
        UUID township = f.target().township();
        UUID e1 = f.target().enterprise();
        String office = f.office();
        // the scheme counts up to 20 June: an accident on the cutoff counts, one the day after does not
        f.data().accident(township, e1, LocalDate.of(2025, 6, 20), "GENERAL", 0, "{}");
        f.data().accident(township, e1, LocalDate.of(2025, 6, 21), "GENERAL", 0, "{}");
        String scheme = SchemeRuns.published(office, scheme(List.of(e1), f.target().department(),
                Map.of("objectionDays", 5, "periodEnd", "2025-06-20")));
        as(office).get("/api/v1/assessment-schemes/{id}", scheme).then().body("periodEnd", equalTo("2025-06-20"));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        clock.advance(Duration.ofDays(1));
        f.data().accident(township, e1, LocalDate.of(2025, 6, 10), "GENERAL", 0, "{}");
        as(office).contentType(io.restassured.http.ContentType.JSON).body(Map.of("comment", "6月10日事故迟报补录"))
                .queryParam("orgId", e1.toString()).post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(200);
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then()
                .statusCode(200)
                .body("items.findAll { it.code == 'ACC_COUNT' }.value", contains(2.0f, 1.0f, 1.0f))
                .body("items.findAll { it.code == 'ACC_COUNT' }.reason", contains("RECOMPUTE", "START_REVIEW", "OPEN"))
                .body("items.findAll { it.code == 'ACC_COUNT' }.inForce", contains(false, true, false))
                .body("items.findAll { it.code == 'ACC_COUNT' }.asOf", contains("2025-06-20", "2025-06-20", "2025-06-20"))
                .body("items.findAll { it.code == 'ACC_COUNT' }.to", contains("2025-06-21", "2025-06-21", "2025-06-21"));
        as(office).get("/api/v1/assessments/{id}/score", assessmentOf(office, scheme, e1)).then()
                .body("snapshots.find { it.code == 'ACC_COUNT' }.value", num("1"));
    }

    @Test
    void afterTheSelfAssessmentDeadlineTheTargetNoLongerScoresOrSubmitsButTheGroupStillActs() {
        Fixture f = fixture();
        UUID e1 = f.target().enterprise();
        String t1 = Tokens.token("e1-safety", f.data().code(e1), "enterprise");
        String office = f.office();
        LocalDate today = Times.today(appClock);
        String scheme = SchemeRuns.published(office, scheme(List.of(e1), f.target().department(),
                Map.of("objectionDays", 5, "selfAssessmentDue", today.plusDays(2).toString())));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a = assessmentOf(office, scheme, e1);
        act(t1, a, Map.of("action", "START")).then().statusCode(200);
        String evidence = upload(t1);
        // on the deadline itself the target still scores
        clock.advance(Duration.ofDays(2));
        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 1)),
                "attachmentIds", List.of(evidence))).then().statusCode(200);
        as(t1).get("/api/v1/assessments/{id}", a).then().body("allowedActions", contains("SUBMIT_SELF"));

        // the day after: no self score, no submission, nothing changes
        clock.advance(Duration.ofDays(1));
        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 2)),
                "attachmentIds", List.of(evidence))).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("self-assessment-closed")).body("title", equalTo("自评已截止"))
                .body("detail", containsString(today.plusDays(2).toString()));
        act(t1, a, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(409)
                .body("code", equalTo("self-assessment-closed")).body("detail", containsString(today.plusDays(2).toString()));
        as(t1).get("/api/v1/assessments/{id}", a).then().body("status", equalTo("SELF_ASSESSING"))
                .body("allowedActions", not(hasItem("SUBMIT_SELF")));
        as(t1).get("/api/v1/assessments/{id}/score", a).then().body("values", hasSize(1));

        // the group reviews the missed self-assessment and returns it with a new deadline (required now)
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        act(office, a, Map.of("action", "REVIEW")).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        act(office, a, Map.of("action", "RETURN_FOR_SUPPLEMENT", "comment", "请补充自评")).then().statusCode(400)
                .body("errors.field", contains("due"));
        LocalDate now = Times.today(appClock);
        act(office, a, Map.of("action", "RETURN_FOR_SUPPLEMENT", "comment", "请补充自评", "due", now.plusDays(3).toString()))
                .then().statusCode(200).body("status", equalTo("SELF_ASSESSING"));
        value(t1, a, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 2)),
                "attachmentIds", List.of(evidence))).then().statusCode(200);
        act(t1, a, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(200)
                .body("status", equalTo("SELF_SUBMITTED"));
    }
    @Test
    void theFiveMetricsOnceLeftOutAreComputedFromTheRecordsScopedToTheTarget() {
        MetricData data = new MetricData(em);
        cn.redline.support.Territories.Township t = cn.redline.support.Territories.township();
        UUID township = UUID.fromString(t.id());
        UUID other = UUID.fromString(cn.redline.support.Territories.township().id());
        UUID e1 = data.enterprise(township, "CONSTRUCTION");
        UUID e2 = data.enterprise(township, "CONSTRUCTION");
        UUID n1 = data.enterprise(other, "CONSTRUCTION");

        // self-checks: e1 in both quarters of H1, e2 only in Q1, the neighbour's in both (not counted)
        data.selfCheck(township, e1, MetricData.at("2025-02-01T09:00"));
        data.selfCheck(township, e1, MetricData.at("2025-06-30T23:00"));
        data.selfCheck(township, e2, MetricData.at("2025-03-01T09:00"));
        data.selfCheck(township, e2, MetricData.at("2025-07-01T00:30"));
        data.selfCheck(other, n1, MetricData.at("2025-02-01T09:00"));
        data.selfCheck(other, n1, MetricData.at("2025-05-01T09:00"));
        // drill findings due in H1: e1's done the day before its deadline, e1's done after it, e2's still open;
        // e1's due in August and the neighbour's do not count
        data.finding(e1, LocalDate.of(2025, 3, 31), "DONE", MetricData.at("2025-03-30T10:00"));
        data.finding(e1, LocalDate.of(2025, 4, 30), "VERIFIED", MetricData.at("2025-05-05T10:00"));
        data.finding(e2, LocalDate.of(2025, 6, 1), "OPEN", null);
        data.finding(e1, LocalDate.of(2025, 8, 1), "DONE", MetricData.at("2025-03-01T10:00"));
        data.finding(n1, LocalDate.of(2025, 3, 1), "DONE", MetricData.at("2025-02-01T10:00"));
        // all-staff lists: both posts of e1 public; e2's only post internal
        data.postList(e1, township, 2025, "PUBLIC", MetricData.at("2025-02-01T09:00"));
        data.postList(e1, township, 2025, "PUBLIC", MetricData.at("2025-03-01T09:00"));
        data.postList(e2, township, 2025, "INTERNAL", MetricData.at("2025-02-01T09:00"));
        data.postList(n1, other, 2025, "PUBLIC", MetricData.at("2025-02-01T09:00"));
        // the township's quarterly reports: Q1 on time, Q2 late, Q3 outside the period
        UUID rule = data.reportRule();
        data.reportObligation(rule, township, "2025-Q1", "MET", 0);
        data.reportObligation(rule, township, "2025-Q2", "MET", 1);
        data.reportObligation(rule, township, "2025-Q3", "MISSED", 0);
        // 通报批评: one issued in H1; one issued in July, one only proposed, and a 约谈 do not count
        data.action(township, other, "CIRCULAR_CRITICISM", "ISSUED", MetricData.at("2025-03-01T09:00"));
        data.action(township, other, "CIRCULAR_CRITICISM", "ISSUED", MetricData.at("2025-07-02T09:00"));
        data.action(township, other, "CIRCULAR_CRITICISM", "PROPOSED", null);
        data.action(township, other, "INTERVIEW", "ISSUED", MetricData.at("2025-03-01T09:00"));

        LocalDate h1 = LocalDate.of(2025, 1, 1);
        LocalDate h2 = LocalDate.of(2025, 7, 1);
        expect(AssessmentMetricsTest.values(Demo.nanmingSafety(), township, h1, h2), "HZ_SELFCHECK_PARTICIPATION", "0.5",
                "DR_FINDINGS_CLOSED", "0.333333", "ENT_ALLSTAFF_COVERAGE", "0.5", "RPT_TIMELINESS", "0.5", "NOTICE_CRITICISM", "1");
        expect(AssessmentMetricsTest.values(Demo.nanmingSafety(), e1, h1, h2), "HZ_SELFCHECK_PARTICIPATION", "1",
                "DR_FINDINGS_CLOSED", "0.5", "ENT_ALLSTAFF_COVERAGE", "1", "RPT_TIMELINESS", "1", "NOTICE_CRITICISM", "0");
        expect(AssessmentMetricsTest.values(Demo.nanmingSafety(), e2, h1, h2), "HZ_SELFCHECK_PARTICIPATION", "0",
                "DR_FINDINGS_CLOSED", "0", "ENT_ALLSTAFF_COVERAGE", "0");
        as(Demo.nanmingSafety()).get("/api/v1/assessment-metrics").then().statusCode(200)
                .body("items.findAll { !it.computed }.code", hasSize(0));
    }

    private static void expect(Map<String, java.math.BigDecimal> actual, String... codeValue) {
        for (int i = 0; i < codeValue.length; i += 2) {
            java.math.BigDecimal want = new java.math.BigDecimal(codeValue[i + 1]);
            org.junit.jupiter.api.Assertions.assertNotNull(actual.get(codeValue[i]), codeValue[i] + " is computed");
            org.junit.jupiter.api.Assertions.assertEquals(0, want.compareTo(actual.get(codeValue[i])),
                    codeValue[i] + ": expected " + want + ", was " + actual.get(codeValue[i]));
        }
    }
}
