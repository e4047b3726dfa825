package cn.redline.hazard;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.hazard.HazardEnums.State;
import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoHazardsTest.OwnDatabase.class)
class DemoHazardsTest {

    /** A profile of its own restarts the app on a fresh database: the seeded tickets would change other tests' counts. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redline.demo-data.hazards", "false");
        }
    }

    @Inject
    DemoHazards demo;

    @Inject
    Clock clock;

    @Test
    void twoInstancesStartingTogetherSeedOneYearOfTicketsInEveryState() throws Exception {
        LocalDate today = Times.today(clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> demo.seed(today));
            Future<Integer> b = pool.submit(() -> demo.seed(today));
            int first = a.get();
            int second = b.get();
            assertEquals(DemoHazards.TICKETS, first + second, "exactly one of the two seeds");
            assertEquals(0, Math.min(first, second));
        } finally {
            pool.shutdown();
        }
        assertEquals(0, demo.seed(today), "a restart adds nothing");

        JsonPath stats = as(Demo.admin()).get("/api/v1/hazards/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(DemoHazards.TICKETS, stats.getInt("total"));
        for (State state : State.values()) {
            assertTrue(stats.getInt("byState.find { it.key == '" + state + "' }.count") > 0, "no ticket " + state);
        }
        assertTrue(stats.getInt("overdue") > 0, "some open tickets are past their deadline");
        assertTrue(stats.getList("monthly.findAll { it.reported > 0 }").size() >= 10, "spread over the year: " + stats.getList("monthly"));

        // what the district office sees on its list: its own tickets with photos and the actions it may take
        JsonPath waiting = as(Demo.nanmingSafety()).queryParam("state", "REPORTED").queryParam("limit", 200)
                .get("/api/v1/hazards").then().statusCode(200).extract().jsonPath();
        List<List<String>> allowed = waiting.getList("items.allowedActions");
        assertTrue(!allowed.isEmpty() && allowed.stream().allMatch(x -> x.contains("CONFIRM")), allowed.toString());

        JsonPath closed = as(Demo.admin()).queryParam("state", "CLOSED").queryParam("limit", 200).get("/api/v1/hazards")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(closed.getList("items.attachments.flatten()").size() > 0, "closed tickets carry photos");
        String oneClosed = closed.getString("items[0].id");
        JsonPath history = as(Demo.admin()).get("/api/v1/hazards/{id}/history", oneClosed).then().statusCode(200)
                .extract().jsonPath();
        List<String> actions = history.getList("items.action");
        assertEquals("REPORT", actions.get(0));
        assertTrue(actions.contains("ACCEPT") || actions.contains("FIX_ON_SPOT"), actions.toString());
        assertEquals("CLOSED", history.getString("items[-1].toState"));
        assertTrue(history.getList("items.at").stream().map(String::valueOf).distinct().count() > 1,
                "each step at its own time");
    }
}
