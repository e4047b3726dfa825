package cn.redline.attachment;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnattachedPurgeTest {

    @Inject
    Clock clock;

    @Inject
    UnattachedPurge purge;

    @Inject
    BlobStore blobs;

    private static String upload(String token) {
        return as(token).contentType("image/png").queryParam("fileName", "p.png").body(SampleFiles.png())
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void filesNeverAttachedArePurgedAfterTheirAgeRowAndBytesAndAttachedOnesStay() {
        String user = Tokens.token("purge-" + UUID.randomUUID(), Demo.QIANCHENG_CONSTRUCTION, "enterprise");
        String stale = upload(user);
        String attached = upload(user);
        as(user).contentType(ContentType.JSON).body(List.of(attached))
                .post("/test/notes/{id}/attachments", UUID.randomUUID()).then().statusCode(204);

        assertTrue(purgeAll(Times.now(clock).plusHours(23)).stream().noneMatch(id -> id.toString().equals(stale)),
                "a file younger than the configured 24 h stays");
        as(user).get("/api/v1/attachments/{id}", stale).then().statusCode(200);

        List<UUID> purged = purgeAll(Times.now(clock).plusHours(25));
        assertTrue(purged.contains(UUID.fromString(stale)));
        as(user).get("/api/v1/attachments/{id}", stale).then().statusCode(404);
        assertThrows(BlobStore.MissingBlob.class, () -> blobs.get(stale));
        as(user).get("/api/v1/attachments/{id}", attached).then().statusCode(200);
        as(user).accept("*/*").get("/api/v1/attachments/{id}/content", attached).then().statusCode(200);
    }

    /**
     * Two instances purging at once: the first holds its batch's rows in an open transaction while the second
     * runs to the end; the second neither waits for those rows nor takes them, and together they remove each file
     * exactly once.
     */
    @Test
    void twoConcurrentRunsShareTheWorkWithoutWaitingOrRepeating() throws Exception {
        String user = Tokens.token("purge-" + UUID.randomUUID(), Demo.QIANCHENG_CONSTRUCTION, "enterprise");
        Set<UUID> ours = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ours.add(UUID.fromString(upload(user)));
        }
        OffsetDateTime later = Times.now(clock).plusHours(25);
        CountDownLatch firstHoldsItsBatch = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<UUID>> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = purge.purge(later, 2);
            firstHoldsItsBatch.countDown();
            assertTrue(secondDone.await(30, TimeUnit.SECONDS), "the second run finished while the first held its rows");
            return ids;
        }));
        assertTrue(firstHoldsItsBatch.await(30, TimeUnit.SECONDS));
        List<UUID> second = CompletableFuture.supplyAsync(() -> purgeAll(later)).get(30, TimeUnit.SECONDS);
        secondDone.countDown();
        List<UUID> firstIds = first.get(30, TimeUnit.SECONDS);

        assertEquals(2, firstIds.size());
        Set<UUID> both = new HashSet<>(firstIds);
        assertTrue(second.stream().noneMatch(both::contains), "no file was purged twice");
        both.addAll(second);
        assertTrue(both.containsAll(ours));
        for (UUID id : ours) {
            as(user).get("/api/v1/attachments/{id}", id).then().statusCode(404);
            assertThrows(BlobStore.MissingBlob.class, () -> blobs.get(id.toString()));
        }
    }

    private List<UUID> purgeAll(OffsetDateTime now) {
        List<UUID> all = new ArrayList<>();
        List<UUID> batch;
        do {
            batch = purge.purge(now, UnattachedPurge.BATCH);
            all.addAll(batch);
        } while (batch.size() == UnattachedPurge.BATCH);
        return all;
    }
}
