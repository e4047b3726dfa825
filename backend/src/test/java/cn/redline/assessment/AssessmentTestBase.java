package cn.redline.assessment;

import cn.redline.support.MovableClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** What the assessment tests over HTTP share: the database for fixtures and the clock they move and read. */
abstract class AssessmentTestBase {

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    @Inject
    Clock appClock;

    /** A township with an enterprise and a department that scores, its safety office's and department's tokens. */
    record Fixture(MetricData data, MetricSnapshotTest.Target target, String office, String dept) {
    }

    Fixture fixture() {
        MetricData data = new MetricData(em);
        MetricSnapshotTest.Target t = MetricSnapshotTest.target(data);
        return new Fixture(data, t, t.office(), cn.redline.support.Tokens.token("d-staff", data.code(t.department()), "department"));
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }
}
