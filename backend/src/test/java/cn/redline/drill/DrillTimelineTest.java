package cn.redline.drill;

import static cn.redline.drill.DrillRuns.clientId;
import static cn.redline.drill.DrillRuns.inState;
import static cn.redline.drill.DrillRuns.timeline;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The phone timeline (§3.4 log): an entry is the phone's (clientId), so a sync repeated after a lost answer, or two
 * syncs of the same entry at once, leave one entry and answer it both times.
 */
@QuarkusTest
class DrillTimelineTest {

    @Inject
    DataSource db;

    private static List<Map<String, Object>> entries(String drillId) {
        return as(Demo.nanmingSafety()).get("/api/v1/drills/{id}/timeline", drillId).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    @Test
    void theSameClientIdTwiceIsOneEntry() {
        String id = inState("IN_PROGRESS");
        String client = clientId();
        Response first = timeline(Demo.nanmingSafety(), id, client, "13:02 注入：二号楼起火");
        first.then().statusCode(201).body("clientId", equalTo(client)).body("kind", equalTo("OBSERVATION"));
        // the answer was lost; the phone sends it again, even with its text edited meanwhile
        timeline(Demo.nanmingSafety(), id, client, "13:02 注入：二号楼起火（改）").then().statusCode(200)
                .body("id", equalTo(first.jsonPath().getString("id")))
                .body("text", equalTo("13:02 注入：二号楼起火"));
        timeline(Demo.nanmingSafety(), id, clientId(), "13:05 疏散完毕").then().statusCode(201);
        assertEquals(2, entries(id).size());
        // after the drill ends, an entry written offline during it still syncs, and its repeat is still the same entry
        DrillRuns.ok(id, DrillRuns.end(Demo.nanmingSafety(), 3));
        String late = clientId();
        String lateId = timeline(Demo.nanmingSafety(), id, late, "13:20 点评").then().statusCode(201).extract().path("id");
        timeline(Demo.nanmingSafety(), id, late, "13:20 点评").then().statusCode(200).body("id", equalTo(lateId));
        assertEquals(3, entries(id).size());
    }

    @Test
    void aDrillNotUnderwayTakesNoEntryButAnsweredEntriesStillReplay() {
        String planned = inState("PLANNED");
        timeline(Demo.nanmingSafety(), planned, clientId(), "提前记录").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("PREPARE", "POSTPONE", "CANCEL", "ATTACH")));
        assertEquals(0, entries(planned).size());
        timeline(Demo.nanmingSafety(), planned, "bad id!", "x").then().statusCode(400);
    }

    /**
     * Forces the race: another sync of the same entry has inserted it and not committed yet, so this one's check finds
     * nothing and its insert waits on the unique key; when the other commits, this one inserts nothing and answers
     * the other's entry.
     */
    @Test
    void twoSyncsOfOneEntryAtOnceLeaveOneEntry() throws Exception {
        String drillId = inState("IN_PROGRESS");
        String client = clientId();
        UUID otherId = UUID.randomUUID();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    insert into drill_timeline_entry (id, drill_id, org_id, client_id, kind, text, occurred_at, recorded_at,
                        author_subject, author_name)
                    select ?, d.id, d.org_id, ?, 'OBSERVATION', '另一部手机', now(), now(), 'sub-safety', '测试 safety'
                    from drill d where d.id = ?""")) {
                insert.setObject(1, otherId);
                insert.setString(2, client);
                insert.setObject(3, UUID.fromString(drillId));
                assertEquals(1, insert.executeUpdate());
            }
            CompletableFuture<Response> sync = CompletableFuture.supplyAsync(
                    () -> timeline(Demo.nanmingSafety(), drillId, client, "这部手机"), pool);
            assertTrue(waitsOnALock(), "the second sync waits on the unique key");
            assertTrue(!sync.isDone());
            other.commit();
            Response r = sync.get(30, TimeUnit.SECONDS);
            r.then().statusCode(200).body("id", equalTo(otherId.toString())).body("text", equalTo("另一部手机"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, entries(drillId).size());
    }

    private boolean waitsOnALock() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                    and query like '%insert into drill_timeline_entry%on conflict%'""");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void anEvaluatorNamedOnTheDrillLogsAndOthersOutsideItDoNot() {
        // the construction bureau sees the enterprise's drills (its industry) but does not organise them
        String id = inState("IN_PROGRESS");
        timeline(Demo.constructionBureau(), id, clientId(), "观察").then().statusCode(409);
        Map<String, Object> body = DrillRuns.plan(DrillRuns.org(), DrillRuns.today().plusDays(10));
        body.put("roles", Map.of("evaluators", List.of(Map.of("name", "测试 dept", "subject", "sub-dept"))));
        String named = inState("IN_PROGRESS", body);
        timeline(Demo.constructionBureau(), named, clientId(), "观察：指挥部启动迅速").then().statusCode(201)
                .body("author", equalTo("测试 dept"));
        // another district's office does not see either at all
        timeline(Demo.baiyunSafety(), named, clientId(), "观察").then().statusCode(404);
        as(Demo.baiyunSafety()).get("/api/v1/drills/{id}/timeline", named).then().statusCode(404);
    }
}
