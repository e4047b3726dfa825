package cn.redline.duty;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;

/**
 * Moves obligations with the calendar (OPEN → AT_RISK → PARTIAL/MISSED) and freezes those whose late entry is over
 * (§1.2). One run at a time across instances: the run holds a transaction-level advisory lock, others skip.
 */
@ApplicationScoped
public class ObligationJob {

    /** Advisory lock key: "redline obligations". */
    static final long LOCK = 0x7265646c696e6502L;

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Scheduled(cron = "{redline.obligations.refresh-cron:0 5 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    void run() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (Boolean.TRUE.equals(locked)) {
            obligations.refreshAndFinalise();
        }
    }
}
