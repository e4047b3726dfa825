package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lists job on the moved clock: signed lists become active on their effective date, active ones close after it. */
@QuarkusTest
class ListJobTest {

    @Inject
    ListJob job;

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void reset() {
        movable.reset();
    }

    private List<String> actions(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action");
    }

    @Test
    void aSignedListOfNextYearActivatesOnNewYearsDayNotBefore() {
        Lists.Township t = Lists.township();
        LocalDate today = Times.today(clock);
        String id = Lists.signed(t, today.getYear() + 1);
        job.run();
        assertEquals("SIGNED", Lists.status(id));
        LocalDate newYear = LocalDate.of(today.getYear() + 1, 1, 1);
        movable.advance(Duration.between(Times.now(clock), Times.startOf(newYear)).minusMinutes(1));
        job.run();
        assertEquals("SIGNED", Lists.status(id), "a minute before midnight in Shanghai");
        movable.advance(Duration.ofMinutes(2));
        job.run();
        assertEquals("ACTIVE", Lists.status(id));
        assertEquals(1, actions(id).stream().filter("ACTIVATE"::equals).count());
        job.run();
        assertEquals(1, actions(id).stream().filter("ACTIVATE"::equals).count(), "a second run changes nothing");
    }

    @Test
    void anActiveListClosesAfterItsYearAndTheGraceDays() {
        Lists.Township t = Lists.township();
        LocalDate today = Times.today(clock);
        String id = Lists.signed(t, today.getYear());
        job.run();
        assertEquals("ACTIVE", Lists.status(id));
        LocalDate lastGraceDay = LocalDate.of(today.getYear(), 12, 31).plusDays(31);
        movable.advance(Duration.between(Times.now(clock), Times.startOf(lastGraceDay)).plusHours(12));
        job.run();
        assertEquals("ACTIVE", Lists.status(id), "still inside the grace days");
        String lastYear = Lists.signed(Lists.township(), today.getYear() - 1);
        movable.reset();
        job.run();
        assertEquals("CLOSED", Lists.status(lastYear));
        assertEquals(List.of("ACTIVATE", "CLOSE"), actions(lastYear).subList(actions(lastYear).size() - 2,
                actions(lastYear).size()));
    }

    @Test
    void aSecondInstanceSkipsWhileOneRuns() throws Exception {
        boolean skipped = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ListJob.LOCK).getSingleResult();
            return CompletableFuture.supplyAsync(() -> job.run().skipped()).get(30, TimeUnit.SECONDS);
        });
        assertTrue(skipped, "the other instance's run skipped");
        assertTrue(!job.run().skipped(), "the lock is free again after the holder's commit");
    }
}
