package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshots frozen at the cutoff (§1.5): provisional values when the scheme opens, frozen ones when its review starts;
 * a later change taken again adds a snapshot, keeps the old one, and the one in force stays the frozen one.
 */
@QuarkusTest
class MetricSnapshotTest {

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    /** A fresh township with its office, one enterprise (the target) and a construction department. */
    record Target(UUID township, String office, UUID enterprise, UUID department) {
    }

    static Target target(MetricData data) {
        Territories.Township t = Territories.township();
        UUID township = UUID.fromString(t.id());
        return new Target(township, Tokens.token("t-safety", t.code(), "safety_office"), data.enterprise(township, "CONSTRUCTION"),
                data.org(township, "DEPARTMENT", null, null, "CONSTRUCTION"));
    }

    @Test
    void aLaterChangeAddsASnapshotAndTheOneInForceStaysTheOneFrozenAtTheCutoff() {
        MetricData data = new MetricData(em);
        Target f = target(data);
        UUID township = f.township();
        String office = f.office();
        UUID e1 = f.enterprise();
        UUID dept = f.department();
        data.accident(township, e1, LocalDate.of(2025, 3, 1), "GENERAL", 0, "{}");

        String scheme = SchemeRuns.published(office, SchemeRuns.body("FIRST_HALF", 2025, List.of(e1), dept));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        data.accident(township, e1, LocalDate.of(2025, 5, 5), "GENERAL", 0, "{}");
        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);

        // a day later an accident of June is entered late, and the metrics are taken again
        clock.advance(Duration.ofDays(1));
        data.accident(township, e1, LocalDate.of(2025, 6, 6), "GENERAL", 0, "{}");
        as(office).contentType(ContentType.JSON).body(Map.of()).queryParam("orgId", e1.toString())
                .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(400);
        as(office).contentType(ContentType.JSON).body(Map.of("comment", "6月事故迟报补录")).queryParam("orgId", e1.toString())
                .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(200);

        as(office).queryParam("orgId", e1.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then()
                .statusCode(200).body("frozenAt", notNullValue())
                .body("items.findAll { it.code == 'ACC_COUNT' }.value", contains(3.0f, 2.0f, 1.0f))
                .body("items.findAll { it.code == 'ACC_COUNT' }.reason", contains("RECOMPUTE", "START_REVIEW", "OPEN"))
                .body("items.findAll { it.code == 'ACC_COUNT' }.inForce", contains(false, true, false))
                .body("items.findAll { it.code == 'ACC_COUNT' }[0].comment", equalTo("6月事故迟报补录"))
                .body("items.findAll { it.code == 'ACC_COUNT' }[1].to", equalTo("2025-07-01"))
                // the cutoff is the period's last day, not the day after
                .body("items.findAll { it.code == 'ACC_COUNT' }[1].asOf", equalTo("2025-06-30"));

        // a snapshot row is never changed
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update assessment_metric_snapshot set value = 0 where scheme_id = ?1").setParameter(1, UUID.fromString(scheme))
                .executeUpdate()));
    }

    @Test
    void snapshotsAreTheIssuingSidesAndTheTargetsOnly() {
        MetricData data = new MetricData(em);
        Target f = target(data);
        String office = f.office();
        UUID e1 = f.enterprise();
        String scheme = SchemeRuns.published(office, SchemeRuns.body("FIRST_HALF", 2025, List.of(e1), f.department()));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        Territories.Township other = Territories.township();
        String neighbour = Tokens.token("n-safety", other.code(), "safety_office");
        UUID outsider = data.enterprise(UUID.fromString(other.id()), "CONSTRUCTION");

        as(Demo.nanmingSafety()).queryParam("orgId", e1.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme)
                .then().statusCode(200)
                // every computed metric but the two ceilings, which need a signed 目标管理责任书
                .body("items.size()", equalTo(MetricCatalogue.computed().size() - 2));
        for (String token : List.of(neighbour, Demo.baiyunSafety())) {
            as(token).queryParam("orgId", e1.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme)
                    .then().statusCode(404);
            as(token).contentType(ContentType.JSON).body(Map.of("comment", "x"))
                    .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(404);
        }
        as(office).queryParam("orgId", outsider.toString()).get("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme)
                .then().statusCode(404);
        as(office).contentType(ContentType.JSON).body(Map.of("comment", "x")).queryParam("orgId", outsider.toString())
                .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(404);
        as(Demo.leader()).contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .post("/api/v1/assessment-schemes/{id}/metric-snapshots", scheme).then().statusCode(403);
    }
}
