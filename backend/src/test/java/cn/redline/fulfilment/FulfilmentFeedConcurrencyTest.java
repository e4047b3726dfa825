package cn.redline.fulfilment;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.duty.Obligations;
import cn.redline.support.Demo;
import cn.redline.support.FeedReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
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

/** The change feed of fulfilment records under concurrent writers: a reader following nextCursor never skips a change. */
@QuarkusTest
class FulfilmentFeedConcurrencyTest {

    @Inject
    DataSource db;

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    /**
     * The interleaving that skips changes when a feed pages by sequence number: an older transaction commits an event
     * with a higher number while a younger one, holding a lower number, is still open; the reader moves past the
     * higher number; then the younger one commits. Its change must come on the next page.
     */
    @Test
    void aTransactionThatCommitsLateIsDeliveredOnTheNextPage() throws Exception {
        Duties d = new Duties(em, obligations, clock);
        UUID item = d.personalItem();
        String early = d.submitted(item, d.today());
        String held = d.submitted(item, d.today());
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/fulfilment-records/changes", "state");
        reader.drain();
        try (Connection older = open(); Connection younger = open()) {
            older.createStatement().execute("select pg_current_xact_id()");
            touch(younger, held);
            touch(older, early);
            older.commit();
            List<String> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                later.add(d.submitted(item, d.today()));
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

    @Test
    void aReaderFollowingTheCursorMissesNoRecordUnderConcurrentWriters() throws Exception {
        Duties d = new Duties(em, obligations, clock);
        // one item per writer: accepting two records of one obligation at once is a lost update (409) by design
        List<UUID> items = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            items.add(d.personalItem());
        }
        FeedReader reader = new FeedReader(Demo.integration(), "/api/v1/fulfilment-records/changes", "state");
        reader.drain();
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
                    for (int i = 0; i < 8; i++) {
                        String id = d.submitted(items.get(n), d.today());
                        written.add(id);
                        if ((i + n) % 2 == 0) {
                            Duties.act(Demo.nanmingSafety(), id, "ACCEPT", null).then().statusCode(200);
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
        assertEquals(Set.of(), missed, "records the reader never received");
        Map<String, String> stale = new HashMap<>();
        for (String id : written) {
            String state = as(Demo.integration()).get("/api/v1/fulfilment-records/{id}", id).then().statusCode(200)
                    .extract().path("state");
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

    /** Appends a copy of the record's last history event in the connection's open transaction. */
    private static void touch(Connection c, String recordId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into fulfilment_event (record_id, org_id, at, actor_subject, "
                + "action, from_state, to_state) select record_id, org_id, now(), actor_subject, action, from_state, to_state "
                + "from fulfilment_event where record_id = ? order by seq desc limit 1")) {
            s.setObject(1, UUID.fromString(recordId));
            assertEquals(1, s.executeUpdate());
        }
    }
}
