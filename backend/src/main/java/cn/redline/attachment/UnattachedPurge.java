package cn.redline.attachment;

import cn.redline.audit.AuditLog;
import cn.redline.platform.Times;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes files that no record attached within {@code redline.attachments.unattached-max-age} (24 h unless
 * configured), row and bytes. Safe with any number of instances running it at once: each run locks its batch
 * with FOR UPDATE SKIP LOCKED, so runs share the work instead of waiting for or repeating each other, and a
 * file being attached at that moment is skipped (its link holds the row).
 */
@ApplicationScoped
public class UnattachedPurge {

    private static final Logger LOG = Logger.getLogger(UnattachedPurge.class);
    static final int BATCH = 200;
    private static final String SYSTEM = "system:attachment-purge";

    @Inject
    Clock clock;

    @Inject
    AttachmentRepository attachments;

    @Inject
    BlobCleanup cleanup;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "redline.attachments.unattached-max-age", defaultValue = "PT24H")
    Duration maxAge;

    Duration maxAge() {
        return maxAge;
    }

    @Scheduled(every = "{redline.attachments.purge-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int total = 0;
        List<UUID> batch;
        do {
            batch = purge(Times.now(clock), BATCH);
            total += batch.size();
        } while (batch.size() == BATCH);
        if (total > 0) {
            LOG.infof("Removed %d file(s) never attached within %s", total, maxAge);
        }
    }

    /** One batch of at most {@code limit} files unattached for longer than the age at {@code now}; returns their ids. */
    @Transactional
    public List<UUID> purge(OffsetDateTime now, int limit) {
        List<Attachment> stale = attachments.lockUnattachedBefore(now.minus(maxAge), limit);
        Map<String, String> orgPaths = attachments.orgPaths(stale.stream().map(a -> a.uploaderOrgCode).toList());
        for (Attachment a : stale) {
            attachments.delete(a);
            cleanup.deleteOnceCommitted(a.storageKey);
            audit.recordBySystem(SYSTEM, AttachmentService.ENTITY, a.id.toString(), "purge",
                    orgPaths.getOrDefault(a.uploaderOrgCode, "/"), AttachmentView.of(a), null);
        }
        return stale.stream().map(a -> a.id).toList();
    }
}
