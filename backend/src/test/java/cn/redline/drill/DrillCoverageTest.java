package cn.redline.drill;

import static cn.redline.drill.DrillFixtures.drill;
import static cn.redline.drill.DrillFixtures.enterprise;
import static cn.redline.drill.DrillFixtures.owed;
import static cn.redline.drill.DrillFixtures.plan;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drill duty materialised on write and by the job, never on read; a rule edited for a region and recounted; coverage
 * counts per child org, who owes what, scenario coverage and the ledger, each in the caller's scope only.
 */
@QuarkusTest
class DrillCoverageTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    DrillDutyJob job;

    @Inject
    cn.redline.duty.Obligations obligations;

    @AfterEach
    void resetClock() {
        movable.reset();
    }

    private void at(String localTime) {
        Instant target = LocalDateTime.parse(localTime).atZone(Times.ZONE).toInstant();
        movable.advance(Duration.between(Instant.now(clock), target));
    }

    /** Rows, summed versions and last computation of an org's obligations and evidence: what a write would change. */
    private List<Object> stored(String orgId) {
        Object[] o = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(version), 0), max(computed_at) from obligation where org_id = cast(?1 as uuid)""")
                .setParameter(1, orgId).getSingleResult();
        Object e = em.createNativeQuery("select count(*) from obligation_evidence where subject_id = cast(?1 as uuid)")
                .setParameter(1, orgId).getSingleResult();
        return List.of(String.valueOf(o[0]), String.valueOf(o[1]), String.valueOf(o[2]), String.valueOf(e));
    }

    private static String township() {
        return DrillFixtures.township();
    }

    private static String village(String township, String code) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "村" + code,
                "kind", "REGION", "regionLevel", "VILLAGE", "parentId", township)).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
    }

    private static String townshipCode(String id) {
        return as(Demo.admin()).get("/api/v1/orgs/{id}", id).then().statusCode(200).extract().path("code");
    }

    private static Map<String, Object> rule(Map<String, Map<String, Object>> owed, String code) {
        assertTrue(owed.containsKey(code), code + " is owed: " + owed.keySet());
        return owed.get(code);
    }

    @Test
    void readingNeverWritesWhileDrillsAndTheJobMaterialise() {
        at("2026-06-20T10:00");
        String ent = enterprise(township(), "CONSTRUCTION", false, "HOTEL");
        // the enterprise's creation materialised its periods: stored, with ids
        Map<String, Map<String, Object>> h1 = owed(ent, null);
        h1.values().forEach(o -> assertNotNull(o.get("id"), o.get("ruleCode") + " is stored"));
        List<Object> before = stored(ent);
        assertEquals("3", before.get(0), "ENT_CS 2026, ENT_ONSITE and KEY_HALF 2026-H1");

        // a new half-year before the job ran: shown as computed, nothing written by reading it (nor a past day)
        at("2026-07-01T00:05");
        Map<String, Map<String, Object>> h2 = owed(ent, null);
        assertNull(rule(h2, "ENT_ONSITE").get("id"));
        assertEquals("2026-H2", rule(h2, "ENT_ONSITE").get("periodKey"));
        assertEquals("OPEN", rule(h2, "ENT_ONSITE").get("status"));
        assertEquals("MISSED", rule(owed(ent, "2026-06-30"), "ENT_ONSITE").get("status"), "graded for today, not as stored");
        assertEquals("AT_RISK", rule(owed(ent, "2026-06-30"), "KEY_HALF").get("status"), "a report may follow for 15 days");
        owed(ent, "2024-03-01");
        as(Demo.nanmingSafety()).queryParam("orgId", ent).get("/api/v1/drill-obligations").then().statusCode(200);
        assertEquals(before, stored(ent));

        // the job opens the new half
        job.run();
        h2 = owed(ent, null);
        assertNotNull(rule(h2, "ENT_ONSITE").get("id"));
        assertNotNull(rule(h2, "KEY_HALF").get("id"));
        assertEquals("5", stored(ent).get(0));

        // a drill recorded now recounts the stored H2 obligations at once; one dated back in H1 but entered after
        // the half ended does not count there (no grace days: late entry is over at 24:00 of 30 June, §1.1)
        String onsite = plan(ent, "ONSITE");
        drill(ent, "LIVE", "SINGLE", "2026-06-30", onsite);
        Map<String, Map<String, Object>> h1After = owed(ent, "2026-06-30");
        assertEquals("MISSED", rule(h1After, "ENT_ONSITE").get("status"));
        assertEquals(0, rule(h1After, "ENT_ONSITE").get("counted"));
        assertTrue(((String) rule(h1After, "ENT_ONSITE").get("reasonZh")).contains("尚无计入的演练；未计入：“演练”（2026-06-30）于2026-07-01才录入，已过补录期限"),
                (String) rule(h1After, "ENT_ONSITE").get("reasonZh"));
        assertEquals(rule(h1, "ENT_ONSITE").get("id"), rule(h1After, "ENT_ONSITE").get("id"), "the same obligation");
        drill(ent, "TABLETOP", "SINGLE", "2026-07-01", onsite);
        Map<String, Map<String, Object>> h2After = owed(ent, null);
        assertEquals("MET", rule(h2After, "ENT_ONSITE").get("status"));
        assertEquals("OPEN", rule(h2After, "KEY_HALF").get("status"), "held, not yet reported to the county department");
        assertTrue(((String) rule(h2After, "KEY_HALF").get("reasonZh")).contains("尚未报送县级部门"), (String) rule(h2After, "KEY_HALF").get("reasonZh"));
        assertEquals(rule(h2, "ENT_ONSITE").get("id"), rule(h2After, "ENT_ONSITE").get("id"), "the job's obligation, recounted");
        assertEquals("OPEN", rule(h2After, "ENT_CS").get("status"), "an on-site drill is no comprehensive one");
    }

    @Test
    void anEnterpriseThatBecomesAKeyUnitOwesTheKeyUnitRuleAndLosesItWhenItStops() {
        at("2026-03-10T10:00");
        String town = township();
        String ent = enterprise(town, "CONSTRUCTION", true, null);
        assertEquals("2", stored(ent).get(0));
        JsonPath org = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", ent).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>(Map.of("code", org.getString("code"), "name", org.getString("name"),
                "kind", "ENTERPRISE", "parentId", town, "industry", "CONSTRUCTION", "highRisk", true,
                "emergencyKeyCategory", "CONSTRUCTION"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + org.getLong("version") + "\"")
                .body(body).put("/api/v1/orgs/{id}", ent).then().statusCode(200);
        assertEquals("3", stored(ent).get(0), "KEY_HALF 2026-H1 opened by the change");
        body.remove("emergencyKeyCategory");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + (org.getLong("version") + 1) + "\"")
                .body(body).put("/api/v1/orgs/{id}", ent).then().statusCode(200);
        assertEquals("2", stored(ent).get(0), "the open KEY_HALF obligation is gone with the flag");
    }

    @Test
    void aRuleEditedForARegionIsRecountedForEveryObligationItTouches() {
        at("2026-04-15T10:00");
        String town = township();
        String other = township();
        String ent = enterprise(town, "CONSTRUCTION", false, null);
        String elsewhere = enterprise(other, "CONSTRUCTION", false, null);
        String code = "LIVE-CS-" + UUID.randomUUID().toString().substring(0, 8);
        String ruleId = as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", code, "title", "综合演练须实战",
                        "capability", "DRILL", "appliesTo", Map.of("regionId", town, "orgKinds", List.of("ENTERPRISE")),
                        "periodType", "YEAR", "minCount", 1, "qualifier", "form=LIVE", "jurisdiction", "DISTRICT",
                        "effectiveFrom", "2020-01-01", "citation", "街道安委〔2026〕2号"))
                .post("/api/v1/requirement-rules").then().statusCode(201).extract().path("id");
        assertNotNull(rule(owed(ent, null), code).get("id"), "a rule added is materialised for the orgs it names");
        String cs = plan(ent, "COMPREHENSIVE");
        drill(ent, "TABLETOP", "COMPREHENSIVE", "2026-04-01", cs);
        assertEquals(0, rule(owed(ent, null), code).get("counted"));

        // an admin edits the rule: a tabletop drill now counts, and the region moves to the other township
        JsonPath got = as(Demo.admin()).get("/api/v1/drill-rules/{id}", ruleId).then().statusCode(200).extract().jsonPath();
        long version = got.getLong("version");
        Map<String, Object> edit = new HashMap<>(Map.of("title", "综合演练每年1次（桌面亦可）", "appliesTo",
                Map.of("regionId", town, "orgKinds", List.of("ENTERPRISE")), "periodType", "YEAR", "minCount", 1,
                "qualifier", "form=TABLETOP|LIVE", "jurisdiction", "DISTRICT", "effectiveFrom", "2020-01-01",
                "citation", "街道安委〔2026〕3号"));
        as(Demo.admin()).contentType(ContentType.JSON).body(edit).put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(428);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(edit)
                .put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(403);
        JsonPath edited = as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(edit)
                .put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(200)
                .body("rule.citation", equalTo("街道安委〔2026〕3号")).extract().jsonPath();
        assertEquals(1, edited.getInt("recount.obligationsWritten"), "the one obligation whose count changed");
        assertEquals(1, edited.getInt("recount.evidenceWritten"));
        Map<String, Object> met = rule(owed(ent, null), code);
        assertEquals("MET", met.get("status"));
        assertTrue(((String) met.get("reasonZh")).contains("街道安委〔2026〕3号"), (String) met.get("reasonZh"));
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(edit)
                .put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(412);

        edit.put("appliesTo", Map.of("regionId", other, "orgKinds", List.of("ENTERPRISE")));
        JsonPath moved = as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"" + edited.getLong("version") + "\"")
                .body(edit).put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(200).extract().jsonPath();
        assertEquals(1, moved.getInt("recount.obligationsRemoved"));
        assertTrue(!owed(ent, null).containsKey(code));
        assertNotNull(rule(owed(elsewhere, null), code).get("id"));
        assertEquals("OPEN", rule(owed(elsewhere, null), code).get("status"));

        // a qualifier the drill feature does not know is refused; a rule of another capability is no drill rule
        edit.put("qualifier", "colour=RED");
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"" + moved.getLong("version") + "\"").body(edit)
                .put("/api/v1/drill-rules/{id}", ruleId).then().statusCode(400);
        as(Demo.admin()).get("/api/v1/drill-rules/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void coverageCountsEachChildExactlyAndFollowsTheCalendar() {
        at("2026-06-10T10:00");
        String town = township();
        String code = townshipCode(town);
        String v1 = village(town, code + "001");
        String v2 = village(town, code + "002");
        String e1 = enterprise(v1, "CONSTRUCTION", false, null);
        String e2 = enterprise(v1, "CONSTRUCTION", false, "HOTEL");
        enterprise(v2, "GAS", false, null);
        drill(e1, "LIVE", "COMPREHENSIVE", "2026-06-01", plan(e1, "COMPREHENSIVE"), plan(e1, "ONSITE"));

        JsonPath c = coverage(town, Map.of());
        // the township never drilled: the national two-year floor is overdue (red); Qinnan's local rules bind no Nanming township
        assertCounts(c, "total", 2, 2, 3, 1, 1, 2, 1);
        assertCounts(c, "own", 0, 0, 0, 1, 0, 0, 1);
        assertEquals(List.of(v1, v2), c.getList("children.org.id"));
        assertCounts(c, "children[0].counts", 2, 1, 2, 0, 1, 1, 0);
        assertCounts(c, "children[1].counts", 0, 1, 1, 0, 0, 1, 0);
        assertCounts(coverage(town, Map.of("emergencyKeyUnit", true)), "total", 0, 1, 2, 0, 0, 1, 0);
        assertCounts(coverage(town, Map.of("emergencyKeyUnit", false)), "total", 2, 1, 1, 0, 1, 1, 0);
        assertCounts(coverage(town, Map.of("ruleCode", "KEY_HALF")), "total", 0, 0, 1, 0, 0, 1, 0);
        assertCounts(coverage(town, Map.of("industry", "GAS")), "children[1].counts", 0, 1, 1, 0, 0, 1, 0);
        assertCounts(coverage(town, Map.of("industry", "GAS")), "children[0].counts", 0, 0, 0, 0, 0, 0, 0);
        assertCounts(coverage(v1, Map.of()), "total", 2, 1, 2, 0, 1, 1, 0);

        // who owes what, fewest days left first, with the reason; paged
        List<Map<String, Object>> all = as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("limit", 50)
                .get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> rules = all.stream().filter(i -> i.get("followUp") == null).toList();
        assertEquals(6, rules.size(), rules.toString());
        assertEquals(List.of("2021-03-31", "2026-06-30", "2026-06-30"), rules.subList(0, 3).stream().map(i -> i.get("periodLast")).toList());
        assertEquals("GOV_NAT", rules.get(0).get("ruleCode"));
        assertEquals("MISSED", rules.get(0).get("status"));
        assertTrue(((String) rules.get(0).get("reasonZh")).endsWith("逾期未演练1897天"), (String) rules.get(0).get("reasonZh"));
        assertEquals(21, rules.get(1).get("daysLeft"));
        assertTrue(((String) rules.get(1).get("reasonEn")).endsWith("none recorded; 21 days left"), (String) rules.get(1).get("reasonEn"));
        // e1 met every rule: what it owes is its drill's evaluation (15 days) and summary report (30 days)
        assertEquals(List.of("EVALUATION", "SUMMARY"), all.stream().filter(i -> e1.equals(((Map<?, ?>) i.get("org")).get("id")))
                .map(i -> i.get("followUp")).toList());
        assertEquals(List.of("2026-06-16", "2026-07-01"), all.stream().filter(i -> i.get("followUp") != null)
                .map(i -> i.get("periodLast")).toList());
        // pages of 3 follow each other without gap or repeat
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("limit", 3);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath();
            assertTrue(page.getList("items").size() <= 3);
            paged.addAll(page.getList("items.obligationId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(all.stream().map(i -> i.get("obligationId")).toList(), paged);

        // after the half: H1's unmet duties are missed, e2 and e3 turn red; the key unit's half-year drill may still be
        // reported for 15 days (KEY_HALF's grace days), so it is at risk, not yet missed
        at("2026-07-02T10:00");
        JsonPath after = coverage(town, Map.of("on", "2026-06-10"));
        assertCounts(after, "total", 2, 2, 1, 3, 1, 0, 3);
        assertEquals(1, (int) after.getInt("children[0].counts.red"));
        assertTrue(as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("on", "2026-06-10")
                .get("/api/v1/drill-coverage/debts").then().statusCode(200).extract().jsonPath().getList("items.status")
                .contains("MISSED"));

        // in September the shared job has finalised the half-year's obligations: the past day reads their frozen
        // statuses (the finalised branch) beside the year's still-open ones, and counts as before
        at("2026-09-15T10:00");
        obligations.refreshAndFinalise();
        Number frozen = (Number) em.createNativeQuery("""
                select count(*) from obligation b join org o on o.id = b.org_id
                where o.path like (select path from org where id = cast(?1 as uuid)) || '%'
                  and b.period_last = date '2026-06-30' and b.finalised_at is not null""").setParameter(1, town).getSingleResult();
        assertTrue(frozen.intValue() >= 3, "the half-year's obligations are finalised: " + frozen);
        JsonPath finalised = coverage(town, Map.of("on", "2026-06-10"));
        // as on 2 July, except the key unit's half-year drill: its 15 days of late reporting are over, missed now; the
        // township's overdue two-year window stays current once finalised
        assertCounts(finalised, "total", 2, 2, 0, 4, 1, 0, 3);
        assertEquals(1, (int) finalised.getInt("children[0].counts.red"));
        assertCounts(finalised, "own", 0, 0, 0, 1, 0, 0, 1);
        assertEquals(List.of("MISSED", "MISSED"), as(Demo.nanmingSafety()).queryParam("orgId", town)
                .queryParam("on", "2026-06-10").queryParam("ruleCode", "ENT_ONSITE").get("/api/v1/drill-coverage/debts").then()
                .statusCode(200).extract().jsonPath().getList("items.status"));
    }

    @Test
    void scenariosNotDrilledInThreeYearsAndTheLedger() {
        at("2026-05-10T10:00");
        String town = township();
        String ent = enterprise(town, "CONSTRUCTION", false, null);
        String fire = createPlan(ent, "ONSITE", "火灾处置", List.of("火灾"));
        String leak = createPlan(ent, "SPECIAL", "泄漏专项", List.of("泄漏", "中毒"));
        String old = createPlan(ent, "SPECIAL", "坍塌专项", List.of("坍塌"));
        drill(ent, "LIVE", "SINGLE", "2026-05-01", fire);
        drill(ent, "TABLETOP", "SINGLE", "2023-05-09", old);
        // another unit's fire plan is not covered by the first unit's fire drill: gaps are per org and scenario type
        String neighbour = enterprise(town, "GAS", false, null);
        createPlan(neighbour, "ONSITE", "火灾处置", List.of("火灾"));

        JsonPath s = as(Demo.nanmingSafety()).queryParam("orgId", town).get("/api/v1/drill-coverage/scenarios").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("2023-05-10", s.getString("since"));
        assertEquals(3, s.getList("plans.planId").size());
        assertTrue(s.getList("plans.planId").containsAll(List.of(leak, old)));
        List<String> gaps = new java.util.ArrayList<>();
        for (int i = 0; i < s.getList("scenarios").size(); i++) {
            gaps.add(s.getString("scenarios[" + i + "].org.id") + ":" + s.getString("scenarios[" + i + "].scenarioType"));
        }
        assertEquals(java.util.Set.of(ent + ":中毒", ent + ":坍塌", ent + ":泄漏", neighbour + ":火灾"), java.util.Set.copyOf(gaps));
        assertEquals(java.util.Set.of(leak, fire), java.util.Set.copyOf(as(Demo.nanmingSafety()).queryParam("orgId", ent)
                .queryParam("on", "2026-04-30").get("/api/v1/drill-coverage/scenarios").then().statusCode(200).extract()
                .jsonPath().getList("plans.planId")), "seen from before the fire drill: the collapse drill of 2023-05-09 was inside that window");

        byte[] xlsx = as(Demo.nanmingSafety()).accept(XLSX).queryParam("orgId", town).get("/api/v1/drill-coverage/ledger.xlsx").then()
                .statusCode(200).header("Content-Type", startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
    }

    @Test
    void everyCoverageRouteAnswersInTheCallersSubtreeOnly() {
        String town = township();
        for (String path : List.of("/api/v1/drill-coverage", "/api/v1/drill-coverage/debts", "/api/v1/drill-coverage/scenarios",
                "/api/v1/drill-coverage/ledger.xlsx")) {
            String accept = path.endsWith(".xlsx") ? XLSX + ", application/problem+json" : "application/json";
            as(Demo.baiyunSafety()).accept(accept).queryParam("orgId", town).get(path).then().statusCode(404);
            as(Demo.enterprise()).accept(accept).queryParam("orgId", town).get(path).then().statusCode(404);
            as(Demo.baiyunSafety()).accept(accept).queryParam("orgId", UUID.randomUUID()).get(path).then().statusCode(404);
            as(Demo.nanmingSafety()).accept(accept).queryParam("orgId", town).get(path).then().statusCode(200);
        }
        as(Demo.baiyunSafety()).get("/api/v1/drill-rules/3c1e2a10-0001-4d50-9a11-000000000001").then().statusCode(403);
        as(Demo.admin()).get("/api/v1/drill-rules/3c1e2a10-0001-4d50-9a11-000000000001").then().statusCode(200)
                .body("rule.code", equalTo("ENT_CS"));
    }

    private static String createPlan(String orgId, String kind, String title, List<String> scenarios) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("orgId", orgId, "kind", kind, "title", title,
                "planVersion", "2026版", "scenarioTypes", scenarios)).post("/api/v1/emergency-plans").then().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath coverage(String orgId, Map<String, Object> filters) {
        var req = as(Demo.nanmingSafety()).queryParam("orgId", orgId);
        for (var f : filters.entrySet()) {
            req = req.queryParam(f.getKey(), f.getValue());
        }
        return req.get("/api/v1/drill-coverage").then().statusCode(200).extract().jsonPath();
    }

    private static void assertCounts(JsonPath c, String at, int met, int open, int atRisk, int missed, int green, int yellow, int red) {
        assertEquals(List.of(met, open, atRisk, missed, green, yellow, red),
                List.of(c.getInt(at + ".met"), c.getInt(at + ".open"), c.getInt(at + ".atRisk"), c.getInt(at + ".missed"),
                        c.getInt(at + ".green"), c.getInt(at + ".yellow"), c.getInt(at + ".red")), at);
    }
}
