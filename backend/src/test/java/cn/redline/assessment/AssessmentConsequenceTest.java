package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.value;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consequence rules across periods, run when results are published: two consecutive 合格 (the scheme's "一般") in one
 * series, a year followed by a half-year, summon the principal leader (A7) — once, and only for a run unbroken by
 * another grade; a failing grade asks for a rectification plan within a month of the 通报 (A15).
 */
@QuarkusTest
class AssessmentConsequenceTest extends AssessmentTestBase {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheme(String period, int year, List<UUID> targets, UUID department) {
        Map<String, Object> body = SchemeRuns.body(period, year, targets, department);
        body.put("series", targets.get(0).toString());
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        def.put("consequenceRules", List.of(
                Map.of("code", "TWICE_PASS", "trigger", "CONSECUTIVE_GRADE", "grade", "PASS", "count", 2, "days", 0,
                        "action", "INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 15),
                Map.of("code", "FAILING", "trigger", "GRADE", "grade", "FAIL", "count", 0, "days", 0,
                        "action", "RECTIFICATION_PLAN", "addressee", "UNIT", "dueOffsetDays", 0)));
        body.put("definition", def);
        return body;
    }

    /** Runs a scheme to its published results: every target missed its self-assessment, L1 set by review, L3 20, L2 20. */
    private void publish(String office, String dept, String scheme, List<UUID> targets, List<Integer> l1) {
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        for (int i = 0; i < targets.size(); i++) {
            String id = assessmentOf(office, scheme, targets.get(i));
            act(office, id, Map.of("action", "REVIEW")).then().statusCode(200);
            value(office, id, Map.of("kind", "REVIEW", "code", "L1", "points", new BigDecimal(l1.get(i)), "reason", "按检查记录认定"))
                    .then().statusCode(200);
            value(dept, id, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 20)).then().statusCode(200);
            act(office, id, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);
        }
        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);
        clock.advance(Duration.ofDays(6));
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS", "docNumber", "安委〔" + scheme.substring(0, 4) + "〕1号"))
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse register(String office, UUID target, String type) {
        return as(office).queryParam("targetOrgId", target.toString()).queryParam("type", type)
                .get("/api/v1/accountability-actions").then().statusCode(200);
    }

    @Test
    void twoConsecutivePassesAcrossAYearAndAHalfYearSummonTheLeaderAndFailingAsksForAPlanWithinAMonth() {
        Fixture fx = fixture();
        UUID e1 = fx.target().enterprise();
        UUID e2 = fx.data().enterprise(fx.target().township(), "CONSTRUCTION");
        UUID e3 = fx.data().enterprise(fx.target().township(), "CONSTRUCTION");
        MetricSnapshotTest.Target f = fx.target();
        String office = fx.office();
        String dept = fx.dept();
        List<UUID> targets = List.of(e1, e2, e3);

        // 2024 year: e1 合格 (70), e2 良好 (85), e3 不合格 (50)
        String year = SchemeRuns.published(office, scheme("YEAR", 2024, targets, f.department()));
        publish(office, dept, year, targets, List.of(30, 45, 10));
        String planDue = Times.today(appClock).plusMonths(1).toString();
        register(office, e3, "RECTIFICATION_PLAN").body("items", hasSize(1)).body("items[0].triggerRule", equalTo("FAILING"))
                .body("items[0].status", equalTo("PROPOSED")).body("items[0].dueOn", equalTo(planDue))
                .body("items[0].facts[0].kind", equalTo("ASSESSMENT"))
                .body("items[0].facts[0].id", equalTo(assessmentOf(office, year, e3)));
        register(office, e1, "INTERVIEW").body("items", empty());
        register(office, e1, "RECTIFICATION_PLAN").body("items", empty());

        // 2025 first half: e1 合格 again (two running, year then half-year), e2 合格 after 良好 (no run), e3 合格
        String half = SchemeRuns.published(office, scheme("FIRST_HALF", 2025, targets, f.department()));
        publish(office, dept, half, targets, List.of(30, 30, 30));
        String interviewDue = Times.today(appClock).plusDays(15).toString();
        register(office, e1, "INTERVIEW").body("items", hasSize(1)).body("items[0].triggerRule", equalTo("TWICE_PASS"))
                .body("items[0].dueOn", equalTo(interviewDue)).body("items[0].reason", containsString("2024年度、2025上半年"))
                .body("items[0].facts.id", contains(assessmentOf(office, half, e1)));
        register(office, e2, "INTERVIEW").body("items", empty());
        register(office, e3, "INTERVIEW").body("items", empty());
        // the failing rule proposed e3's plan once, for the year it failed
        register(office, e3, "RECTIFICATION_PLAN").body("items", hasSize(1));
    }
}
