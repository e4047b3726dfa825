package cn.redline.hazard;

import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.db.EmbeddedDatabase;
import cn.redline.support.AppProcess;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Two Redline JVMs on one PostgreSQL, as a city runs it when it outgrows one machine (issue 7, item 11): the
 * packaged application started twice at once with demo data on, against one embedded PostgreSQL and one OIDC
 * issuer; idempotency, lost races and the change feed are judged across the two, and neither logs an error.
 * Run by failsafe ({@code ./mvnw verify}) after the package phase; the consoles are in
 * {@code target/two-instances/*.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances").toAbsolutePath();
    private static final int RACERS = 8;

    private static EmbeddedDatabase db;
    private static OidcWiremockTestResource oidc;
    private static final List<AppProcess> apps = new ArrayList<>();
    private static AppProcess a;
    private static AppProcess b;
    private static String inspector;
    private static String safety;
    private static String integration;
    private static String enterprise;

    @RegisterExtension
    static final TestWatcher PRINT_LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            apps.forEach(app -> System.out.println("==== " + app.logFile() + " ====\n" + app.output()));
        }
    };

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        db = EmbeddedDatabase.startTemporary();
        oidc = new OidcWiremockTestResource();
        Map<String, String> issuer = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", issuer.get("smallrye.jwt.sign.key.location"));
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("quarkus.datasource.password", "postgres");
        settings.put("redline.demo-data.enabled", "true");
        settings.put("quarkus.oidc.auth-server-url", issuer.get("keycloak.url") + "/realms/quarkus/");
        settings.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        settings.put("redline.rate-limit.client.requests", "1000000");
        settings.put("redline.rate-limit.address.requests", "1000000");
        settings.put("redline.rate-limit.auth-failures.requests", "1000000");
        Path jar = Path.of(System.getProperty("redline.app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        a = AppProcess.start("a", jar, WORK.resolve("a"), settings);
        apps.add(a);
        b = AppProcess.start("b", jar, WORK.resolve("b"), settings);
        apps.add(b);
        a.awaitReady(Duration.ofMinutes(5));
        b.awaitReady(Duration.ofMinutes(5));
        inspector = Demo.inspector();
        safety = Demo.nanmingSafety();
        integration = Demo.integration();
        enterprise = on(a, Demo.admin()).get("/api/v1/orgs/by-code/{code}", Demo.QIANCHENG_CONSTRUCTION)
                .then().statusCode(200).extract().path("id");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (AppProcess app : apps) {
                app.stop();
            }
        } finally {
            try {
                if (oidc != null) {
                    oidc.stop();
                }
            } finally {
                if (db != null) {
                    db.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void startingTogetherWithDemoDataSeedsOneSet() throws SQLException {
        assertEquals(DemoHazards.TICKETS, count("select count(*) from hazard where discovered_by_subject like 'demo:%'"),
                "demo tickets seeded once by the two instances");
        assertEquals(0, count("select count(*) from (select code from org group by code having count(*) > 1) d"),
                "no org code twice");
    }

    @Test
    @Order(2)
    void theSameIdempotencyKeyOnBothInstancesMakesOneTicket() throws Exception {
        String key = "two-instances-" + UUID.randomUUID();
        Map<String, Object> body = general(enterprise);
        body.put("title", "同键并发 " + key);
        List<Response> answers = race(i -> on(i % 2 == 0 ? a : b, inspector).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body), r -> r.post("/api/v1/hazards"));
        Set<String> ids = new HashSet<>();
        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.jsonPath().getString("id"));
        }
        assertEquals(1, ids.size(), "every answer names the same ticket: " + ids);
        assertEquals(1, count("select count(*) from hazard where title = '" + body.get("title") + "'"), "one ticket stored");
    }

    @Test
    @Order(3)
    void transitionsRacingOnBothInstancesWithOneIfMatchHaveOneWinnerAndOtherwise412() throws Exception {
        String id = report(a);
        String etag = on(a, safety).get("/api/v1/hazards/{id}", id).then().statusCode(200).extract().header("ETag");
        List<Response> answers = race(i -> on(i % 2 == 0 ? a : b, safety).contentType(ContentType.JSON)
                .header("If-Match", etag).body(confirm()), r -> r.post("/api/v1/hazards/{id}/transitions", id));
        assertOneWinner(answers, 412);
        assertConsistent(id, "CONFIRMED");
    }

    @Test
    @Order(4)
    void transitionsRacingOnBothInstancesWithoutIfMatchHaveOneWinnerAndOtherwise409() throws Exception {
        String id = report(b);
        List<Response> answers = race(i -> on(i % 2 == 0 ? a : b, safety).contentType(ContentType.JSON).body(confirm()),
                r -> r.post("/api/v1/hazards/{id}/transitions", id));
        assertOneWinner(answers, 409);
        assertConsistent(id, "CONFIRMED");
    }

    /**
     * A reader follows instance A's feed while writers report and confirm tickets through both instances, and a
     * confirmation through B is held open behind a row lock while later tickets commit (its transaction is older
     * than theirs but commits after them). Every ticket arrives, no change arrives twice, and the last one
     * delivered is the ticket's current state.
     */
    @Test
    @Order(5)
    void aFeedReaderOnOneInstanceMissesNothingWrittenThroughBoth() throws Exception {
        Feed reader = new Feed(a);
        reader.drain();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Map<String, Set<String>> committedWhileHeld = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            Future<?> reading = pool.submit(() -> {
                while (writing.get()) {
                    reader.page();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                AppProcess writeTo = w % 2 == 0 ? a : b;
                AppProcess confirmOn = w % 2 == 0 ? b : a;
                int n = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        String id = report(writeTo);
                        written.add(id);
                        if ((i + n) % 2 == 0) {
                            on(confirmOn, safety).contentType(ContentType.JSON).body(confirm())
                                    .post("/api/v1/hazards/{id}/transitions", id).then().statusCode(200);
                        }
                    }
                    return null;
                }));
            }
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 3; i++) {
                    String id = report(a);
                    written.add(id);
                    committedWhileHeld.put(id, confirmHeldOpen(id, written, pool));
                }
                return null;
            }));
            for (Future<?> f : writers) {
                f.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            reading.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        reader.drain();
        assertTrue(committedOutOfOrder(committedWhileHeld), "a held confirmation committed after younger transactions");
        Set<String> missed = new HashSet<>(written);
        missed.removeAll(reader.last.keySet());
        assertEquals(Set.of(), missed, "tickets the reader never received");
        assertEquals(List.of(), reader.duplicates, "changes delivered twice");
        Map<String, String> stale = new HashMap<>();
        for (String id : written) {
            JsonPath now = on(b, integration).get("/api/v1/hazards/{id}", id).then().statusCode(200).extract().jsonPath();
            String current = now.getString("state") + "@" + now.getLong("version");
            if (!current.equals(reader.last.get(id))) {
                stale.put(id, reader.last.get(id) + " delivered, " + current + " stored");
            }
        }
        assertEquals(Map.of(), stale, "the last delivered change is the current one");
    }

    /**
     * Each instance keeps callers' orgs in memory: a code changed through A locks the old code out on B too, at
     * once (B hears of the change from PostgreSQL when A commits it).
     */
    @Test
    @Order(6)
    void anOrgRecodedThroughOneInstanceLocksTheOldCodeOutOnTheOther() throws Exception {
        String admin = Demo.admin();
        String nanming = on(a, admin).get("/api/v1/orgs/by-code/{code}", Demo.NANMING).then().statusCode(200)
                .extract().path("id");
        String code = Demo.NANMING + "9" + (10 + (int) (System.nanoTime() % 80));
        Map<String, Object> town = new HashMap<>(Map.of("code", code, "name", "两实例街道", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming));
        String id = on(a, admin).contentType(ContentType.JSON).body(town).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
        String old = Tokens.token("town-office", code, "safety_office");
        on(b, old).get("/api/v1/orgs/{id}", id).then().statusCode(200);
        String etag = on(a, admin).get("/api/v1/orgs/{id}", id).header("ETag");
        town.put("code", Demo.NANMING + "9" + (90 + (int) (System.nanoTime() % 10)));
        on(a, admin).contentType(ContentType.JSON).header("If-Match", etag).body(town).put("/api/v1/orgs/{id}", id)
                .then().statusCode(200);
        int status = 0;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); System.nanoTime() < end; Thread.sleep(50)) {
            status = on(b, old).get("/api/v1/orgs/{id}", id).statusCode();
            if (status == 403) {
                break;
            }
        }
        assertEquals(403, status, "the old code on the other instance within 2 s of the change");
    }

    @Test
    @Order(7)
    void neitherInstanceLogsAnError() {
        for (AppProcess app : apps) {
            assertEquals(List.of(), app.errorLines(), "ERROR lines in " + app.logFile());
        }
    }

    /**
     * Locks the ticket's row in a transaction of its own, confirms the ticket through B, waits until that
     * confirmation's transaction (which has written its history and holds its transaction id) waits for the row,
     * lets the other writers commit reports meanwhile, then releases the row. Returns the tickets whose reports
     * were answered while the confirmation was held.
     */
    private static Set<String> confirmHeldOpen(String id, Set<String> written, ExecutorService pool) throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select id from hazard where id = ? for update")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            Future<Response> held = pool.submit(() -> on(b, safety).contentType(ContentType.JSON).body(confirm())
                    .post("/api/v1/hazards/{id}/transitions", id));
            awaitBlockedBehind(c);
            Set<String> before = Set.copyOf(written);
            Set<String> during = new HashSet<>();
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); during.size() < 3 && System.nanoTime() < end; ) {
                Thread.sleep(200);
                during.addAll(written);
                during.removeAll(before);
            }
            c.commit();
            Response r = held.get(1, TimeUnit.MINUTES);
            assertEquals(200, r.statusCode(), r.asString());
            return during;
        }
    }

    /** Waits until another session waits for a lock that the connection's transaction holds. */
    private static void awaitBlockedBehind(Connection holder) throws Exception {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "select exists (select 1 from pg_stat_activity where ? = any(pg_blocking_pids(pid)))");
             PreparedStatement pid = holder.prepareStatement("select pg_backend_pid()")) {
            int holderPid;
            try (ResultSet rs = pid.executeQuery()) {
                rs.next();
                holderPid = rs.getInt(1);
            }
            q.setInt(1, holderPid);
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < end; Thread.sleep(50)) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            throw new AssertionError("the held confirmation never reached the locked row");
        }
    }

    /**
     * Whether a held confirmation's transaction is older than the report of a ticket answered while it was held:
     * that report committed first, so the feed saw commits out of transaction order.
     */
    private static boolean committedOutOfOrder(Map<String, Set<String>> committedWhileHeld) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement("select exists (select 1 "
                + "from hazard_event held join hazard_event later on later.hazard_id = any(?) and later.action = 'REPORT' "
                + "and later.tx_id > held.tx_id where held.hazard_id = ? and held.action = 'CONFIRM')")) {
            for (var e : committedWhileHeld.entrySet()) {
                q.setArray(1, c.createArrayOf("uuid", e.getValue().stream().map(UUID::fromString).toArray()));
                q.setObject(2, UUID.fromString(e.getKey()));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static RequestSpecification on(AppProcess app, String token) {
        return RestAssured.given().baseUri(app.url()).auth().oauth2(token).accept(ContentType.JSON);
    }

    private static String report(AppProcess app) {
        Response r = on(app, inspector).contentType(ContentType.JSON).body(general(enterprise)).post("/api/v1/hazards");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getString("id");
    }

    /** Prepares one request per racer, alternating the instances, then releases them together. */
    private static List<Response> race(Function<Integer, RequestSpecification> request,
                                       Function<RequestSpecification, Response> send) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int n = i;
                calls.add(() -> {
                    RequestSpecification r = request.apply(n);
                    start.await(30, TimeUnit.SECONDS);
                    return send.apply(r);
                });
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertOneWinner(List<Response> answers, int loser) {
        int winners = 0;
        for (Response r : answers) {
            if (r.statusCode() == 200) {
                winners++;
                continue;
            }
            assertTrue(r.statusCode() == 409 || r.statusCode() == loser, r.statusCode() + " " + r.asString());
            assertEquals("application/problem+json", r.contentType().split(";")[0]);
        }
        assertEquals(1, winners, "exactly one writer wins");
    }

    /** Both instances show the ticket in {@code state}, with one ETag and one history holding one confirmation. */
    private static void assertConsistent(String id, String state) {
        Response onA = on(a, safety).get("/api/v1/hazards/{id}", id);
        Response onB = on(b, safety).get("/api/v1/hazards/{id}", id);
        assertEquals(state, onA.jsonPath().getString("state"));
        assertEquals(onA.header("ETag"), onB.header("ETag"), "one version on both instances");
        List<String> historyA = on(a, safety).get("/api/v1/hazards/{id}/history", id).jsonPath().getList("items.action");
        List<String> historyB = on(b, safety).get("/api/v1/hazards/{id}/history", id).jsonPath().getList("items.action");
        assertEquals(historyA, historyB, "one history on both instances");
        assertEquals(1, historyA.stream().filter("CONFIRM"::equals).count(), "confirmed once: " + historyA);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A third party following nextCursor: the last change it was given per ticket, and any change given twice. */
    private static final class Feed {
        private final AppProcess app;
        private final Map<String, String> last = new ConcurrentHashMap<>();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final List<String> duplicates = new CopyOnWriteArrayList<>();
        private String cursor;

        Feed(AppProcess app) {
            this.app = app;
        }

        int page() {
            RequestSpecification req = on(app, integration).queryParam("limit", 50);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath p = req.get("/api/v1/hazards/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> hazard = (Map<String, Object>) item.get("hazard");
                String id = (String) item.get("id");
                String change = hazard == null ? "OUT_OF_SCOPE" : hazard.get("state") + "@" + hazard.get("version");
                if (!seen.add(id + " " + change)) {
                    duplicates.add(id + " " + change);
                }
                last.put(id, change);
            }
            cursor = p.getString("nextCursor");
            return items.size();
        }

        void drain() {
            for (int i = 0; i < 1000 && page() > 0; i++) {
                // keep following the cursor until a page comes back empty
            }
        }
    }
}
