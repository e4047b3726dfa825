package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.num;
import static cn.redline.assessment.AssessmentRuns.upload;
import static cn.redline.assessment.AssessmentRuns.value;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The §4.4 algorithm as the published results show it, over HTTP on stored values and frozen snapshots: bonuses capped,
 * a manual deduction floored at zero, the total rounded half-up once at the end and graded on its inclusive lower bound,
 * a confirmed falsification lowering the grade, a metric veto setting the score to zero, a manual veto setting the
 * lowest grade, ranks per group with ties shared and vetoed targets last, and failing targets rectifying.
 */
@QuarkusTest
class AssessmentResultsTest extends AssessmentTestBase {

    @Inject
    SessionFactory sessions;

    @Inject
    Scheduler scheduler;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheme(List<UUID> targets, UUID department) {
        Map<String, Object> body = SchemeRuns.body("FIRST_HALF", 2025, targets, department);
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        def.put("vetoRules", List.of(
                Map.of("code", "MAJOR", "name", "发生重大及以上事故", "manual", false, "metric", "ACC_MAX_LEVEL",
                        "comparison", "GE", "threshold", 3, "effect", "SCORE_ZERO"),
                Map.of("code", "CONCEAL", "name", "瞒报事故", "manual", true, "effect", "GRADE_LOWEST")));
        def.put("adjustmentRules", List.of(
                Map.of("code", "PRAISE", "kind", "BONUS", "name", "市级表扬", "points", 2, "steps", 0),
                Map.of("code", "FALSE", "kind", "FALSIFICATION_DOWNGRADE", "name", "弄虚作假", "steps", 1)));
        body.put("definition", def);
        return body;
    }

