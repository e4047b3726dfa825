package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The yearly plan-supervision summary (D22) counted over a seeded township: two enterprises (one an emergency key unit),
 * their plans, drills and the spot checks of the key unit, for the township's subtree and for the key unit's own scope;
 * outside the caller's scope the township is missing; the workbook speaks in words.
 */
@QuarkusTest
class DrillSupervisionSummaryTest {

    static final String SUMMARY = "/api/v1/drill-coverage/supervision-summary";

    @Inject
    Clock clock;

    private static String plan(String orgId, String kind, String filingNo) {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", orgId, "kind", kind, "title", kind + "预案", "planVersion", "2026版",
                "scenarioTypes", List.of("火灾")));
        if (filingNo != null) {
            body.put("filingNo", filingNo);
        }
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/emergency-plans").then().statusCode(201)
                .extract().path("id");
    }

    private static String check(String target, String period, boolean unannounced, String result) {
        Map<String, Object> body = new HashMap<>(Map.of("targetOrgId", target, "period", period, "unannounced", unannounced));
        if (result != null) {
            body.put("result", result);
            body.put("findings", "未开展现场处置方案演练");
        } else {
            body.put("plannedOn", DrillRuns.today().plusDays(3).toString());
        }
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/drill-spot-checks").then()
                .statusCode(201).extract().path("id");
    }

    private static void act(String id, Map<String, Object> body) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/drill-spot-checks/{id}/transitions", id)
                .then().statusCode(200);
    }

    @Test
    void theYearsPlansDrillsSpotChecksOrdersAndKeyUnitReportsAreCountedInTheCallersScope() throws Exception {
        LocalDate today = Times.today(clock);
        int year = today.getYear();
        String half = year + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String otherHalf = year + "-H" + (today.getMonthValue() <= 6 ? 2 : 1);
        String town = DrillFixtures.township();
        String code = Codes.creditCode();
        String key = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "监管汇总企业" + code,
                        "kind", "ENTERPRISE", "parentId", town, "industry", "CONSTRUCTION", "emergencyKeyCategory", "CONSTRUCTION"))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String keyToken = Tokens.token("staff-" + code, code, "enterprise");
        String plain = DrillFixtures.enterprise(town, "CONSTRUCTION", false, null);

        plan(key, "COMPREHENSIVE", "520102-" + year + "-001");
        plan(key, "ONSITE", null);
        plan(plain, "SPECIAL", "520102-" + year + "-002");
        String day = today.minusDays(1).getYear() == year ? today.minusDays(1).toString() : today.toString();
        DrillFixtures.drill(key, "LIVE", "COMPREHENSIVE", day);
        DrillFixtures.drill(plain, "TABLETOP", "SINGLE", day);
        // held last year: not this year's
        DrillFixtures.drill(plain, "TABLETOP", "SINGLE", LocalDate.of(year - 1, 6, 1).toString());
        Map<String, Object> stopped = new HashMap<>(Map.of("orgId", plain, "title", "中止的演练", "form", "LIVE", "scope", "SINGLE",
                "conductedOn", day, "status", "TERMINATED", "terminationReason", "OTHER"));
        stopped.putAll(DrillFixtures.evidence(Demo.nanmingSafety()));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(stopped).post("/api/v1/drills").then().statusCode(201);

        String ordered = check(key, half, false, "NONCOMPLIANT");
        act(ordered, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", today.plusDays(20).toString()));
        check(key, half, true, "COMPLIANT");
        String cancelled = check(key, half, true, null);
        act(cancelled, Map.of("action", "CANCEL", "comment", "改期"));
        check(key, String.valueOf(year - 1) + "-H2", false, "COMPLIANT");

        JsonPath s = as(Demo.nanmingSafety()).queryParam("year", year).queryParam("orgId", town).get(SUMMARY).then().statusCode(200)
                .body("org.id", equalTo(town)).extract().jsonPath();
        assertEquals(year, s.getInt("year"));
        assertEquals(List.of(Map.of("kind", "COMPREHENSIVE", "plans", 1, "filed", 1), Map.of("kind", "SPECIAL", "plans", 1, "filed", 1),
                Map.of("kind", "ONSITE", "plans", 1, "filed", 0)), s.getList("plans.byKind"));
        assertEquals(3, s.getInt("plans.total"));
        assertEquals(2, s.getInt("plans.filed"));
        assertEquals(List.of(Map.of("form", "TABLETOP", "held", 1), Map.of("form", "LIVE", "held", 1)), s.getList("drills.byForm"));
        assertEquals(Map.of("held", 2, "comprehensive", 1, "terminated", 1), Map.of("held", s.getInt("drills.held"),
                "comprehensive", s.getInt("drills.comprehensive"), "terminated", s.getInt("drills.terminated")));
        assertEquals(Map.of("total", 2, "unannounced", 1, "compliant", 1, "noncompliant", 1, "pending", 0, "cancelled", 1),
                s.getMap("spotChecks"));
        assertEquals(Map.of("ordered", 1, "open", 1, "overdue", 0, "closed", 0, "escalated", 0), s.getMap("corrections"));
        // the drill was held yesterday: its report is due within the reporting days, not yet missing
        Map<String, Object> thisHalf = Map.of("half", half, "units", 1, "received", 0, "late", 0, "due", 1, "missing", 0, "noDrill", 0);
        Map<String, Object> emptyHalf = Map.of("half", otherHalf, "units", 1, "received", 0, "late", 0, "due", 0, "missing", 0,
                "noDrill", 1);
        assertEquals(half.endsWith("H1") ? List.of(thisHalf, emptyHalf) : List.of(emptyHalf, thisHalf), s.getList("keyUnitReports"));

        // the key unit's own scope: its plans, drill and checks only
        JsonPath own = as(keyToken).queryParam("year", year).get(SUMMARY).then().statusCode(200).extract().jsonPath();
        assertEquals(2, own.getInt("plans.total"));
        assertEquals(1, own.getInt("drills.held"));
        assertEquals(0, own.getInt("drills.terminated"));
        assertEquals(2, own.getInt("spotChecks.total"));
        // last year's check is last year's
        assertEquals(1, as(keyToken).queryParam("year", year - 1).get(SUMMARY).then().statusCode(200).extract().jsonPath()
                .getInt("spotChecks.total"));

        // outside the scope: the township is missing exactly as a missing org; bad years are refused
        String missing = as(Demo.baiyunSafety()).queryParam("year", year).queryParam("orgId", UUID.randomUUID().toString()).get(SUMMARY)
                .then().statusCode(404).contentType("application/problem+json").extract().path("detail");
        as(Demo.baiyunSafety()).queryParam("year", year).queryParam("orgId", town).get(SUMMARY).then().statusCode(404)
                .body("detail", equalTo(missing));
        as(Demo.nanmingSafety()).queryParam("year", 1999).get(SUMMARY).then().statusCode(400).contentType("application/problem+json");
        as(Demo.nanmingSafety()).get(SUMMARY).then().statusCode(400).contentType("application/problem+json");

        // the workbook: the same numbers, every name in words
        byte[] xlsx = as(Demo.nanmingSafety()).accept(cn.redline.platform.Xlsx.MEDIA_TYPE).queryParam("year", year)
                .queryParam("orgId", town).get(SUMMARY + ".xlsx").then().statusCode(200)
                .contentType(cn.redline.platform.Xlsx.MEDIA_TYPE).extract().asByteArray();
        assertEquals("年度预案演练监管汇总", Workbooks.sheetName(xlsx));
        var rows = Workbooks.rows(xlsx);
        assertEquals(List.of("项目", "指标", "数量"), rows.get(0).stream().map(c -> c.getText()).toList());
        Map<String, String> cells = new HashMap<>();
        rows.stream().skip(1).forEach(r -> cells.put(r.getCell(0).getText() + "/" + r.getCell(1).getText(),
                r.getCellCount() > 2 && r.getCell(2) != null ? r.getCell(2).getText() : ""));
        assertEquals("1", cells.get("应急预案/综合应急预案"));
        assertEquals("2", cells.get("应急预案/已备案"));
        assertEquals("1", cells.get("应急演练/实战演练"));
        assertEquals("1", cells.get("演练抽查/不符合要求"));
        assertEquals("1", cells.get("责令限期改正/整改中"));
        String halfWords = year + "年" + (half.endsWith("H1") ? "上" : "下") + "半年";
        assertEquals("1", cells.get("重点单位演练报送（" + halfWords + "）/待报送"));
        assertEquals("0", cells.get("重点单位演练报送（" + halfWords + "）/未报送"));
        String text = Workbooks.text(xlsx);
        for (String raw : List.of("COMPREHENSIVE", "TABLETOP", "LIVE", "NONCOMPLIANT", "-H1", "-H2", "MISSING", "DUE")) {
            assertFalse(text.contains(raw), raw + " in " + text);
        }
        assertTrue(text.contains("监管汇总") || text.contains("街道"), text);
    }
}
