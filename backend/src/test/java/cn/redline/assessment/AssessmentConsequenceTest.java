package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.redline.platform.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

    private static final List<Map<String, Object>> GRADE_RULES = List.of(
            Map.of("code", "TWICE_PASS", "trigger", "CONSECUTIVE_GRADE", "grade", "PASS", "count", 2, "days", 0,
                    "action", "INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 15),
            Map.of("code", "FAILING", "trigger", "GRADE", "grade", "FAIL", "count", 0, "days", 0,
                    "action", "RECTIFICATION_PLAN", "addressee", "UNIT", "dueOffsetDays", 0));

    private static Map<String, Object> scheme(String period, int year, List<UUID> targets, UUID department) {
        return scheme(period, year, targets, department, GRADE_RULES);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheme(String period, int year, List<UUID> targets, UUID department,
                                              List<Map<String, Object>> rules) {
        Map<String, Object> body = SchemeRuns.body(period, year, targets, department);
        body.put("series", targets.get(0).toString());
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        def.put("consequenceRules", rules);
        body.put("definition", def);
        return body;
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

        // the rule's 整改方案 is the one record of e3's rectification: the assessment points at it, A15 adds none
        String failed = assessmentOf(office, year, e3);
        String plan = register(office, e3, "RECTIFICATION_PLAN").extract().path("items[0].id");
        as(office).get("/api/v1/assessments/{id}", failed).then().body("status", equalTo("RECTIFYING"))
                .body("rectification.id", equalTo(plan)).body("planDue", equalTo(planDue));
        int thisYear = Times.today(appClock).getYear();
        as(office).queryParam("targetOrgId", e3.toString()).queryParam("year", thisYear).queryParam("open", true)
                .get("/api/v1/accountability-actions").then().statusCode(200).body("items.id", contains(plan));
        as(office).queryParam("targetOrgId", e3.toString()).queryParam("year", thisYear - 1)
                .get("/api/v1/accountability-actions").then().statusCode(200).body("items", empty());
        as(office).queryParam("year", 1999).get("/api/v1/accountability-actions").then().statusCode(400);
        // withdrawn on the register (the office finds no rectification warranted): the rectification ends there too
        as(office).contentType(io.restassured.http.ContentType.JSON).body(Map.of("action", "WITHDRAW", "comment", "已在年中完成整改"))
                .post("/api/v1/accountability-actions/{id}/transitions", plan).then().statusCode(200);
        as(office).get("/api/v1/assessments/{id}", failed).then().body("status", equalTo("CLOSED"))
                .body("rectification.status", equalTo("WITHDRAWN"));
        as(office).queryParam("targetOrgId", e3.toString()).queryParam("open", true).queryParam("type", "RECTIFICATION_PLAN")
                .get("/api/v1/accountability-actions").then().body("items", empty());
        as(office).get("/api/v1/assessments/{id}/history", failed).then()
                .body("items.find { it.action == 'RECTIFICATION_WITHDRAW' }.reason", equalTo("已在年中完成整改"));
    }

    private static final Map<String, Object> LAST_TWICE = Map.of("code", "LAST_TWICE", "trigger", "CONSECUTIVE_LAST_RANK", "count", 2,
            "days", 0, "action", "EXPLANATION", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 0,
            "citation", "连续两年排名末位的，向上级政府说明情况（乌政办〔2010〕111号 三(三)4）");

    @Inject
    AssessmentConsequences consequences;

    @Inject
    Assessments assessments;

    /** Runs the published scheme's consequence rules once more, as a second publication would. */
    private void rerun(String scheme) {
        QuarkusTransaction.requiringNew().run(() -> {
            AssessmentScheme s = em.find(AssessmentScheme.class, UUID.fromString(scheme));
            List<Assessment> all = em.createQuery("from Assessment where schemeId = :s", Assessment.class).setParameter("s", s.id)
                    .getResultList();
            consequences.run(s, all, a -> Scoring.scoreOne(s.definition, assessments.facts(a, s)));
        });
    }

    @Test
    void lastPlaceTwiceRunningAcrossAYearAndHalfYearsAsksThePrincipalForAnExplanationAndTiesAtTheBottomAreAllLast() {
        Fixture fx = fixture();
        UUID e1 = fx.target().enterprise();
        UUID e2 = fx.data().enterprise(fx.target().township(), "CONSTRUCTION");
        UUID e3 = fx.data().enterprise(fx.target().township(), "CONSTRUCTION");
        fx.data().post(e3, "ENTERPRISE_PRINCIPAL", "总经理", "韩梅");
        String office = fx.office();
        UUID dept = fx.target().department();
        List<UUID> targets = List.of(e1, e2, e3);
        List<Map<String, Object>> rules = List.of(LAST_TWICE);

        // 2024 year: e3 last alone (1, 2, 3)
        String y2024 = SchemeRuns.published(office, scheme("YEAR", 2024, targets, dept, rules));
        publish(office, fx.dept(), y2024, targets, List.of(50, 40, 30));
        for (UUID t : targets) {
            register(office, t, "EXPLANATION").body("items", empty());
        }

        // 2025 first half: e2 and e3 tie at the bottom (1, 2, 2): both are last; e3 is last twice running
        String h1 = SchemeRuns.published(office, scheme("FIRST_HALF", 2025, targets, dept, rules));
        publish(office, fx.dept(), h1, targets, List.of(50, 30, 30));
        String due = Times.today(appClock).plusDays(15).toString();
        register(office, e3, "EXPLANATION").body("items", hasSize(1)).body("items[0].triggerRule", equalTo("LAST_TWICE"))
                .body("items[0].status", equalTo("PROPOSED")).body("items[0].dueOn", equalTo(due))
                .body("items[0].targetPersons.name", contains("韩梅"))
                .body("items[0].reason", containsString("2024年度、2025上半年"))
                .body("items[0].reason", containsString("第2名，共3个"))
                .body("items[0].facts.id", contains(assessmentOf(office, h1, e3)));
        register(office, e2, "EXPLANATION").body("items", empty());
        register(office, e1, "EXPLANATION").body("items", empty());

        // re-running the publication's rules proposes nothing twice
        rerun(h1);
        register(office, e3, "EXPLANATION").body("items", hasSize(1));

        // 2025 second half: e2 last alone after its tie at the bottom: twice running; e3 (second now) gets nothing new
        String h2 = SchemeRuns.published(office, scheme("SECOND_HALF", 2025, targets, dept, rules));
        publish(office, fx.dept(), h2, targets, List.of(50, 30, 40));
        register(office, e2, "EXPLANATION").body("items", hasSize(1)).body("items[0].reason", containsString("2025上半年、2025下半年"));
        register(office, e3, "EXPLANATION").body("items", hasSize(1));

        // 2026 first half: all three tie: nobody ranks below anybody, so nobody is last
        String h3 = SchemeRuns.published(office, scheme("FIRST_HALF", 2026, targets, dept, rules));
        publish(office, fx.dept(), h3, targets, List.of(40, 40, 40));
        register(office, e2, "EXPLANATION").body("items", hasSize(1));
        register(office, e1, "EXPLANATION").body("items", empty());
    }

    @Test
    void aVetoHoldsThePrincipalAndSafetyDeputyAccountableAndBarsThemFromAwardsAndPromotionForAYearFromThePublication() {
        Fixture fx = fixture();
        UUID e1 = fx.target().enterprise();
        UUID e2 = fx.data().enterprise(fx.target().township(), "CONSTRUCTION");
        fx.data().post(e1, "ENTERPRISE_PRINCIPAL", "董事长", "李雷");
        fx.data().post(e1, "LEADER_SAFETY_DEPUTY", "分管安全副总经理", "王芳");
        fx.data().accident(fx.target().township(), e1, java.time.LocalDate.of(2025, 3, 1), "MAJOR", 10, "{}");
        String office = fx.office();
        List<UUID> targets = List.of(e1, e2);
        List<Map<String, Object>> rules = List.of(Map.of("code", "VETO_BAR", "trigger", "VETO", "count", 0, "days", 0,
                "action", "ADMONITION", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 0));

        String year = SchemeRuns.published(office, scheme("YEAR", 2025, targets, fx.target().department(), rules));
        publish(office, fx.dept(), year, targets, List.of(50, 50));
        java.time.LocalDate from = Times.today(appClock);
        String to = from.plusYears(1).minusDays(1).toString();
        String action = register(office, e1, "ADMONITION").body("items", hasSize(1)).body("items[0].triggerRule", equalTo("VETO_BAR"))
                .body("items[0].targetPersons.name", contains("李雷", "王芳"))
                .body("items[0].reason", containsString("发生重大及以上事故"))
                .body("items[0].facts.id", contains(assessmentOf(office, year, e1)))
                .body("items[0].personFlags", hasSize(4))
                .extract().path("items[0].id");
        register(office, e2, "ADMONITION").body("items", empty());

        io.restassured.path.json.JsonPath flags = as(office).queryParam("orgId", e1.toString()).get("/api/v1/person-flags").then()
                .statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(4, flags.getList("items").size());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("李雷:AWARD_BAR", "李雷:PROMOTION_BAR", "王芳:AWARD_BAR",
                        "王芳:PROMOTION_BAR"),
                new java.util.HashSet<>(flags.getList("items.collect { it.personName + ':' + it.kind }")));
        flags.getList("items", Map.class).forEach(f -> {
            org.junit.jupiter.api.Assertions.assertEquals(from.toString(), f.get("from"));
            org.junit.jupiter.api.Assertions.assertEquals(to, f.get("to"));
            org.junit.jupiter.api.Assertions.assertEquals(true, f.get("active"));
            org.junit.jupiter.api.Assertions.assertEquals(action, f.get("sourceActionId"));
            org.junit.jupiter.api.Assertions.assertEquals("VETO_BAR", f.get("triggerRule"));
        });
        // the bar holds through its last day and not after; another township's office sees none of them
        as(office).queryParam("orgId", e1.toString()).queryParam("activeOn", to).get("/api/v1/person-flags").then().statusCode(200)
                .body("items", hasSize(4));
        as(office).queryParam("orgId", e1.toString()).queryParam("activeOn", from.plusYears(1).toString()).get("/api/v1/person-flags")
                .then().statusCode(200).body("items", empty());
        as(office).queryParam("kind", "PROMOTION_BAR").queryParam("orgId", e1.toString()).get("/api/v1/person-flags").then()
                .statusCode(200).body("items", hasSize(2));
        cn.redline.support.Territories.Township other = cn.redline.support.Territories.township();
        as(cn.redline.support.Tokens.token("o-safety", other.code(), "safety_office")).queryParam("orgId", e1.toString())
                .get("/api/v1/person-flags").then().statusCode(200).body("items", empty());
        as(office).queryParam("activeOn", "not-a-date").get("/api/v1/person-flags").then().statusCode(400);

        // once per rule and assessment: publishing again adds no action and no flag
        rerun(year);
        register(office, e1, "ADMONITION").body("items", hasSize(1)).body("items[0].personFlags", hasSize(4));

        // withdrawn, the action no longer bars anybody
        as(office).contentType(io.restassured.http.ContentType.JSON).body(Map.of("action", "WITHDRAW", "comment", "复核认定不予问责"))
                .post("/api/v1/accountability-actions/{id}/transitions", action).then().statusCode(200);
        as(office).queryParam("orgId", e1.toString()).queryParam("activeOn", from.toString()).get("/api/v1/person-flags").then()
                .statusCode(200).body("items", empty());
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/person-flags").then().statusCode(200)
                .body("items.active", contains(false, false, false, false));
    }

    @Test
    void supervisedMajorHazardsOverdueBeyondTheRulesDaysAtPublicationBringAWarningInterviewWithTheHazardsAsFacts() {
        Fixture fx = fixture();
        UUID township = fx.target().township();
        UUID e1 = fx.target().enterprise();
        UUID e2 = fx.data().enterprise(township, "CONSTRUCTION");
        UUID e3 = fx.data().enterprise(township, "CONSTRUCTION");
        String office = fx.office();
        List<UUID> targets = List.of(e1, e2, e3);
        java.time.LocalDate today = Times.today(appClock);
        // e1: listed for supervision and 60 days late; e2: listed but only 10 days late; e3: 60 days late, not listed
        String late = fx.data().major(township, e1, today.minusDays(60), true);
        fx.data().major(township, e2, today.minusDays(10), true);
        fx.data().major(township, e3, today.minusDays(60), false);
        List<Map<String, Object>> rules = List.of(Map.of("code", "HZ_SUP", "trigger", "HAZARD_SUPERVISION_OVERDUE", "count", 0,
                "days", 30, "action", "WARNING_INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 10));

        String year = SchemeRuns.published(office, scheme("YEAR", 2025, targets, fx.target().department(), rules));
        publish(office, fx.dept(), year, targets, List.of(50, 50, 50));
        register(office, e1, "WARNING_INTERVIEW").body("items", hasSize(1)).body("items[0].triggerRule", equalTo("HZ_SUP"))
                .body("items[0].dueOn", equalTo(Times.today(appClock).plusDays(10).toString()))
                .body("items[0].facts.kind", contains("ASSESSMENT", "HAZARD"))
                .body("items[0].facts[1].id", equalTo(late))
                .body("items[0].reason", containsString("1项挂牌督办的重大事故隐患逾期超过30天"));
        register(office, e2, "WARNING_INTERVIEW").body("items", empty());
        register(office, e3, "WARNING_INTERVIEW").body("items", empty());
        rerun(year);
        register(office, e1, "WARNING_INTERVIEW").body("items", hasSize(1));
    }
}
