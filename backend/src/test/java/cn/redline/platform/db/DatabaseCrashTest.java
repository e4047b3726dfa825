package cn.redline.platform.db;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Api;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The real app on a durable, supervised embedded PostgreSQL of its own: a postmaster killed under concurrent writers
 * loses no acknowledged ticket or key and is restarted without the JVM; a stopped database is a fast 503 on every
 * route and the API is back as soon as the database is.
 */
@QuarkusTest
@TestProfile(DurableDatabaseProfile.class)
class DatabaseCrashTest {

    private static final int WRITERS = 4;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DatabaseCrashTest.class);
    private static long slowest503;

    record Ticket(String id, String code) {
    }

    @Test
    void everyAcknowledgedTicketAndKeySurvivesAKilledPostmaster() throws Exception {
        String enterprise = Api.idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION);
        String token = Demo.inspector();
        Map<String, Ticket> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    String key = UUID.randomUUID().toString();
                    Response r = report(token, enterprise, key);
                    if (r.statusCode() == 201) {
                        acknowledged.put(key, new Ticket(r.jsonPath().getString("id"), r.jsonPath().getString("code")));
                    }
                }
                return null;
            }));
        }
        long killed;
        int beforeKill;
        try {
            await(Duration.ofSeconds(120), () -> acknowledged.size() >= 40);
            killed = Postmasters.kill(DurableDatabaseProfile.Database.dataDirectory());
            beforeKill = acknowledged.size();
            // the supervisor restarts PostgreSQL and the same JVM serves writes again
            await(Duration.ofSeconds(120), () -> acknowledged.size() >= beforeKill + 40);
        } finally {
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        }
        for (Future<?> f : running) {
            f.get();
        }
        assertNotEquals(killed, Postmasters.pid(DurableDatabaseProfile.Database.dataDirectory()));
        LOG.infof("Killed postmaster %d after %d acknowledged tickets; %d acknowledged in all", killed, beforeKill,
                acknowledged.size());

        for (Map.Entry<String, Ticket> e : acknowledged.entrySet()) {
            Ticket t = e.getValue();
            Response stored = as(token).get("/api/v1/hazards/{id}", t.id());
            assertEquals(200, stored.statusCode(), "acknowledged ticket " + t + " is gone");
            assertEquals(t.code(), stored.jsonPath().getString("code"));
            Response replay = report(token, enterprise, e.getKey());
            assertEquals(201, replay.statusCode());
            assertEquals("true", replay.header("Idempotency-Replayed"), "key " + e.getKey() + " was forgotten");
            assertEquals(t.id(), replay.jsonPath().getString("id"));
        }
        assertEquals(acknowledged.size(), new HashSet<>(acknowledged.values().stream().map(Ticket::code).toList()).size(),
                "a ticket code was issued twice");
    }

    @Test
    void aStoppedDatabaseIsAFast503OnEveryRouteAndTheApiIsBackWithIt() throws Exception {
        String token = Demo.admin();
        as(token).get("/api/v1/hazards").then().statusCode(200);
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (warnings) {
                        warnings.add(r.getLoggerName() + ": " + r.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger app = Logger.getLogger("cn.redline");
        app.addHandler(capture);
        try {
            DurableDatabaseProfile.Database.stopDatabase();
            List<Runnable> routes = List.of(
                    () -> check(as(token).get("/api/v1/hazards")),
                    () -> check(as(token).get("/api/v1/orgs/by-code/{code}", Demo.NANMING)),
                    () -> check(as(token).get("/api/v1/hazards/{id}", UUID.randomUUID())),
                    () -> check(as(Demo.inspector()).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + UUID.randomUUID())
                            .body(ticket(UUID.randomUUID().toString())).post("/api/v1/hazards")));
            for (int round = 0; round < 3; round++) {
                routes.forEach(Runnable::run);
            }
            RestAssured.given().get("/q/health/ready").then().statusCode(503);
        } finally {
            DurableDatabaseProfile.Database.startDatabase();
        }
        long start = System.nanoTime();
        Response back = as(token).get("/api/v1/hazards");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        app.removeHandler(capture);
        assertEquals(200, back.statusCode(), "the first request after the database is back: " + back.asString());
        assertTrue(millis < 2000, "first answer after the database is back took " + millis + " ms");
        LOG.infof("Outage: slowest 503 answer %d ms; first answer after the database was back %d ms", slowest503, millis);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        synchronized (warnings) {
            assertEquals(1, warnings.stream().filter(w -> w.startsWith(DatabaseOutage.class.getName())).count(),
                    "one WARN per outage: " + warnings);
            assertEquals(List.of(), warnings.stream().filter(w -> !w.startsWith(DatabaseOutage.class.getName())).toList(),
                    "nothing else is logged as a warning or error");
        }
    }

    private static void check(Response r) {
        slowest503 = Math.max(slowest503, r.time());
        assertEquals(503, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("5", r.header("Retry-After"));
        assertEquals("database-unavailable", r.jsonPath().getString("type").replaceAll(".*/", ""));
        assertTrue(r.time() < 6000, "answered after " + r.time() + " ms");
    }

    private static Response report(String token, String enterprise, String key) {
        Map<String, Object> body = ticket(enterprise);
        body.put("title", "断电测试 " + key.substring(0, 8));
        return as(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/hazards");
    }

    private static Map<String, Object> ticket(String enterprise) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "配电箱未接地");
        m.put("description", "临时配电箱外壳未做保护接地");
        m.put("level", "GENERAL");
        m.put("category", "ELECTRICAL");
        m.put("enterpriseId", enterprise);
        m.put("source", "INSPECTION");
        m.put("locationText", "花果园三号楼东侧");
        return m;
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not reached within " + limit);
            Thread.sleep(50);
        }
    }
}
