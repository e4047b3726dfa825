package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Marks tickets whose deadline runs ({@link State#DEADLINE_RUNS}) and has passed as overdue and escalates them to the supervising level: a general
 * hazard to its district (区县), a major one to its city (市). One run at a time across every backend
 * instance: the run holds a PostgreSQL transaction-level advisory lock, and another instance that finds it
 * taken skips its run.
 */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    /** Advisory lock key: "redline overdue". */
    static final long LOCK = 0x7265646c696e6501L;
    private static final HistoryActor SYSTEM = HistoryActor.system("system:overdue-job", "逾期督办");

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    OrgRepository orgs;

    @Inject
    HazardHistory history;

    @Scheduled(cron = "{redline.hazards.overdue-cron:0 */10 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Times.today(clock));
    }

    /** Returns how many tickets this run marked, or -1 when another run holds the lock. */
    @Transactional
    public int run(LocalDate today) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        List<Hazard> due = em.createQuery("""
                from Hazard h where h.state in :running and h.overdue = false and h.deadline < :today
                order by h.deadline""", Hazard.class)
                .setParameter("running", State.DEADLINE_RUNS).setParameter("today", today).getResultList();
        for (Hazard h : due) {
            Org target = escalationTarget(h);
            h.overdue = true;
            h.escalatedToId = target == null ? null : target.id;
            h.escalatedAt = Times.now(clock);
            h.updatedAt = h.escalatedAt;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("deadline", h.deadline.toString());
            if (target != null) {
                data.put("escalatedTo", target.code);
                data.put("escalatedToName", target.name);
            }
            history.bySystem(h, HazardEvent.ESCALATE, data, SYSTEM);
        }
        if (!due.isEmpty()) {
            LOG.infof("Overdue job: %d ticket(s) marked overdue and escalated", due.size());
        }
        return due.size();
    }

    /** The nearest region on the ticket's path at the supervising level for its hazard level. */
    private Org escalationTarget(Hazard h) {
        RegionLevel wanted = h.level == Level.MAJOR ? RegionLevel.CITY : RegionLevel.DISTRICT;
        List<UUID> ancestors = Org.idsOnPath(h.scopePath);
        Org best = null;
        for (Org o : orgs.byIds(ancestors)) {
            if (o.regionLevel == wanted) {
                return o;
            }
            if (o.regionLevel != null && o.regionLevel.isAbove(wanted) && (best == null || best.depth < o.depth)) {
                best = o;
            }
        }
        return best;
    }
}
