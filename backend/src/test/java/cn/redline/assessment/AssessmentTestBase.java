package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.value;

import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** Runs a scheme to its published results: every target missed its self-assessment, L1 set by review, L3 20, L2 20. */
    void publish(String office, String dept, String scheme, List<UUID> targets, List<Integer> l1) {
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        for (int i = 0; i < targets.size(); i++) {
            String id = assessmentOf(office, scheme, targets.get(i));
            act(office, id, Map.of("action", "REVIEW")).then().statusCode(200);
            value(office, id, Map.of("kind", "REVIEW", "code", "L1", "points", new BigDecimal(l1.get(i)), "reason", "按检查记录认定"))
                    .then().statusCode(200);
            value(dept, id, Map.of("kind", "DEPARTMENT", "code", "L3", "points", 20)).then().statusCode(200);
            act(office, id, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);
        }
        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);
        clock.advance(Duration.ofDays(6));
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS", "docNumber", "安委〔" + scheme.substring(0, 4) + "〕1号"))
                .then().statusCode(200);
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }
}
