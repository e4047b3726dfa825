package cn.redline.drill;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Opens the drill duty's new periods (§1.2, §3.2): every night (and at start-up when
 * {@code redline.drills.recount-on-start} is set, off by default: at 50,000 enterprises the recount takes tens of
 * seconds and would hold the start) every org's drill obligations are recounted for today (a new half-year or year gets its obligations, a rolling window that ran
 * out gets the next). One run at a time across instances (the recount's exclusive lock); a run writes only rows
 * that changed. Status changes with the calendar alone are also made by the shared obligation job.
 */
@ApplicationScoped
public class DrillDutyJob {

    private static final Logger LOG = Logger.getLogger(DrillDutyJob.class);

    @Inject
    DrillRecount recount;

    @ConfigProperty(name = "redline.drills.recount-on-start", defaultValue = "false")
    boolean onStart;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent e) {
        if (onStart) {
            run();
        }
    }

    @Scheduled(cron = "{redline.drills.duty-cron:0 20 0 * * ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    void run() {
        DrillRecount.Result r = recount.subtree(null, null);
        LOG.infof("drill duty recounted: %d orgs, %d obligations written, %d removed, %d evidence rows, %d ms",
                r.orgs(), r.obligationsWritten(), r.obligationsRemoved(), r.evidenceWritten(), r.millis());
    }
}
