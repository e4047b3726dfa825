package cn.redline.duty.list;

import cn.redline.platform.Times;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The system steps of the list table (§2.3): a SIGNED list becomes ACTIVE once its effective date is reached, an
 * ACTIVE one CLOSED once its year and the grace days are over. Each step goes through {@link ListService#bySystem},
 * so the table's guards decide and the one history writer records it. One run at a time across every backend
 * instance: a run holds a PostgreSQL transaction-level advisory lock, and an instance that finds it taken skips.
 */
@ApplicationScoped
public class ListJob {

    private static final Logger LOG = Logger.getLogger(ListJob.class);
    /** Advisory lock key: "redline lists". */
    static final long LOCK = 0x7265646c6e6c7374L;
    private static final ListActor SYSTEM = ListActor.system("清单生效结束");

    /** What a run did: lists activated and closed, or skipped because another run held the lock. */
    public record Run(int activated, int closed, boolean skipped) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ListService lists;

    @Scheduled(cron = "{redline.lists.job-cron:0 7 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Activates and closes what is due by the clock's local date. */
    @Transactional
    public Run run() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Run(0, 0, true);
        }
        LocalDate today = Times.today(clock);
        int activated = step(due("l.status = :s and l.effectiveFrom <= :today", ListStatus.SIGNED, today),
                ListAction.ACTIVATE);
        int closed = step(due("l.status = :s and l.effectiveTo < :today", ListStatus.ACTIVE,
                today.minusDays(lists.closeGraceDays())), ListAction.CLOSE);
        if (activated + closed > 0) {
            LOG.infof("Lists job: %d list(s) activated, %d closed", activated, closed);
        }
        return new Run(activated, closed, false);
    }

    private List<UUID> due(String where, ListStatus status, LocalDate day) {
        return em.createQuery("select l.id from ResponsibilityList l where " + where + " order by l.code", UUID.class)
                .setParameter("s", status).setParameter("today", day).getResultList();
    }

    private int step(List<UUID> ids, ListAction action) {
        int n = 0;
        for (UUID id : ids) {
            if (lists.bySystem(id, action, SYSTEM)) {
                n++;
            }
        }
        return n;
    }
}
