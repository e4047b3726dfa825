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

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }
}
