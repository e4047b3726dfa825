package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.num;
import static cn.redline.assessment.AssessmentRuns.value;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.platform.Times;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live projection (§4.7.2) runs the scheme's algorithm on the metrics as they stand now: with nothing moved it equals
 * the official score; an accident entered late moves it while the frozen snapshots (and the official score) stay; mid-period
 * it says what can still move and warns before a veto, from exactly 80 % of the veto threshold.
 */
@QuarkusTest
class AssessmentProjectionTest extends AssessmentTestBase {

    private static ValidatableResponse projection(String token, String id) {
        return as(token).get("/api/v1/assessments/{id}/projection", id).then();
    }

    @Test
    void withNothingMovedTheProjectionIsTheFinalScoreAndALateAccidentMovesOnlyTheProjection() {
        Fixture fx = fixture();
        UUID township = fx.target().township();
        UUID e1 = fx.target().enterprise();
        String office = fx.office();
        fx.data().accident(township, e1, LocalDate.of(2025, 3, 1), "GENERAL", 0, "{}");
        String scheme = SchemeRuns.published(office, SchemeRuns.body("FIRST_HALF", 2025, List.of(e1), fx.target().department()));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        String id = assessmentOf(office, scheme, e1);
        act(office, id, Map.of("action", "REVIEW")).then().statusCode(200);
        value(office, id, Map.of("kind", "REVIEW", "code", "L1", "points", new BigDecimal(50), "reason", "按检查记录认定")).then().statusCode(200);
        value(fx.dept(), id, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 20)).then().statusCode(200);
        act(office, id, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);

        // 50 + (20 − 5 × 1 accident) + 20 = 85 良好, on the live metrics as on the frozen snapshots
        as(office).get("/api/v1/assessments/{id}/score", id).then().statusCode(200).body("score.total", num("85"))
                .body("score.grade", equalTo("GOOD"));
        projection(office, id).statusCode(200).body("total", num("85")).body("grade", equalTo("GOOD")).body("gradeLabel", equalTo("良好"))
                .body("snapshotTotal", num("85")).body("snapshotGrade", equalTo("GOOD")).body("frozen", equalTo(true))
                .body("daysLeft", equalTo(0)).body("periodTo", equalTo("2025-06-30")).body("vetoed", equalTo(false))
                .body("nextGrade", equalTo("EXCELLENT")).body("pointsToNextGrade", num("5"))
                .body("items.find { it.code == 'L2' }.live", equalTo(true))
                .body("items.find { it.code == 'L2' }.metric", equalTo("ACC_COUNT"))
                .body("items.find { it.code == 'L2' }.metricValue", num("1"))
                .body("items.find { it.code == 'L2' }.snapshotValue", num("1"))
                .body("items.find { it.code == 'L2' }.canMove", equalTo(false))
                .body("items.find { it.code == 'L1' }.live", equalTo(false))
                .body("items.find { it.code == 'L1' }.metric", nullValue());

