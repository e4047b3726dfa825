package cn.redline.drill;

import static cn.redline.drill.DrillFixtures.department;
import static cn.redline.drill.DrillFixtures.drill;
import static cn.redline.drill.DrillFixtures.enterprise;
import static cn.redline.drill.DrillFixtures.owed;
import static cn.redline.drill.DrillFixtures.plan;
import static cn.redline.drill.DrillFixtures.township;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drill duty of §3.2 against the API on a moved clock: every default rule row with its period boundaries (half-year
 * ends, year ends, the rolling two-year floor), stacking (key units, high-risk, governments national and local),
 * plan kinds, tabletop vs live, terminated drills, and the reason in words.
 */
@QuarkusTest
class DrillDutyTest {

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        movable.reset();
    }

    /** Moves the application's clock to {@code localTime} in China. */
    private void at(String localTime) {
        Instant target = LocalDateTime.parse(localTime).atZone(Times.ZONE).toInstant();
        movable.advance(Duration.between(Instant.now(clock), target));
    }

    private static Map<String, Object> rule(Map<String, Map<String, Object>> owed, String code) {
        assertTrue(owed.containsKey(code), code + " is owed: " + owed.keySet());
        return owed.get(code);
    }

    @Test
    void anEnterpriseOwesAnOnSiteDrillEachHalfYearAndTheHalfEndsAtMidnightOfJuneThirty() {
        String ent = enterprise(township(), "CONSTRUCTION", true, null);
        String onsite = plan(ent, "ONSITE");
        at("2026-06-30T10:00");
        Map<String, Map<String, Object>> h1 = owed(ent, null);
        assertEquals(Set.of("ENT_CS", "ENT_ONSITE"), h1.keySet(), "high-risk is no key unit: no KEY_HALF");
        assertEquals("2026-H1", rule(h1, "ENT_ONSITE").get("periodKey"));
        assertEquals("AT_RISK", rule(h1, "ENT_ONSITE").get("status"));

        // a tabletop on-site drill on the half's last day meets ENT_ONSITE for H1 (tabletop counts: no form=LIVE), not ENT_CS
        assertEquals(List.of("ENT_ONSITE"), drill(ent, "TABLETOP", "SINGLE", "2026-06-30", onsite).getList("countsFor"));
        h1 = owed(ent, null);
        assertEquals("MET", rule(h1, "ENT_ONSITE").get("status"));
        assertEquals("OPEN", rule(h1, "ENT_CS").get("status"));
        assertEquals(0, rule(h1, "ENT_CS").get("counted"));

        // one day later H2 owes its own drill; H1 stays met
        at("2026-07-01T09:00");
        Map<String, Object> h2 = rule(owed(ent, null), "ENT_ONSITE");
        assertEquals("2026-H2", h2.get("periodKey"));
        assertEquals(0, h2.get("counted"));
        assertEquals("OPEN", h2.get("status"));
        assertEquals(184, h2.get("daysLeft"));
        assertEquals("2026 H2 on-site plan drill owed under 生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条; "
                + "none recorded; 184 days left", h2.get("reasonEn"));
        assertEquals("2026年下半年现场处置方案演练（生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条）；尚无记录；剩余184天",
                h2.get("reasonZh"));
        assertEquals("MET", rule(owed(ent, "2026-06-30"), "ENT_ONSITE").get("status"));

        // 31 days left is OPEN, 30 is AT_RISK; after the year the unmet half is MISSED
        at("2026-12-01T12:00");
        assertEquals("OPEN", rule(owed(ent, null), "ENT_ONSITE").get("status"));
        at("2026-12-02T12:00");
        Map<String, Object> atRisk = rule(owed(ent, null), "ENT_ONSITE");
        assertEquals("AT_RISK", atRisk.get("status"));
        assertTrue(((String) atRisk.get("reasonEn")).endsWith("none recorded; 30 days left"), (String) atRisk.get("reasonEn"));
        at("2027-01-01T08:00");
        Map<String, Object> missed = rule(owed(ent, "2026-12-31"), "ENT_ONSITE");
        assertEquals("MISSED", missed.get("status"));
        assertTrue(((String) missed.get("reasonEn")).endsWith("none recorded; period ended 2026-12-31"));
        assertTrue(((String) missed.get("reasonZh")).endsWith("尚无记录；期限已于2026-12-31届满"));
    }

    @Test
    void theYearlyComprehensiveOrSpecialDrillCountsInTheYearOfItsDate() {
        String ent = enterprise(township(), "GAS", false, null);
        String special = plan(ent, "SPECIAL");
        at("2025-12-31T20:00");
        assertEquals(List.of("ENT_CS"), drill(ent, "LIVE", "SINGLE", "2025-12-31", special).getList("countsFor"));
        Map<String, Object> y2025 = rule(owed(ent, null), "ENT_CS");
        assertEquals("2025", y2025.get("periodKey"));
        assertEquals("MET", y2025.get("status"));
        assertEquals("2025 comprehensive or special plan drill owed under 生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条; "
                + "1 recorded; met", y2025.get("reasonEn"));

        at("2026-01-01T08:00");
        Map<String, Object> y2026 = rule(owed(ent, null), "ENT_CS");
        assertEquals("2026", y2026.get("periodKey"));
        assertEquals(0, y2026.get("counted"));
        assertEquals("OPEN", y2026.get("status"));
        assertEquals("MET", rule(owed(ent, "2025-12-31"), "ENT_CS").get("status"));
    }

    @Test
    void aKeyUnitOwesAHalfYearlyDrillBesideTheEnterpriseRulesWhetherOrNotItIsHighRisk() {
        String town = township();
        String highRiskKey = enterprise(town, "CONSTRUCTION", true, "CONSTRUCTION");
        String hotel = enterprise(town, "GAS", false, "HOTEL");
        String fishing = enterprise(town, "CONSTRUCTION", true, null);
        at("2026-05-10T10:00");
        Map<String, Map<String, Object>> key = owed(highRiskKey, null);
        assertEquals(Set.of("ENT_CS", "ENT_ONSITE", "KEY_HALF"), key.keySet());
        assertEquals("COUNTY_DEPARTMENT", rule(key, "KEY_HALF").get("mustReportTo"));
        assertEquals("2026-H1", rule(key, "KEY_HALF").get("periodKey"));
        assertEquals(Set.of("ENT_CS", "ENT_ONSITE", "KEY_HALF"), owed(hotel, null).keySet());
        assertEquals(Set.of("ENT_CS", "ENT_ONSITE"), owed(fishing, null).keySet());

        // a comprehensive-plan drill meets ENT_CS, not ENT_ONSITE (no on-site plan: the reason says so); KEY_HALF only once
        // it is reported to the county department (D2: the report is part of the duty)
        String comprehensive = plan(highRiskKey, "COMPREHENSIVE");
        String held = drill(highRiskKey, "LIVE", "COMPREHENSIVE", "2026-05-09", comprehensive).getString("id");
        key = owed(highRiskKey, null);
        assertEquals("MET", rule(key, "ENT_CS").get("status"));
        assertEquals("OPEN", rule(key, "ENT_ONSITE").get("status"));
        assertTrue(((String) rule(key, "ENT_ONSITE").get("reasonZh")).contains("尚无计入的演练；未计入：“演练”（2026-05-09）所演练预案不是现场处置方案；"),
                (String) rule(key, "ENT_ONSITE").get("reasonZh"));
        assertEquals("OPEN", rule(key, "KEY_HALF").get("status"));
        assertEquals(0, rule(key, "KEY_HALF").get("counted"));
        assertTrue(((String) rule(key, "KEY_HALF").get("reasonZh")).contains("未计入：“演练”（2026-05-09）尚未报送县级部门"),
                (String) rule(key, "KEY_HALF").get("reasonZh"));
        assertTrue(((String) rule(key, "KEY_HALF").get("reasonEn")).contains("not counted: “演练” (2026-05-09) not yet reported to the county department"),
                (String) rule(key, "KEY_HALF").get("reasonEn"));
        Evaluations.evaluated(held, "ACHIEVED");
        DrillRuns.ok(held, Map.of("action", "REPORT_TO_REGULATOR"));
        key = owed(highRiskKey, null);
        assertEquals("MET", rule(key, "KEY_HALF").get("status"));
        assertTrue(((String) rule(key, "KEY_HALF").get("reasonZh")).endsWith("已记录并报送1次，已满足"), (String) rule(key, "KEY_HALF").get("reasonZh"));

        // one drill exercising a comprehensive and an on-site plan meets all three (§3.2, §6)
        String hotelCs = plan(hotel, "COMPREHENSIVE");
        String hotelOnsite = plan(hotel, "ONSITE");
        String both = drill(hotel, "TABLETOP", "COMPREHENSIVE", "2026-05-10", hotelCs, hotelOnsite).getString("id");
        Evaluations.evaluated(both, "ACHIEVED");
        DrillRuns.ok(both, Map.of("action", "REPORT_TO_REGULATOR"));
        owed(hotel, null).values().forEach(o -> assertEquals("MET", o.get("status"), String.valueOf(o.get("ruleCode"))));

        // the key unit's H1 drill does not carry into H2
        at("2026-07-01T10:00");
        assertEquals(0, rule(owed(highRiskKey, null), "KEY_HALF").get("counted"));
    }

    @Test
    void aTerminatedDrillCountsForNothing() {
        String ent = enterprise(township(), "CONSTRUCTION", false, "CONSTRUCTION");
        String onsite = plan(ent, "ONSITE");
        String today = Times.today(clock).toString();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("orgId", ent, "title", "中止的演练", "form", "LIVE",
                "scope", "SINGLE", "planIds", List.of(onsite), "conductedOn", today, "status", "TERMINATED",
                "terminationReason", "REAL_EMERGENCY"));
        body.putAll(DrillFixtures.evidence(Demo.nanmingSafety()));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/drills").then().statusCode(201).body("status", equalTo("TERMINATED"))
                .body("countsFor.size()", equalTo(0));
        owed(ent, null).values().forEach(o -> assertEquals(0, o.get("counted"), String.valueOf(o.get("ruleCode"))));
        // the reason names the drill that did not count and why, rather than "none recorded"
        String reason = (String) rule(owed(ent, null), "ENT_ONSITE").get("reasonZh");
        assertTrue(reason.contains("尚无计入的演练；未计入：“中止的演练”（" + today + "）中途终止，不计入"), reason);
        assertTrue(!reason.contains("尚无记录"), reason);
        assertTrue(((String) rule(owed(ent, null), "ENT_ONSITE").get("reasonEn")).contains("terminated early, not counted"));
    }

    @Test
    void aLocalRuleAskingForALiveDrillIsNotMetByATabletopOneWhileTheNationalRulesAre() {
        String town = township();
        String ent = enterprise(town, "CONSTRUCTION", false, null);
        String code = "LIVE-ONSITE-" + UUID.randomUUID().toString().substring(0, 8);
        as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", code, "title", "现场处置方案实战演练每半年1次",
                "capability", "DRILL", "appliesTo", Map.of("regionId", town, "orgKinds", List.of("ENTERPRISE")),
                "periodType", "HALF_YEAR", "minCount", 1, "qualifier", "planKind=ONSITE;form=LIVE", "jurisdiction", "DISTRICT",
                "effectiveFrom", "2020-01-01", "citation", "街道安委〔2026〕1号")).post("/api/v1/requirement-rules").then().statusCode(201);
        String onsite = plan(ent, "ONSITE");
        String today = Times.today(clock).toString();

        assertEquals(List.of("ENT_ONSITE"), drill(ent, "TABLETOP", "SINGLE", today, onsite).getList("countsFor"));
        Map<String, Map<String, Object>> owed = owed(ent, null);
        assertEquals(0, rule(owed, code).get("counted"));
        assertTrue(((String) rule(owed, code).get("reasonZh")).contains("现场处置方案实战演练每半年1次（街道安委〔2026〕1号）"),
                "a rule without a label of its own reads by its title");
        assertEquals(List.of("ENT_ONSITE", code), drill(ent, "LIVE", "SINGLE", today, onsite).getList("countsFor"));
        assertEquals("MET", rule(owed(ent, null), code).get("status"));
    }

    @Test
    void governmentsOweTheNationalTwoYearFloorAndTheLocalYearlyComprehensiveDrillBoth() {
        String town = township();
        at("2024-05-10T10:00");
        Map<String, Map<String, Object>> owed = owed(town, null);
        // the yearly comprehensive drill (GOV_LOCAL) is Qinnan's local rule: a Nanming township owes the national floor only
        assertEquals(Set.of("GOV_NAT"), owed.keySet());
        // never drilled: the first window from the rule's start (2019-04-01) ended 2021-03-31 and stays overdue; no new
        // window starts without a drill
        Map<String, Object> floor = rule(owed, "GOV_NAT");
        assertEquals("2019-04-01+24M", floor.get("periodKey"));
        assertEquals("MISSED", floor.get("status"));
        assertEquals(0, floor.get("daysLeft"));
        assertTrue(((String) floor.get("reasonZh")).endsWith("尚无记录；期限已于2021-03-31届满；逾期未演练1136天"), (String) floor.get("reasonZh"));
        assertTrue(((String) floor.get("reasonEn")).endsWith("overdue by 1136 days with no drill"), (String) floor.get("reasonEn"));
        assertEquals("GOV_NAT", debt(town, "GOV_NAT").get("ruleCode"), "the overdue township shows as owing");

        // a drill meets the national floor; held late, it starts the next window the day after it (the missed one stays
        // missed)
        assertEquals(List.of("GOV_NAT"), drill(town, "LIVE", "SINGLE", "2024-05-10").getList("countsFor"));
        owed = owed(town, null);
        assertEquals("2024-05-11+24M", rule(owed, "GOV_NAT").get("periodKey"));
        assertEquals("OPEN", rule(owed, "GOV_NAT").get("status"));
        assertEquals("MISSED", rule(owed(town, "2024-05-09"), "GOV_NAT").get("status"));
        assertEquals("2019-04-01+24M", rule(owed(town, "2024-05-09"), "GOV_NAT").get("periodKey"));
        Map<String, Object> next = debt(town, "GOV_NAT");
        assertEquals("OPEN", next.get("status"), "drilled today: the floor's next window is open, nothing overdue");
        assertEquals("2024-05-11+24M", next.get("periodKey"));

        // the next window runs from the day after that drill: its last day is 2026-05-10
        at("2026-05-10T10:00");
        floor = rule(owed(town, null), "GOV_NAT");
        assertEquals("2024-05-11+24M", floor.get("periodKey"));
        assertEquals("2026-05-10", floor.get("periodLast"));
        assertEquals("AT_RISK", floor.get("status"));
        assertTrue(((String) floor.get("reasonEn")).startsWith("2024-05-11 to 2026-05-10 drill at least every two years owed under"));
        assertTrue(((String) floor.get("reasonEn")).endsWith("none recorded; 1 day left"), (String) floor.get("reasonEn"));
        // missed, it stays the window of every later day until a drill
        for (String day : List.of("2026-05-11T10:00", "2026-08-01T09:00")) {
            at(day);
            floor = rule(owed(town, null), "GOV_NAT");
            assertEquals("2024-05-11+24M", floor.get("periodKey"), day);
            assertEquals("MISSED", floor.get("status"), day);
        }
        assertTrue(((String) floor.get("reasonZh")).endsWith("逾期未演练83天"), (String) floor.get("reasonZh"));
        Map<String, Object> debt = debt(town, "GOV_NAT");
        assertEquals("MISSED", debt.get("status"));
        assertTrue(((String) debt.get("reasonZh")).endsWith("逾期未演练83天"), (String) debt.get("reasonZh"));

        // a drill ends the overdue window; the floor's next window starts the day after it
        assertEquals(List.of("GOV_NAT"), drill(town, "TABLETOP", "COMPREHENSIVE", "2026-08-01").getList("countsFor"));
        assertEquals("2026-08-02+24M", rule(owed(town, null), "GOV_NAT").get("periodKey"));
        assertEquals("OPEN", debt(town, "GOV_NAT").get("status"));
        assertEquals("2026-08-02+24M", debt(town, "GOV_NAT").get("periodKey"));
        // a drill inside a window meets it that day; the next window starts the day after
        at("2027-01-10T09:00");
        drill(town, "TABLETOP", "SINGLE", "2027-01-10");
        assertEquals("MET", rule(owed(town, null), "GOV_NAT").get("status"));
        assertEquals("2026-08-02+24M", rule(owed(town, null), "GOV_NAT").get("periodKey"));
        at("2027-01-11T09:00");
        assertEquals("2027-01-11+24M", rule(owed(town, null), "GOV_NAT").get("periodKey"));
        assertEquals("OPEN", rule(owed(town, null), "GOV_NAT").get("status"));
    }

    @Test
    void aDepartmentThatNeverDrilledOwesTheTwoYearFloorOverdue() {
        String nanming = cn.redline.support.Api.idOf(Demo.admin(), Demo.NANMING);
        String dept = department(nanming, "COMPREHENSIVE");
        Map<String, Object> floor = rule(owed(dept, null), "GOV_NAT_DEPT");
        assertEquals("2019-04-01+24M", floor.get("periodKey"));
        assertEquals("MISSED", floor.get("status"));
        assertTrue(((String) floor.get("reasonZh")).contains("逾期未演练"), (String) floor.get("reasonZh"));
        assertEquals("MISSED", debt(dept, "GOV_NAT_DEPT").get("status"));
        assertEquals(1, as(Demo.nanmingSafety()).queryParam("orgId", dept).get("/api/v1/drill-coverage").then().statusCode(200)
                .extract().jsonPath().getInt("total.red"));
    }

    /** The org's unmet obligation of {@code ruleCode} in "who owes what" of its own subtree, null when it owes none. */
    private static Map<String, Object> debt(String orgId, String ruleCode) {
        List<Map<String, Object>> items = as(Demo.nanmingSafety()).queryParam("orgId", orgId).queryParam("ruleCode", ruleCode)
                .get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> mine = items.stream().filter(i -> orgId.equals(((Map<?, ?>) i.get("org")).get("id"))).toList();
        assertTrue(mine.size() <= 1, "one current obligation per rule: " + mine);
        return mine.isEmpty() ? null : mine.get(0);
    }

    @Test
    void departmentsOweByTheirKind() {
        String nanming = cn.redline.support.Api.idOf(Demo.admin(), Demo.NANMING);
        // DEPT_LOCAL is Qinnan's local rule (S1 §11), scoped to that district: Nanming's departments owe the national floor only
        assertEquals(Set.of("GOV_NAT_DEPT"), owed(department(nanming, "SUPERVISING"), null).keySet());
        assertEquals(Set.of("GOV_NAT_DEPT"), owed(department(nanming, "COMPREHENSIVE"), null).keySet());
        assertEquals(Set.of(), owed(department(nanming, "INDUSTRY_ADMIN"), null).keySet());
        assertEquals(Set.of(), owed(department(nanming, "SUPPORT"), null).keySet());
    }

    @Test
    void theLocalRulesOfQinnanCarryTheirRegionAndBindNoOtherDistrict() {
        List<Map<String, Object>> rules = as(Demo.admin()).get("/api/v1/requirement-rules").then().statusCode(200).extract().jsonPath()
                .getList("items");
        for (String code : List.of("GOV_LOCAL", "DEPT_LOCAL")) {
            Map<String, Object> r = rules.stream().filter(x -> code.equals(x.get("code"))).findFirst().orElseThrow();
            assertTrue(((Map<?, ?>) r.get("appliesTo")).get("regionId") != null, code + " is scoped to a region");
        }
        for (String code : List.of("GOV_NAT", "KEY_HALF")) {
            Map<String, Object> r = rules.stream().filter(x -> code.equals(x.get("code"))).findFirst().orElseThrow();
            assertEquals(null, ((Map<?, ?>) r.get("appliesTo")).get("regionId"), code + " is national");
        }
        String nanming = cn.redline.support.Api.idOf(Demo.admin(), Demo.NANMING);
        assertEquals(Set.of("GOV_NAT"), owed(nanming, null).keySet(), "a district other than Qinnan owes the national floor only");
    }
}
