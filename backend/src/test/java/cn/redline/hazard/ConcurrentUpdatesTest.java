package cn.redline.hazard;

import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers racing from the same version: exactly one wins, every other one hears 412 (it sent If-Match) or
 * 409, never a 500, and nothing is logged as an unexpected failure.
 */
@QuarkusTest
class ConcurrentUpdatesTest {

    private static final int RACERS = 8;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureErrors() {
        Logger.getLogger("cn.redline").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("cn.redline").removeHandler(capture);
    }

    @Test
    void transitionsRacingWithTheSameIfMatchHaveOneWinnerAndOtherwise412() throws Exception {
        String id = reported(Demo.inspector(), general(qiancheng()));
        String etag = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).header("ETag");
        List<Response> answers = race(() -> as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(confirm()), r -> r.post("/api/v1/hazards/{id}/transitions", id));
        assertOneWinner(answers, Set.of(412));
        assertEquals(1, as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}/history", id).jsonPath()
                .getList("items.findAll { it.action == 'CONFIRM' }").size(), "confirmed once");
    }

    @Test
    void transitionsRacingWithoutIfMatchHaveOneWinnerAndOtherwise409() throws Exception {
        String id = reported(Demo.inspector(), general(qiancheng()));
        List<Response> answers = race(() -> as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(confirm()),
                r -> r.post("/api/v1/hazards/{id}/transitions", id));
        assertOneWinner(answers, Set.of(409));
    }

    @Test
    void orgUpdatesRacingWithTheSameIfMatchHaveOneWinnerAndOtherwise412() throws Exception {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        String town = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "竞争街道", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", nanming))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String etag = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", town).header("ETag");
        List<Response> answers = race(() -> as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("code", code, "name", "竞争街道（改）", "kind", "REGION", "regionLevel", "TOWNSHIP",
                        "parentId", nanming)), r -> r.put("/api/v1/orgs/{id}", town));
        assertOneWinner(answers, Set.of(412));
    }

    /** Prepares every request first, then releases them together. */
    private static List<Response> race(Supplier<RequestSpecification> request,
                                       java.util.function.Function<RequestSpecification, Response> send) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                calls.add(() -> {
                    RequestSpecification r = request.get();
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

    private void assertOneWinner(List<Response> answers, Set<Integer> losers) {
        int winners = 0;
        for (Response r : answers) {
            if (r.statusCode() == 200) {
                winners++;
                continue;
            }
            assertTrue(r.statusCode() == 409 || losers.contains(r.statusCode()), r.statusCode() + " " + r.asString());
            assertEquals("application/problem+json", r.contentType().split(";")[0]);
        }
        assertEquals(1, winners, "exactly one writer wins");
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList(), "a lost race is not an unexpected failure");
    }
}
