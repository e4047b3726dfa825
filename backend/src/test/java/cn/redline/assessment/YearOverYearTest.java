package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Xlsx;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The year-over-year view (§4.5 item 6) over a series of a year and a half-year: per target its grade, total and rank in
 * each period, the same grade running and last place running, flagged where the scheme's consequence rules are reached
 * (two consecutive 合格 as the scheme's "一般", last place twice); as JSON and as Excel in words, scoped to the caller.
 */
@QuarkusTest
class YearOverYearTest extends AssessmentTestBase {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheme(String period, int year, List<UUID> targets, UUID department, String series) {
        Map<String, Object> body = SchemeRuns.body(period, year, targets, department);
        body.put("series", series);
        body.put("title", year + ("YEAR".equals(period) ? "年度" : "年上半年") + "企业安全生产考核");
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        def.put("consequenceRules", List.of(
                Map.of("code", "TWICE_PASS", "trigger", "CONSECUTIVE_GRADE", "grade", "PASS", "count", 2, "days", 0,
                        "action", "INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 15),
                Map.of("code", "LAST_TWICE", "trigger", "CONSECUTIVE_LAST_RANK", "count", 2, "days", 0,
                        "action", "EXPLANATION", "addressee", "UNIT", "dueOffsetDays", 15)));
        body.put("definition", def);
        return body;
    }

    @Test
    void gradesPerPeriodWithTheRunsTheRulesWatchInWordsForThoseWhoMaySeeThem() throws Exception {
        Fixture fx = fixture();
        MetricData data = fx.data();
        UUID a = fx.target().enterprise();
        UUID b = data.enterprise(fx.target().township(), "CONSTRUCTION");
        UUID c = data.enterprise(fx.target().township(), "CONSTRUCTION");
        List<UUID> targets = List.of(a, b, c);
        String series = "S" + UUID.randomUUID().toString().substring(0, 8);
        String office = fx.office();
        String y2024 = SchemeRuns.published(office, scheme("YEAR", 2024, targets, fx.target().department(), series));
        // a 合格 (70), b 优秀 (100), c 不合格 (55) and last
        publish(office, fx.dept(), y2024, targets, List.of(30, 60, 15));
        String h2025 = SchemeRuns.published(office, scheme("FIRST_HALF", 2025, targets, fx.target().department(), series));
        // a 合格 again (65), b 优秀, c last again (50)
        publish(office, fx.dept(), h2025, targets, List.of(25, 60, 10));

        as(office).get("/api/v1/assessment-schemes/{id}/year-over-year", h2025).then().statusCode(200)
                .body("periods.label", contains("2024年全年", "2025年上半年"))
                .body("targets.find { it.orgId == '" + a + "' }.cells.grade", contains("PASS", "PASS"))
                .body("targets.find { it.orgId == '" + a + "' }.cells.gradeLabel", contains("合格", "合格"))
                .body("targets.find { it.orgId == '" + a + "' }.gradeRun", equalTo(2))
                .body("targets.find { it.orgId == '" + a + "' }.gradeRunFlag", equalTo(true))
                .body("targets.find { it.orgId == '" + a + "' }.lastRunFlag", equalTo(false))
                .body("targets.find { it.orgId == '" + b + "' }.gradeRunFlag", equalTo(false))
                .body("targets.find { it.orgId == '" + c + "' }.cells.last", contains(true, true))
                .body("targets.find { it.orgId == '" + c + "' }.cells.rank", contains(3, 3))
                .body("targets.find { it.orgId == '" + c + "' }.lastRun", equalTo(2))
                .body("targets.find { it.orgId == '" + c + "' }.lastRunFlag", equalTo(true))
                .body("targets.find { it.orgId == '" + c + "' }.gradeRunFlag", equalTo(false));
        // the year alone: one period, no run of two
        as(office).get("/api/v1/assessment-schemes/{id}/year-over-year", y2024).then().statusCode(200)
                .body("periods.label", contains("2024年全年"))
                .body("targets.find { it.orgId == '" + c + "' }.lastRunFlag", equalTo(false));

        byte[] xlsx = given().auth().oauth2(office).accept(Xlsx.MEDIA_TYPE).get("/api/v1/assessment-schemes/{id}/year-over-year.xlsx", h2025)
                .then().statusCode(200).extract().asByteArray();
        List<Row> rows = Workbooks.rows(xlsx);
        assertEquals(List.of("考核对象", "考核组别", "2024年全年等次", "2024年全年总分", "2024年全年名次", "2025年上半年等次", "2025年上半年总分",
                "2025年上半年名次", "当前等次连续次数", "连续末位次数", "提示"), rows.get(0).stream().map(x -> x.getText()).toList());
        String text = Workbooks.text(xlsx);
        assertTrue(text.contains("连续2次评定为合格") && text.contains("连续2次排名末位") && text.contains("第3名/共3个（末位）"), text);
        assertFalse(text.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*") || text.contains("PASS") || text.contains("EXCELLENT"), text);

        // a target sees its own row; a neighbour nothing
        String ta = Tokens.token("a-safety", data.code(a), "enterprise");
        as(ta).get("/api/v1/assessment-schemes/{id}/year-over-year", h2025).then().statusCode(200)
                .body("targets.orgId", contains(a.toString()));
        String neighbour = Tokens.token("n-safety", Territories.township().code(), "safety_office");
        as(neighbour).get("/api/v1/assessment-schemes/{id}/year-over-year", h2025).then().statusCode(404);
    }
}
