package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key-unit half-year reports received (§3.6 item 4, D2): per emergency key unit of the scope, its held drills of the half
 * and whether each reached the regulator within 15 days of its end (RECEIVED), later (LATE), not yet within those days (DUE),
 * not within them (MISSING), or no drill.
 */
@QuarkusTest
class KeyUnitReportsTest {

    static final String REPORTS = "/api/v1/drill-coverage/key-unit-reports";

    @Inject
    Clock clock;

    @Inject
    MovableClock movable;

    private static void report(String drillId) {
        DrillRuns.ok(drillId, Map.of("action", "REPORT_TO_REGULATOR"));
    }

    @Test
    void eachKeyUnitOfTheScopeShowsWhetherItsDrillsOfTheHalfWereReportedInTime() {
        String town = DrillFixtures.township();
        LocalDate today = Times.today(clock);
        String half = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String received = DrillFixtures.enterprise(town, "CONSTRUCTION", false, "CONSTRUCTION");
        String late = DrillFixtures.enterprise(town, "CONSTRUCTION", false, "CONSTRUCTION");
        String missing = DrillFixtures.enterprise(town, "GAS", false, "HOTEL");
        String noDrill = DrillFixtures.enterprise(town, "GAS", false, "MALL");
        String ordinary = DrillFixtures.enterprise(town, "CONSTRUCTION", false, null);

        // held today through the workflow (its actual end is now), evaluated and reported today
        String onTime = Evaluations.evaluated(DrillRuns.inState("CONDUCTED", DrillRuns.plan(received, today.plusDays(5))), "ACHIEVED");
        report(onTime);
        // recorded as held today, reported 20 days on; the other never reported; a drill of an ordinary enterprise is no key unit's
        String lateDrill = Evaluations.evaluated(DrillFixtures.drill(late, "LIVE", "SINGLE", today.toString()).getString("id"), "ACHIEVED");
        String unreported = Evaluations.evaluated(DrillFixtures.drill(missing, "TABLETOP", "SINGLE", today.toString()).getString("id"), "ACHIEVED");
        DrillFixtures.drill(ordinary, "TABLETOP", "SINGLE", today.toString());
        // within the 15 days after the drill an unreported drill is due, not missing
        JsonPath due = as(Demo.nanmingSafety()).queryParam("half", half).queryParam("orgId", town).get(REPORTS).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(noDrill, late, missing, received).stream().sorted().toList(),
                due.getList("items.org.id").stream().map(String::valueOf).sorted().toList());
        for (int i = 0; i < 4; i++) {
            String org = due.getString("items[" + i + "].org.id");
            String expected = org.equals(noDrill) ? "NO_DRILL" : org.equals(received) ? "RECEIVED" : "DUE";
            assertEquals(expected, due.getString("items[" + i + "].status"), org);
        }
        assertEquals("NO_DRILL", due.getString("items[0].status"), "worst first");
        assertEquals("RECEIVED", due.getString("items[3].status"));
        try {
            movable.advance(Duration.ofDays(20));
            report(lateDrill);

            JsonPath r = as(Demo.nanmingSafety()).queryParam("half", half).queryParam("orgId", town).get(REPORTS).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(half, r.getString("half"));
            assertEquals(15, r.getInt("reportDays"));
            assertEquals(List.of(noDrill, missing, late, received), r.getList("items.org.id"), "worst first");
            assertEquals(List.of("NO_DRILL", "MISSING", "LATE", "RECEIVED"), r.getList("items.status"));
            assertEquals(Arrays.asList(null, 20, 20, 0), r.getList("items.days"));
            assertEquals(List.of("MALL", "HOTEL", "CONSTRUCTION", "CONSTRUCTION"), r.getList("items.emergencyKeyCategory"));
            assertEquals(List.of(), r.getList("items[0].drills"));
            assertEquals(List.of(unreported), r.getList("items[1].drills.id"));
            assertEquals(List.of(lateDrill), r.getList("items[2].drills.id"));
            assertEquals(List.of("LATE"), r.getList("items[2].drills.status"));
            assertEquals(List.of(onTime), r.getList("items[3].drills.id"));
            assertEquals(List.of(today.toString()), r.getList("items[3].drills.conductedOn"));

            // the other half knows none of these drills
            String otherHalf = today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";
            as(Demo.nanmingSafety()).queryParam("half", otherHalf).queryParam("orgId", town).get(REPORTS).then().statusCode(200)
                    .body("items.status", equalTo(List.of("NO_DRILL", "NO_DRILL", "NO_DRILL", "NO_DRILL")));
        } finally {
            movable.reset();
        }
    }

    @Test
    void aDepartmentSeesTheKeyUnitsOfItsIndustriesAndAnotherDistrictNone() {
        String town = DrillFixtures.township();
        String building = DrillFixtures.enterprise(town, "CONSTRUCTION", false, "CONSTRUCTION");
        String hotel = DrillFixtures.enterprise(town, "HAZARDOUS_CHEMICALS", false, "DANGEROUS_GOODS");
        LocalDate today = Times.today(clock);
        String half = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);

        as(Demo.constructionBureau()).queryParam("half", half).get(REPORTS).then().statusCode(200)
                .body("items.org.id", hasItem(building)).body("items.org.id", not(hasItem(hotel)));
        as(Demo.nanmingSafety()).queryParam("half", half).get(REPORTS).then().statusCode(200)
                .body("items.org.id", hasItems(building, hotel));
        as(Demo.baiyunSafety()).queryParam("half", half).get(REPORTS).then().statusCode(200)
                .body("items.org.id", not(hasItem(building)));
        String missing = as(Demo.baiyunSafety()).queryParam("half", half).queryParam("orgId", java.util.UUID.randomUUID()).get(REPORTS)
                .then().statusCode(404).extract().path("detail");
        as(Demo.baiyunSafety()).queryParam("half", half).queryParam("orgId", town).get(REPORTS).then().statusCode(404)
                .body("detail", equalTo(missing));
        as(Demo.constructionBureau()).queryParam("half", half).queryParam("orgId", town).get(REPORTS).then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("half", "2026-Q1").get(REPORTS).then().statusCode(400);
        as(Demo.nanmingSafety()).get(REPORTS).then().statusCode(400);
    }
}
