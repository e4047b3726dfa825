package cn.redline.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.ClusterLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    ClusterLock lock;

    @Inject
    EntityManager em;

    /** Another instance loading the demo tree holds the lock; this one waits for it, then finds the tree there. */
    @Test
    void aSecondLoaderWaitsForTheFirstAndAddsNothing() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            lock.holdUntilCommit(DemoData.LOCK);
            held.countDown();
            await(release);
        }));
        assertTrue(held.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            try {
                return demo.load();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(waitsForAdvisoryLock(second), "the demo load must wait while another loader holds the lock");
        release.countDown();
        otherInstance.get(10, TimeUnit.SECONDS);
        assertEquals(0, second.get(30, TimeUnit.SECONDS), "the tree was already loaded");
    }

    /** True once a transaction waits for an advisory lock, false if the load finished without waiting. */
    private boolean waitsForAdvisoryLock(CompletableFuture<?> load) throws InterruptedException {
        for (int i = 0; i < 600 && !load.isDone(); i++) {
            Number waiting = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted").getSingleResult());
            if (waiting.intValue() > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
