package cn.redline.drill;

import static cn.redline.drill.DrillRuns.held;
import static cn.redline.drill.DrillRuns.ok;
import static cn.redline.drill.DrillRuns.plan;
import static cn.redline.drill.DrillRuns.planned;
import static cn.redline.drill.DrillRuns.sharedOrg;
import static cn.redline.drill.DrillRuns.today;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import cn.redline.support.FeedReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Drills for third parties (issue 11 deliverable 6): the change feed never skips a late commit, under a held
 * transaction and under concurrent writers, and stays in the caller's scope; a bulk push judges each item alone and
 * never creates a drill twice.
 */
@QuarkusTest
class DrillFeedTest {

    @Inject
    DataSource db;

    // ------------------------------------------------------------------ the feed

    @Test
    void aDrillWhoseChangeCommitsLateIsDeliveredOnTheNextPage() throws Exception {
        String early = planned(plan(sharedOrg(), today().plusDays(20)));
        String held = planned(plan(sharedOrg(), today().plusDays(20)));
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/drills/changes", "status");
        reader.drain();
        reader.delivered.remove(held);
        try (Connection older = open(); Connection younger = open()) {
            older.createStatement().execute("select pg_current_xact_id()");
            touch(younger, held);
            touch(older, early);
            older.commit();
            String later = planned(plan(sharedOrg(), today().plusDays(20)));
            reader.drain();
            assertTrue(reader.delivered.containsKey(early), "the committed change is delivered");
            assertFalse(reader.delivered.containsKey(held), "the change still open is not");
            younger.commit();
            reader.drain();
            assertTrue(reader.delivered.containsKey(held), "the change that committed late is delivered on the next page");
            assertTrue(reader.delivered.containsKey(later), "and so is the one that committed meanwhile");
        }
    }

    @Test
    void aDrillIsNotDeliveredTwiceInTheSameState() throws Exception {
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/drills/changes", "status");
        reader.drain();
        String id = planned(plan(sharedOrg(), today().plusDays(20)));
        try (Connection older = open()) {
            older.createStatement().execute("select pg_current_xact_id()");
            ok(id, Map.of("action", "ATTACH", "fileKind", "WORK_PLAN", "attachmentIds", List.of(DrillRuns.uploadPdf(Demo.nanmingSafety()))));
            ok(id, Map.of("action", "PREPARE"));
            reader.drain();
            assertEquals(List.of(), reader.deliveries(id), "nothing of the drill while an older transaction is open");
            older.commit();
        }
        reader.drain();
        assertEquals(List.of("PREPARING"), reader.deliveries(id));
    }

