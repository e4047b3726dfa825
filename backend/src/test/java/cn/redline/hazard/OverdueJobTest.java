package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverdueJobTest {

    @Inject
    OverdueJob job;

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    /** Deadlines cannot be set in the past through the API; the test moves the clock instead. */
    private LocalDate afterDeadline() {
        return Hazards.TODAY.plusDays(15);
    }

    /** Other tests' tickets share the database: a run before each test leaves only the test's own tickets due. */
    @BeforeEach
    void markWhatOtherTestsLeftDue() {
        job.run(afterDeadline());
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    /** The scheduled run reads the application's clock: a fortnight and a day on, a confirmed ticket is overdue. */
    @Test
    void theScheduledRunMarksTicketsOnceTheClockPassesTheirDeadline() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
        job.scheduled();
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("overdue", equalTo(false));

        clock.advance(Duration.ofDays(15));
        job.scheduled();
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("overdue", equalTo(true));
        assertEquals(1L, escalations(id));
    }

    @Test
    void overdueTicketsAreMarkedEscalatedAndRecordedOnce() {
        String general = reported(Demo.inspector(), general(qiancheng()));
        String major = reported(Demo.inspector(), major(qiancheng()));
        act(Demo.nanmingSafety(), general, confirm()).then().statusCode(200);
        act(Demo.nanmingSafety(), major, confirm()).then().statusCode(200);
        String notYetConfirmed = reported(Demo.inspector(), general(qiancheng()));

        int marked = job.run(afterDeadline());
        assertEquals(2, marked);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", general).then().body("overdue", equalTo(true))
                .body("escalatedTo.code", equalTo(Demo.NANMING));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", major).then().body("overdue", equalTo(true))
                .body("escalatedTo.code", equalTo(Demo.GUIYANG));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", notYetConfirmed).then().body("overdue", equalTo(false));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}/history", general).then()
                .body("items.action", hasItem("ESCALATE"));
        as(Demo.nanmingSafety()).queryParam("overdue", true).get("/api/v1/hazards").then().body("items.id", hasItem(general));

        assertEquals(0, job.run(afterDeadline()), "a second run finds nothing new");
        assertEquals(1L, escalations(general));
    }

    /**
     * Two instances' runs overlap for certain: the first run's transaction stays open (holding what it marked,
     * uncommitted) while the second runs. The second must find the lock taken and skip; without the lock it would
     * mark the same tickets again.
     */
    @Test
    void aRunWhileAnotherIsUncommittedSkipsAndEachTicketIsEscalatedOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = reported(Demo.inspector(), general(qiancheng()));
            act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
            ids.add(id);
        }
        CountDownLatch firstHasRun = new CountDownLatch(1);
        CountDownLatch secondHasRun = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int marked = job.run(afterDeadline());
                firstHasRun.countDown();
                // bounded, so a second run blocked on the first one's rows cannot hang the test
                secondHasRun.await(30, TimeUnit.SECONDS);
                return marked;
            }));
            assertTrue(firstHasRun.await(60, TimeUnit.SECONDS), "the first run finished its work");
            int second;
            try {
                second = job.run(afterDeadline());
            } finally {
                secondHasRun.countDown();
            }
            assertEquals(-1, second, "the second run finds the lock taken while the first is uncommitted");
            assertEquals(4, first.get());
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1L, escalations(id), "escalated exactly once: " + id);
        }
    }

    @Test
    void anApprovedExtensionLiftsOverdue() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
        job.run(afterDeadline());
        as(Demo.enterprise()).get("/api/v1/hazards/{id}", id).then().body("overdue", equalTo(true));
        act(Demo.enterprise(), id, java.util.Map.of("action", "REQUEST_EXTENSION",
                "requestedDeadline", Hazards.TODAY.plusDays(30).toString())).then().statusCode(200);
        act(Demo.nanmingSafety(), id, "APPROVE_EXTENSION").then().statusCode(200).body("overdue", equalTo(false));
    }

    private long escalations(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(e) from HazardEvent e where e.hazardId = :id and e.action = 'ESCALATE'")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
    }
}