    @Test
    void publishedResultsFollowEveryStepOfTheAlgorithmAndRankPerGroup() {
        Fixture fx = fixture();
        MetricData data = fx.data();
        MetricSnapshotTest.Target f = fx.target();
        String office = fx.office();
        String dept = fx.dept();
        List<UUID> targets = new ArrayList<>(List.of(f.enterprise()));
        for (int i = 0; i < 4; i++) {
            targets.add(data.enterprise(f.township(), "CONSTRUCTION"));
        }
        UUID e5 = targets.get(4);
        data.accident(f.township(), e5, LocalDate.of(2025, 4, 4), "MAJOR", 10, "{}");
        String scheme = SchemeRuns.published(office, scheme(targets, f.department()));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        List<String> a = targets.stream().map(t -> assessmentOf(office, scheme, t)).toList();

        // e5 assesses itself: 31 findings × 2 points on a 60-point leaf is floored at 0 (扣完为止)
        String t5 = Tokens.token("e5-safety", data.code(e5), "enterprise");
        act(t5, a.get(4), Map.of("action", "START")).then().statusCode(200);
        value(t5, a.get(4), Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 31)),
                "attachmentIds", List.of(upload(t5)))).then().statusCode(200).body("score.leaves[0].points", num("0"))
                .body("score.leaves[0].computed", num("0"));
        act(t5, a.get(4), Map.of("action", "SUBMIT_SELF", "signedBy", "赵五")).then().statusCode(200);

        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        // L1 by the group (e1–e4 missed their self-assessment), L3 by the department, L2 from the frozen snapshot
        String[] l1 = {"60", "50", "54.995", "60", null};
        String[] l3 = {"20", "20", "15", "20", "20"};
        for (int i = 0; i < 5; i++) {
            act(office, a.get(i), Map.of("action", "REVIEW")).then().statusCode(200);
            if (l1[i] != null) {
                value(office, a.get(i), Map.of("kind", "REVIEW", "code", "L1", "points", new java.math.BigDecimal(l1[i]), "reason", "按检查记录认定"))
                        .then().statusCode(200);
            }
            value(dept, a.get(i), Map.of("kind", "DEPARTMENT", "code", "L3", "points", new java.math.BigDecimal(l3[i]))).then().statusCode(200);
        }
        // adjustments and vetoes are the group's, during the review, each a rule of the scheme
        value(office, a.get(0), Map.of("kind", "ADJUSTMENT", "code", "NOPE", "occurrences", 1)).then().statusCode(422);
        value(dept, a.get(0), Map.of("kind", "ADJUSTMENT", "code", "PRAISE", "occurrences", 4)).then().statusCode(403);
        value(office, a.get(0), Map.of("kind", "ADJUSTMENT", "code", "PRAISE", "occurrences", 4, "reason", "市级表扬4次"))
                .then().statusCode(200).body("score.bonusRaw", num("8")).body("score.bonus", num("5"))
                .body("score.total", num("105")).body("score.grade", equalTo("EXCELLENT"));
        value(office, a.get(0), Map.of("kind", "ADJUSTMENT", "code", "FALSE", "occurrences", 1, "reason", "台账补记"))
                .then().statusCode(200).body("score.bandGrade", equalTo("EXCELLENT")).body("score.grade", equalTo("GOOD"))
                .body("score.trace.find { it.step == 'DOWNGRADE' }.ref", equalTo("FALSE"));
        value(office, a.get(3), Map.of("kind", "VETO", "code", "MAJOR")).then().statusCode(422);
        value(office, a.get(3), Map.of("kind", "VETO", "code", "CONCEAL", "reason", "调查认定瞒报")).then().statusCode(200)
                .body("score.total", num("100")).body("score.grade", equalTo("FAIL")).body("score.awardBar", equalTo(true));
        for (String id : a) {
            act(office, id, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200).body("status", equalTo("REVIEWED"));
        }
        // e3: 54.995 + 20 + 15 = 89.995, rounded half-up at the end to 90.00, which reaches 优秀's inclusive 90
        as(office).get("/api/v1/assessments/{id}/score", a.get(2)).then().statusCode(200)
                .body("score.totalRaw", num("89.995")).body("score.total", num("90.00")).body("score.grade", equalTo("EXCELLENT"));
        // e5: the MAJOR accident in the frozen snapshot zeroes the score
        as(office).get("/api/v1/assessments/{id}/score", a.get(4)).then().statusCode(200)
                .body("score.total", num("0")).body("score.grade", equalTo("FAIL"))
                .body("score.vetoes.rule", contains("MAJOR")).body("score.vetoes[0].snapshotId", equalTo(
                        as(office).queryParam("orgId", e5.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme)
                                .then().extract().jsonPath().getString("items.find { it.code == 'ACC_MAX_LEVEL' && it.inForce }.id")))
                .body("score.trace.note", hasItem("floored at 0 (扣完为止)"));

        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);
        // 105 first; 90 and 90.00 share 2nd; the vetoed after the others whatever their total: 100 (4th), 0 (5th)
        String[][] expected = {{"105", "GOOD", "1"}, {"90", "EXCELLENT", "2"}, {"90", "EXCELLENT", "2"}, {"100", "FAIL", "4"},
                {"0", "FAIL", "5"}};
        for (int i = 0; i < 5; i++) {
            as(office).get("/api/v1/assessments/{id}", a.get(i)).then().statusCode(200).body("status", equalTo("PRELIMINARY_PUBLISHED"))
                    .body("total", num(expected[i][0])).body("grade", equalTo(expected[i][1]))
                    .body("rank", equalTo(Integer.parseInt(expected[i][2])))
                    .body("awardBar", equalTo(i >= 3));
        }
        as(office).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(200)
                .body("items.rank", contains(1, 2, 2, 4, 5));
        boardCostsNoMoreStatementsForMoreTargets(office, scheme);

        clock.advance(Duration.ofDays(6));
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS", "docNumber", "安委〔2025〕12号")).then().statusCode(200);
        String due = Times.today(appClock).plusMonths(1).toString();
        String[] status = {"FINAL", "FINAL", "FINAL", "RECTIFYING", "RECTIFYING"};
        for (int i = 0; i < 5; i++) {
            as(office).get("/api/v1/assessments/{id}", a.get(i)).then().body("status", equalTo(status[i]))
                    .body("planDue", i >= 3 ? equalTo(due) : nullValue());
        }
    }

    /**
     * The scores board explains every target of a page from the same few statements (values and snapshots in force read
     * for the whole page), so a page of five costs what a page of two does, and its totals are the stored ones.
     */
    private void boardCostsNoMoreStatementsForMoreTargets(String office, String scheme) {
        // A page carries at most 50 explained scores (each tens of kilobytes): 200 at once ran the heap out under load
        as(office).queryParam("schemeId", scheme).queryParam("limit", AssessmentView.SCORE_PAGE_MAX + 1).get("/api/v1/assessments/scores")
                .then().statusCode(400).contentType("application/problem+json");
        as(office).queryParam("schemeId", scheme).queryParam("limit", 5).get("/api/v1/assessments/scores").then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("items.findAll { it.assessment.total != it.score.total }.size()", equalTo(0));
        scheduler.pause();
        try {
            List<String> windows = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                long two = boardStatements(office, scheme, 2);
                long five = boardStatements(office, scheme, 5);
                if (two == five) {
                    return;
                }
                windows.add("page of 2: " + two + ", page of 5: " + five);
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), windows, "statements of a scores page of 2 and of 5 targets");
        } finally {
            scheduler.resume();
        }
    }

    private long boardStatements(String office, String scheme, int limit) {
        Statistics stats = sessions.getStatistics();
        long before = stats.getPrepareStatementCount();
        as(office).queryParam("schemeId", scheme).queryParam("limit", limit).get("/api/v1/assessments/scores").then().statusCode(200)
                .body("items.size()", equalTo(limit));
        return stats.getPrepareStatementCount() - before;
    }
}
