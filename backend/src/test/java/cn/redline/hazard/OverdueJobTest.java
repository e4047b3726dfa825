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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverdueJobTest {

    @Inject
    OverdueJob job;

    @Inject
    EntityManager em;

    /** Deadlines cannot be set in the past through the API; the test moves the clock instead. */
    private LocalDate afterDeadline() {
        return Hazards.TODAY.plusDays(15);
    }

    @Test
    void overdueTicketsAreMarkedEscalatedAndRecordedOnce() {
        String general = reported(Demo.inspector(), general(qiancheng()));
        String major = reported(Demo.inspector(), major(qiancheng()));
        act(Demo.nanmingSafety(), general, confirm()).then().statusCode(200);
        act(Demo.nanmingSafety(), major, confirm()).then().statusCode(200);
        String notYetConfirmed = reported(Demo.inspector(), general(qiancheng()));

        int marked = job.run(afterDeadline());
        assertTrue(marked >= 2, "marked " + marked);
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

    @Test
    void concurrentRunsOnSeveralInstancesEscalateEachTicketOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = reported(Demo.inspector(), general(qiancheng()));
            act(Demo.nanmingSafety(), id, confirm()).then().statusCode(200);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> job.run(afterDeadline()));
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += Math.max(0, f.get());
            }
            assertTrue(total >= 4);
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
