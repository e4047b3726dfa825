package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.ok;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardStatsTest {

    private static String create(Map<String, Object> body) {
        return as(Demo.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void statsCountATerritoryByStateLevelIndustryChildAndMonth() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String town = create(Map.of("code", Codes.nanmingTownship(), "name", "统计街道", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming));
        String builder = create(Map.of("code", Codes.creditCode(), "name", "统计建筑公司", "kind", "ENTERPRISE",
                "parentId", town, "industry", "CONSTRUCTION"));
        String gas = create(Map.of("code", Codes.creditCode(), "name", "统计燃气公司", "kind", "ENTERPRISE",
                "parentId", town, "industry", "GAS"));

        String closed = reported(Demo.nanmingSafety(), general(builder));
        ok(act(Demo.nanmingSafety(), closed, confirm()), "CONFIRMED");
        ok(act(Demo.nanmingSafety(), closed, "START_RECTIFICATION"), "RECTIFYING");
        ok(act(Demo.nanmingSafety(), closed, Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "完成")), "PENDING_ACCEPTANCE");
        ok(act(Demo.nanmingSafety(), closed, "ACCEPT"), "CLOSED");
        String rejected = reported(Demo.nanmingSafety(), general(builder));
        ok(act(Demo.nanmingSafety(), rejected, Map.of("action", "REJECT", "rejectionReason", "NOT_A_HAZARD")), "REJECTED");
        reported(Demo.nanmingSafety(), general(builder));
        String listed = reported(Demo.nanmingSafety(), major(gas));
        ok(act(Demo.nanmingSafety(), listed, confirm()), "CONFIRMED");
        ok(act(Demo.nanmingSafety(), listed, Map.of("action", "LIST_FOR_SUPERVISION",
                "supervision", Map.of("level", "DISTRICT", "documentNumber", "南安督〔2026〕9号"))), "CONFIRMED");

        JsonPath s = as(Demo.nanmingSafety()).queryParam("territoryId", town).get("/api/v1/hazards/stats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, s.getInt("total"));
        assertEquals(1, s.getInt("closed"));
        assertEquals(1, s.getInt("rejected"));
        assertEquals(2, s.getInt("open"));
        assertEquals(1, s.getInt("majorUnderSupervision"));
        assertEquals(0.3333, s.getDouble("closureRate"), 0.0001);
        assertEquals(Integer.valueOf(1), s.getInt("byState.find { it.key == 'CLOSED' }.count"));
        assertEquals(Integer.valueOf(3), s.getInt("byLevel.find { it.key == 'GENERAL' }.count"));
        assertEquals(Integer.valueOf(3), s.getInt("byIndustry.find { it.key == 'CONSTRUCTION' }.count"));
        assertEquals(Integer.valueOf(3), s.getInt("byTerritory.find { it.territory.name == '统计建筑公司' }.total"));
        assertEquals(Integer.valueOf(1), s.getInt("byTerritory.find { it.territory.name == '统计建筑公司' }.closed"));
        String month = YearMonth.now(Times.ZONE).toString();
        assertEquals(12, s.getList("monthly").size());
        assertEquals(month, s.getString("monthly[11].month"));
        assertEquals(4, s.getInt("monthly[11].reported"));
        assertEquals(1, s.getInt("monthly[11].closed"));

        // a department counts its industries' tickets inside its region and nothing else: the township's gas office
        // sees the listed gas ticket, not the township's construction or fire tickets, nor gas in the next township
        String fire = create(Map.of("code", Codes.creditCode(), "name", "统计烟花公司", "kind", "ENTERPRISE",
                "parentId", town, "industry", "FIREWORKS"));
        reported(Demo.nanmingSafety(), general(fire));
        String nextTown = create(Map.of("code", Codes.nanmingTownship(), "name", "统计邻街道", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming));
        String nextGas = create(Map.of("code", Codes.creditCode(), "name", "统计邻燃气公司", "kind", "ENTERPRISE",
                "parentId", nextTown, "industry", "GAS"));
        reported(Demo.nanmingSafety(), general(nextGas));
        String office = Codes.creditCode();
        create(Map.of("code", office, "name", "统计街道燃气办", "kind", "DEPARTMENT", "parentId", town,
                "industries", List.of("GAS")));
        JsonPath dept = as(Tokens.token("stats-gas", office, "department")).get("/api/v1/hazards/stats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, dept.getInt("total"));
        assertEquals(1, dept.getInt("open"));
        assertEquals(1, dept.getInt("majorUnderSupervision"));
        assertEquals(List.of("GAS"), dept.getList("byIndustry.key"));
        assertEquals(1, dept.getInt("monthly[11].reported"));
        // a territory outside the scope gives nothing, like one that does not exist
        as(Demo.baiyunSafety()).queryParam("territoryId", town).get("/api/v1/hazards/stats").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theStatutoryReportHasARowPerEnterpriseWithItsDueDate() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String town = create(Map.of("code", Codes.nanmingTownship(), "name", "报表街道", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming));
        String busy = create(Map.of("code", Codes.creditCode(), "name", "报表公司", "kind", "ENTERPRISE",
                "parentId", town, "industry", "CONSTRUCTION"));
        String quiet = create(Map.of("code", Codes.creditCode(), "name", "无隐患公司", "kind", "ENTERPRISE",
                "parentId", town, "industry", "CONSTRUCTION"));
        reported(Demo.nanmingSafety(), general(busy));
        String major = reported(Demo.nanmingSafety(), major(busy));
        ok(act(Demo.nanmingSafety(), major, confirm()), "CONFIRMED");
        ok(act(Demo.nanmingSafety(), major, Map.of("action", "SET_FIVE_MUSTS", "fiveMusts", Map.of("funds", 3000))), "CONFIRMED");
        java.time.LocalDate today = Hazards.TODAY;
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        JsonPath r = as(Demo.admin()).queryParam("year", today.getYear()).queryParam("quarter", quarter).queryParam("limit", 200)
                .get("/api/v1/hazards/statutory-report").then().statusCode(200).extract().jsonPath();
        assertEquals(today.getYear() + "-Q" + quarter, r.getString("period"));
        assertEquals(java.time.LocalDate.of(today.getYear(), (quarter - 1) * 3 + 1, 1).plusMonths(3).withDayOfMonth(15).toString(),
                r.getString("dueDate"));
        String all = "items";
        String cursor = r.getString("nextCursor");
        java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>(r.getList(all));
        while (cursor != null) {
            JsonPath next = as(Demo.admin()).queryParam("year", today.getYear()).queryParam("quarter", quarter)
                    .queryParam("limit", 200).queryParam("cursor", cursor).get("/api/v1/hazards/statutory-report").jsonPath();
            rows.addAll(next.getList(all));
            cursor = next.getString("nextCursor");
        }
        Map<String, Object> busyRow = rows.stream().filter(x -> "报表公司".equals(((Map<?, ?>) x.get("enterprise")).get("name")))
                .findFirst().orElseThrow();
        Map<String, Object> quietRow = rows.stream().filter(x -> "无隐患公司".equals(((Map<?, ?>) x.get("enterprise")).get("name")))
                .findFirst().orElseThrow();
        assertEquals(2, ((Number) busyRow.get("found")).intValue());
        assertEquals(1, ((Number) busyRow.get("major")).intValue());
        assertEquals(3000.0, ((Number) busyRow.get("funds")).doubleValue(), 0.001);
        assertEquals(0, ((Number) quietRow.get("found")).intValue());
        as(Demo.admin()).queryParam("year", today.getYear()).get("/api/v1/hazards/statutory-report").then().statusCode(200)
                .body("dueDate", org.hamcrest.Matchers.equalTo((today.getYear() + 1) + "-01-31"));
        as(Demo.enterprise()).queryParam("year", today.getYear()).get("/api/v1/hazards/statutory-report").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));
        as(Demo.admin()).queryParam("year", today.getYear()).queryParam("quarter", 5).get("/api/v1/hazards/statutory-report")
                .then().statusCode(400);
        as(Demo.admin()).get("/api/v1/hazards/statutory-report").then().statusCode(400);
    }

    /** The running tallies (no date range) and a scan of the tickets (a date range covering all) must agree. */
    @Test
    void talliesAgreeWithTheTicketsThemselves() {
        for (String token : java.util.List.of(Demo.admin(), Demo.nanmingSafety(), Demo.constructionBureau(), Demo.leader())) {
            JsonPath tally = as(token).get("/api/v1/hazards/stats").then().statusCode(200).extract().jsonPath();
            JsonPath scan = as(token).queryParam("reportedFrom", "2000-01-01").queryParam("reportedTo", "2100-01-01")
                    .get("/api/v1/hazards/stats").then().statusCode(200).extract().jsonPath();
            for (String field : java.util.List.of("total", "open", "closed", "rejected", "overdue", "majorUnderSupervision")) {
                assertEquals(scan.getLong(field), tally.getLong(field), field);
            }
            assertEquals(scan.getList("byState").size(), tally.getList("byState").size());
            assertEquals(scan.getList("byTerritory"), tally.getList("byTerritory"));
            assertEquals(scan.getList("monthly"), tally.getList("monthly"));
            assertEquals(new java.util.HashSet<>(scan.getList("byIndustry")), new java.util.HashSet<>(tally.getList("byIndustry")));
        }
    }
}