    @Test
    void aReaderFollowingTheCursorMissesNoDrillUnderConcurrentWriters() throws Exception {
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/drills/changes", "status");
        reader.drain();
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> reading = pool.submit(() -> {
                while (writing.get()) {
                    reader.page();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int n = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String id = planned(plan(sharedOrg(), today().plusDays(30)));
                        written.add(id);
                        if ((i + n) % 2 == 0) {
                            ok(id, Map.of("action", "CANCEL", "comment", "改期"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            reading.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        reader.drain();
        Set<String> missed = new HashSet<>(written);
        missed.removeAll(reader.delivered.keySet());
        assertEquals(Set.of(), missed, "drills the reader never received");
        Map<String, String> stale = new HashMap<>();
        for (String id : written) {
            String status = as(Demo.integration()).get("/api/v1/drills/{id}", id).then().statusCode(200).extract().path("status");
            if (!status.equals(reader.delivered.get(id))) {
                stale.put(id, reader.delivered.get(id) + " but the database holds " + status);
            }
        }
        assertEquals(Map.of(), stale, "the last delivered state is the current one");
    }

    @Test
    void theFeedStaysInTheCallersScope() {
        FeedReader baiyun = new FeedReader(Demo.baiyunSafety(), "/api/v1/drills/changes", "status");
        baiyun.drain();
        FeedReader nanming = new FeedReader(Demo.nanmingSafety(), "/api/v1/drills/changes", "status");
        nanming.drain();
        String id = planned(plan(sharedOrg(), today().plusDays(20)));
        baiyun.drain();
        nanming.drain();
        assertFalse(baiyun.delivered.containsKey(id), "Baiyun does not see a Nanming drill");
        assertEquals(List.of("PLANNED"), nanming.deliveries(id));
        as(Demo.nanmingSafety()).queryParam("cursor", "not-a-cursor").get("/api/v1/drills/changes").then().statusCode(400);
    }

    // ------------------------------------------------------------------ the push

    private static JsonPath push(List<Object> items) {
        return as(Demo.integration()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("items", items)).post("/api/v1/drills/bulk").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPushJudgesEachItemAloneAndARepushCreatesNothingTwice() {
        String org = DrillRuns.org();
        String ref = "ERP-" + UUID.randomUUID();
        Map<String, Object> future = held(org, ref + "-future");
        future.put("conductedOn", today().plusDays(2).toString());
        Map<String, Object> outside = held(idOfBaiyunEnterprise(), ref + "-outside");
        Map<String, Object> badType = held(org, ref + "-type");
        badType.put("actualHeadcount", "many");
        Map<String, Object> noRef = held(org, null);
        List<Object> items = List.of(held(org, ref), future, outside, badType, noRef, held(org, ref));
        JsonPath first = push(items);
        assertEquals(1, first.getInt("created"));
        assertEquals(5, first.getInt("invalid"));
        assertEquals(List.of("CREATED", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID"), first.getList("items.status"));
        assertEquals("conductedOn", first.getString("items[1].errors[0].field"));
        assertEquals("orgId", first.getString("items[2].errors[0].field"));
        assertEquals("actualHeadcount", first.getString("items[3].errors[0].field"));
        assertEquals("externalRef", first.getString("items[4].errors[0].field"));
        assertEquals("externalRef", first.getString("items[5].errors[0].field"), "the same ref twice in one push");
        String id = first.getString("items[0].id");
        assertEquals("CONDUCTED", first.getString("items[0].drillStatus"));

        JsonPath again = push(List.of(held(org, ref)));
        assertEquals(List.of("EXISTING"), again.getList("items.status"));
        assertEquals(id, again.getString("items[0].id"));
        List<String> ids = as(Demo.nanmingSafety()).queryParam("orgId", org).get("/api/v1/drills").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of(id), ids, "one drill for the org: nothing of the invalid items, nothing twice");
        assertEquals(ref, as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", id).then().statusCode(200).extract().path("externalRef"));
    }

    @Test
    void aPushedConductedDrillCountsTowardsDutyAndAppearsInTheFeed() {
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/drills/changes", "status");
        reader.drain();
        String org = DrillRuns.org();
        String plan = DrillFixtures.plan(org, "COMPREHENSIVE");
        Map<String, Object> item = held(org, "ERP-" + UUID.randomUUID());
        item.put("planIds", List.of(plan));
        item.put("form", "TABLETOP");
        item.put("scope", "SINGLE");
        String id = push(List.of(item)).getString("items[0].id");
        var owed = DrillFixtures.owed(org, null);
        assertTrue(owed.values().stream().anyMatch(o -> ((Number) o.get("counted")).intValue() >= 1),
                "the pushed drill counts for a drill rule: " + owed);
        reader.drain();
        assertEquals(List.of("CONDUCTED"), reader.deliveries(id));
    }

    @Test
    void onlyIntegrationsPush() {
        as(Demo.enterprise()).contentType(ContentType.JSON).body(Map.of("items", List.of(held(DrillRuns.org(), "x"))))
                .post("/api/v1/drills/bulk").then().statusCode(403);
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/v1/drills/bulk").then().statusCode(400);
    }

    private static String idOfBaiyunEnterprise() {
        return as(Demo.baiyunSafety()).queryParam("kind", "ENTERPRISE").queryParam("limit", 1).get("/api/v1/orgs").then()
                .statusCode(200).extract().path("items[0].id");
    }

    // ------------------------------------------------------------------ helpers

    private Connection open() throws SQLException {
        Connection c = db.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Appends a copy of the drill's last history step in the connection's open transaction. */
    private static void touch(Connection c, String drillId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into drill_event (record_kind, record_id, org_id, at, actor_subject, "
                + "action, from_state, to_state) select record_kind, record_id, org_id, now(), actor_subject, action, from_state, "
                + "to_state from drill_event where record_id = ? order by seq desc limit 1")) {
            s.setObject(1, UUID.fromString(drillId));
            assertEquals(1, s.executeUpdate());
        }
    }
}