        // an accident of May entered late: the projection moves to 80, the official score and its snapshot stay
        fx.data().accident(township, e1, LocalDate.of(2025, 5, 5), "GENERAL", 0, "{}");
        projection(office, id).statusCode(200).body("total", num("80")).body("grade", equalTo("GOOD")).body("snapshotTotal", num("85"))
                .body("items.find { it.code == 'L2' }.metricValue", num("2"))
                .body("items.find { it.code == 'L2' }.snapshotValue", num("1"))
                .body("items.find { it.code == 'L2' }.points", num("10"));
        as(office).get("/api/v1/assessments/{id}/score", id).then().statusCode(200).body("score.total", num("85"))
                .body("snapshots.find { it.code == 'ACC_COUNT' }.value", num("1"));
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme)
                .then().statusCode(200).body("items.findAll { it.code == 'ACC_COUNT' }.size()", equalTo(2))
                .body("items.findAll { it.code == 'ACC_COUNT' }.every { it.value == 1 }", equalTo(true));

        // outside the scope the assessment is missing, like one that does not exist
        Territories.Township other = Territories.township();
        projection(Tokens.token("o-safety", other.code(), "safety_office"), id).statusCode(404);
        projection(office, UUID.randomUUID().toString()).statusCode(404);
    }

    @SuppressWarnings("unchecked")
    @Test
    void midPeriodTheProjectionSaysWhatCanStillMoveAndWarnsFromExactlyEightyPercentOfAVetoThreshold() {
        Fixture fx = fixture();
        UUID township = fx.target().township();
        UUID e1 = fx.target().enterprise();
        String office = fx.office();
        LocalDate today = Times.today(appClock);
        int year = today.getYear();
        String period = today.getMonthValue() <= 6 ? "FIRST_HALF" : "SECOND_HALF";
        LocalDate end = today.getMonthValue() <= 6 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        LocalDate start = today.getMonthValue() <= 6 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
        for (int i = 0; i < 3; i++) {
            fx.data().accident(township, e1, start, "GENERAL", 0, "{}");
        }
        Map<String, Object> body = SchemeRuns.body(period, year, List.of(e1), fx.target().department());
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        List<Object> vetoes = new ArrayList<>((List<Object>) def.get("vetoRules"));
        vetoes.add(Map.of("code", "FIVE", "name", "事故起数达到5起", "manual", false, "metric", "ACC_COUNT", "comparison", "GE",
                "threshold", 5, "effect", "GRADE_LOWEST"));
        def.put("vetoRules", vetoes);
        body.put("definition", def);
        String scheme = SchemeRuns.published(office, body);
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String id = assessmentOf(office, scheme, e1);

        // L1 full (60, nothing deducted yet), L2 20 − 5 × 3 = 5, L3 not scored yet: 65 合格, every item can move
        projection(office, id).statusCode(200).body("total", num("65")).body("grade", equalTo("PASS")).body("frozen", equalTo(false))
                .body("daysLeft", equalTo((int) ChronoUnit.DAYS.between(today, end)))
                .body("nextGrade", equalTo("GOOD")).body("pointsToNextGrade", num("15"))
                .body("items.find { it.code == 'L1' }.canMove", equalTo(true))
                .body("items.find { it.code == 'L1' }.pointsToLose", num("60"))
                .body("items.find { it.code == 'L3' }.pointsToGain", num("20"))
                .body("items.find { it.code == 'L2' }.live", equalTo(true))
                .body("items.find { it.code == 'L2' }.pointsToGain", num("15"))
                .body("vetoes.find { it.code == 'FIVE' }.percent", num("60"))
                .body("vetoes.find { it.code == 'FIVE' }.near", equalTo(false));
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/veto-warnings").then().statusCode(200)
                .body("items.findAll { it.kind == 'VETO_RULE' }.size()", equalTo(0));

        // a fourth accident: 80 % of the veto threshold exactly — warned, not vetoed; the snapshot taken at opening stays
        fx.data().accident(township, e1, today, "GENERAL", 0, "{}");
        projection(office, id).statusCode(200).body("total", num("60")).body("snapshotTotal", num("65")).body("vetoed", equalTo(false))
                .body("vetoes.find { it.code == 'FIVE' }.percent", num("80"))
                .body("vetoes.find { it.code == 'FIVE' }.near", equalTo(true))
                .body("vetoes.find { it.code == 'FIVE' }.holds", equalTo(false))
                .body("warnings.kind", hasItem("VETO_RULE"));
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/veto-warnings").then().statusCode(200)
                .body("orgId", equalTo(e1.toString()))
                .body("items.find { it.kind == 'VETO_RULE' }.level", equalTo("WARNING"))
                .body("items.find { it.kind == 'VETO_RULE' }.vetoRule", equalTo("FIVE"))
                .body("items.find { it.kind == 'VETO_RULE' }.assessmentId", equalTo(id))
                .body("items.find { it.kind == 'VETO_RULE' }.percent", num("80"))
                .body("items.find { it.kind == 'VETO_RULE' }.message", equalTo(
                        year + "年度企业安全生产考核细则：否决项“事故起数达到5起”——事故起数当前为4，已达否决线5的80%"));

        // a fifth: the veto holds on the live values (lowest grade), the warning says so
        fx.data().accident(township, e1, today, "GENERAL", 0, "{}");
        projection(office, id).statusCode(200).body("vetoed", equalTo(true)).body("grade", equalTo("FAIL"))
                .body("nextGrade", nullValue()).body("vetoes.find { it.code == 'FIVE' }.holds", equalTo(true));
        as(office).queryParam("orgId", e1.toString()).get("/api/v1/veto-warnings").then().statusCode(200)
                .body("items[0].kind", equalTo("VETO_RULE")).body("items[0].level", equalTo("EXCEEDED"));
        as(Tokens.token("o-safety", Territories.township().code(), "safety_office")).queryParam("orgId", e1.toString())
                .get("/api/v1/veto-warnings").then().statusCode(404);
    }
}
