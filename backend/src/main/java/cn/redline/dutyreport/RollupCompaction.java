package cn.redline.dutyreport;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Folds the obligation count deltas that writers appended into the compacted counts the matrix reads (migration
 * V2026120206_40): reads are exact either way, compaction only keeps the deltas few. One compactor at a time across
 * instances (the SQL function takes a transaction-level advisory lock; the others skip).
 */
@ApplicationScoped
public class RollupCompaction {

    @Inject
    EntityManager em;

    @Scheduled(every = "{redline.obligations.rollup-compact-every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        compact();
    }

    /** Compacts the committed deltas; returns how many compacted rows it wrote (0 when another instance holds the lock). */
    @Transactional
    public long compact() {
        return ((Number) em.createNativeQuery("select obligation_rollup_compact()").getSingleResult()).longValue();
    }
}
