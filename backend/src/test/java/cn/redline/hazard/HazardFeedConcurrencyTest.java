package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
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

/** The change feed under concurrent writers: a reader following nextCursor never skips a change. */
@QuarkusTest
class HazardFeedConcurrencyTest {

    @Inject
    DataSource db;

    /**
     * The interleaving that skipped events when the feed paged by sequence number: an older transaction
     * commits an event with a higher sequence number while a younger one, holding a lower number, is still
     * open; the reader moves past the higher number; then the younger one commits.
     */
    @Test
    void aTransactionThatCommitsLateIsDeliveredOnTheNextPage() throws Exception {
        String early = reported(Demo.inspector(), general(qiancheng()));
        String held = reported(Demo.inspector(), general(qiancheng()));
        Feed reader = new Feed(Demo.integration());
        reader.drain();
        try (Connection older = open(); Connection younger = open()) {
            older.createStatement().execute("select pg_current_xact_id()");
            touch(younger, held);
            touch(older, early);
            older.commit();
            List<String> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                later.add(reported(Demo.inspector(), general(qiancheng())));
            }
            reader.drain();
            assertTrue(reader.delivered.containsKey(early), "the committed change is delivered");
            reader.delivered.remove(held);
            younger.commit();
            reader.drain();
            assertTrue(reader.delivered.containsKey(held), "the change that committed late is delivered on the next page");
            assertTrue(reader.delivered.keySet().containsAll(later), "and so are the ones that committed meanwhile");
        }
    }

    /**
     * A ticket whose report is below the horizon but whose later change is not (an older transaction is still
     * open) was delivered in its new state, and then again, in the same state, once the change sank below the
     * horizon. It waits for the change and arrives once.
     */
    @Test
    void aTicketIsNotDeliveredTwiceInTheSameState() throws Exception {
        Feed reader = new Feed(Demo.integration());
        reader.drain();
        String id = reported(Demo.inspector(), general(qiancheng()));
        try (Connection older = open()) {
            older.createStatement().execute("select pg_current_xact_id()");
            act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
            reader.drain();
            older.commit();
        }
        reader.drain();
        assertEquals(List.of("CONFIRMED@1"), reader.deliveries(id));
    }

    @Test
    void aReaderFollowingTheCursorMissesNoTicketUnderConcurrentWriters() throws Exception {
        Feed reader = new Feed(Demo.integration());
        reader.drain();
        String enterprise = qiancheng();
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> reading = pool.submit(() -> {
                while (writing.get()) {
                    reader.page();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int n = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        String id = reported(Demo.inspector(), general(enterprise));
                        written.add(id);
                        if ((i + n) % 2 == 0) {
                            act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
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
        assertEquals(Set.of(), missed, "tickets the reader never received");
        Map<String, String> stale = new HashMap<>();
        for (String id : written) {
            String state = as(Demo.integration()).get("/api/v1/hazards/{id}", id).then().statusCode(200).extract().path("state");
            if (!state.equals(reader.delivered.get(id))) {
                stale.put(id, reader.delivered.get(id) + " but the database holds " + state);
            }
        }
        assertEquals(Map.of(), stale, "the last delivered state is the current one");
    }

    private Connection open() throws SQLException {
        Connection c = db.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Appends a history event to the ticket in the connection's open transaction (a copy of its last one). */
    private static void touch(Connection c, String hazardId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hazard_event (hazard_id, at, actor_subject, action, "
                + "from_state, to_state, scope_path, industry) select hazard_id, now(), actor_subject, action, from_state, "
                + "to_state, scope_path, industry from hazard_event where hazard_id = ? order by seq desc limit 1")) {
            s.setObject(1, UUID.fromString(hazardId));
            assertEquals(1, s.executeUpdate());
        }
    }

    /** A third party following nextCursor, remembering the last state it was given for every ticket. */
    private static final class Feed {
        private final String token;
        private final Map<String, String> delivered = new ConcurrentHashMap<>();
        private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        private String cursor;

        Feed(String token) {
            this.token = token;
        }

        int page() {
            var req = as(token).queryParam("limit", 50);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath p = req.get("/api/v1/hazards/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> hazard = (Map<String, Object>) item.get("hazard");
                delivered.put((String) item.get("id"), hazard == null ? "OUT_OF_SCOPE" : (String) hazard.get("state"));
                log.add(item.get("id") + " " + (hazard == null ? "OUT_OF_SCOPE" : hazard.get("state") + "@" + hazard.get("version")));
            }
            cursor = p.getString("nextCursor");
            return items.size();
        }

        /** The changes delivered for one ticket, in order. */
        List<String> deliveries(String id) {
            return log.stream().filter(l -> l.startsWith(id + " ")).map(l -> l.substring(id.length() + 1)).toList();
        }

        void drain() {
            for (int i = 0; i < 1000 && page() > 0; i++) {
                // keep following the cursor until a page comes back empty
            }
        }
    }
}
