package cn.redline.duty;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.org.Org;
import cn.redline.org.PostKind;
import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The obligation engine of §1.2 against a real database: stacking, evidence, grace and late flag, freeze, waivers, scope. */
@QuarkusTest
class ObligationsTest {

    @Inject
    Obligations obligations;

    @Inject
    EntityManager em;

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        movable.reset();
    }

    /** A fresh township of Nanming, so the rules of one test bind nothing of another. */
    private static String township() {
        String code = Codes.nanmingTownship();
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
    }

    private static String rule(String code, Map<String, Object> appliesTo, String period, int minCount, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code + "-" + UUID.randomUUID().toString().substring(0, 8),
                "title", code, "capability", "DUTY", "appliesTo", appliesTo, "periodType", period, "minCount", minCount,
                "jurisdiction", "DISTRICT", "effectiveFrom", "2020-01-01", "citation", code));
        body.putAll(more);
        return as(Demo.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/requirement-rules").then()
                .statusCode(201).extract().path("id");
    }

    private Subject orgSubject(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Subject.org(em.find(Org.class, UUID.fromString(id))));
    }

    /** The obligation of rule {@code r} among {@code all} (the default drill rules bind every township too). */
    private static Obligation of(List<Obligation> all, UUID r) {
        return all.stream().filter(o -> r.equals(o.ruleId)).findFirst().orElseThrow();
    }

    private Obligation reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Obligation.class, id));
    }

    @Test
    void aSubjectOwesEveryApplicableRuleNationalAndLocalAlike() {
        String town = township();
        Map<String, Object> here = Map.of("regionId", town);
        // ERR 8: townships drill at least every 2 years; S1 §11: a comprehensive drill every year — both apply
        String national = rule("ERR-8", Map.of("regionId", town, "regionLevels", List.of("TOWNSHIP")), "ROLLING_24M", 1,
                Map.of("jurisdiction", "NATIONAL", "capability", "DRILL"));
        String local = rule("S1-11", here, "YEAR", 1, Map.of("capability", "DRILL", "qualifier", "scope=COMPREHENSIVE"));
        rule("DEPTS-ONLY", Map.of("regionId", town, "orgKinds", List.of("DEPARTMENT")), "QUARTER", 1, Map.of());
        rule("EXPIRED", here, "YEAR", 1, Map.of("effectiveTo", "2021-12-31"));
        rule("POSTS-ONLY", Map.of("regionId", town, "postKinds", List.of("TOWNSHIP_HEAD")), "QUARTER", 1, Map.of());
        Subject s = orgSubject(town);
        LocalDate today = Times.today(clock);

        // the default drill rules (every township) stack on top; this township's own rules are these two
        Set<String> owed = obligations.applicable(s, today).stream().filter(r -> town.equals(String.valueOf(r.appliesTo.regionId())))
                .map(r -> r.id.toString()).collect(Collectors.toSet());
        assertEquals(Set.of(national, local), owed);
        assertEquals(2, obligations.materialise(s, today).stream()
                .filter(o -> Set.of(national, local).contains(o.ruleId.toString())).count());

        // a post of the township owes the post rule, not the org's
        Subject head = Subject.post(UUID.randomUUID(), PostKind.TOWNSHIP_HEAD, s.org());
        assertEquals(List.of("POSTS-ONLY"), obligations.applicable(head, today).stream().map(r -> r.title).toList());
    }

    @Test
    void aRollingRuleRunsTwentyFourMonthsFromTheDayAfterTheLastQualifyingEventAndStaysOverdueUntilOne() {
        String town = township();
        UUID r = UUID.fromString(rule("ERR-8-ROLLING", Map.of("regionId", town), "ROLLING_24M", 1, Map.of()));
        Subject s = orgSubject(town);
        LocalDate drill = Times.today(clock).minusDays(10);
        // from the rule's start on 2020-01-01 nothing was recorded: that window ended 2021-12-31 and stays the one holding
        // every later day (overdue) until evidence; the drill dated after it does not meet it
        Obligation missed = of(obligations.materialise(s, drill), r);
        assertEquals("2020-01-01+24M", missed.periodKey);
        assertEquals(ObligationStatus.MISSED, missed.status);
        Obligation drilled = obligations.addEvidence(s, r, "DRILL", "d1", drill).orElseThrow();
        assertEquals("2020-01-01+24M", drilled.periodKey);
        assertEquals(ObligationStatus.MISSED, drilled.status);
        assertEquals(0, drilled.counted);
        // the next window runs 24 months from the day after the drill
        Obligation next = of(obligations.materialise(s, Times.today(clock)), r);
        assertEquals(drill.plusDays(1) + "+24M", next.periodKey);
        assertEquals(drill.plusDays(1).plusMonths(24).minusDays(1), next.periodLast);
        assertEquals(0, next.counted);
    }

    @Test
    void evidenceChangesRecountUntilThePeriodIsFinalisedThenNothingMoves() {
        String town = township();
        UUID r = UUID.fromString(rule("MONTHLY-2", Map.of("regionId", town), "MONTH", 2,
                Map.of("graceDays", 5, "atRiskDays", 0)));
        Subject s = orgSubject(town);
        LocalDate today = Times.today(clock);
        Period month = Period.containing(PeriodType.MONTH, today);
        Obligation o = of(obligations.materialise(s, today), r);
        assertEquals(ObligationStatus.OPEN, o.status);

        assertEquals(1, obligations.addEvidence(s, r, "RECORD", "e1", today).orElseThrow().counted);

        // the month is over; within the 5 grace days, evidence dated on its last day still counts, flagged late
        movable.advance(Duration.between(Instant.now(clock), month.end()).plusHours(1));
        Obligation late = obligations.addEvidence(s, r, "RECORD", "e2", month.last()).orElseThrow();
        assertEquals(2, late.counted);
        assertEquals(1, late.late);
        assertEquals(ObligationStatus.MET, late.status);

        // a withdrawn record (rejected, falsified) stops counting: back at risk while late entry is open
        Obligation withdrawn = obligations.withdrawEvidence(s, r, "RECORD", "e1").orElseThrow();
        assertEquals(1, withdrawn.counted);
        assertEquals(ObligationStatus.AT_RISK, withdrawn.status);

        movable.advance(Duration.ofDays(5));
        assertTrue(obligations.refreshAndFinalise() >= 1);
        Obligation frozen = reload(o.id);
        assertEquals(ObligationStatus.PARTIAL, frozen.status);
        assertNotNull(frozen.finalisedAt);

        obligations.addEvidence(s, r, "RECORD", "e3", month.first());
        assertEquals(1, reload(o.id).counted, "a finalised obligation no longer changes");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("reason", "停产", "document", "文〔1〕"))
                .post("/api/v1/obligations/{id}/waiver", o.id).then().statusCode(409);
    }

    @Test
    void aWaiverNeedsReasonAndDocumentAndAnOfficeOverTheSubject() {
        String town = township();
        UUID r = UUID.fromString(rule("WAIVABLE", Map.of("regionId", town), "YEAR", 1, Map.of("atRiskDays", 0)));
        Obligation o = of(obligations.materialise(orgSubject(town), Times.today(clock)), r);
        String path = "/api/v1/obligations/{id}/waiver";

        as(Demo.nanmingSafety()).queryParam("subjectId", town).get("/api/v1/obligations").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(o.id.toString()));
        as(Demo.baiyunSafety()).get("/api/v1/obligations/{id}", o.id).then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("subjectId", town).get("/api/v1/obligations").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).body(Map.of("reason", "x", "document", "y")).post(path, o.id)
                .then().statusCode(404);
        as(Demo.inspector()).contentType(ContentType.JSON).body(Map.of("reason", "x", "document", "y")).post(path, o.id)
                .then().statusCode(403);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("reason", " ", "document", "y")).post(path, o.id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(ObligationStatus.OPEN, reload(o.id).status);

        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("reason", "企业全年停产整顿", "document", "南安委〔2026〕7号"))
                .post(path, o.id).then().statusCode(200)
                .body("status", equalTo("WAIVED")).body("waiver.document", equalTo("南安委〔2026〕7号"))
                .body("waiver.approvedBy", org.hamcrest.Matchers.containsString("safety"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("reason", "again", "document", "y")).post(path, o.id)
                .then().statusCode(409);
    }

    @Test
    void rulesAreCheckedBeforeTheyAreStored() {
        String path = "/api/v1/requirement-rules";
        // bound to a fresh township: a rule for everyone would bind the other tests' subjects too
        Map<String, Object> base = Map.of("code", "BAD-" + UUID.randomUUID().toString().substring(0, 8), "title", "t",
                "capability", "DUTY", "appliesTo", Map.of("regionId", township()), "periodType", "EVENT", "minCount", 1, "jurisdiction", "CITY",
                "effectiveFrom", "2026-01-01", "citation", "c");
        as(Demo.admin()).contentType(ContentType.JSON).body(base).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("eventDays"));
        Map<String, Object> dates = new HashMap<>(base);
        dates.put("periodType", "YEAR");
        dates.put("effectiveTo", "2025-12-31");
        as(Demo.admin()).contentType(ContentType.JSON).body(dates).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveTo"));
        Map<String, Object> good = new HashMap<>(base);
        good.put("periodType", "YEAR");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(good).post(path).then().statusCode(403);
        as(Demo.admin()).contentType(ContentType.JSON).body(good).post(path).then().statusCode(201)
                .body("graceDays", equalTo(0)).body("atRiskDays", equalTo(30));
        as(Demo.admin()).contentType(ContentType.JSON).body(good).post(path).then().statusCode(409);
        as(Demo.leader()).get(path).then().statusCode(200).body("items.code", org.hamcrest.Matchers.hasItem(good.get("code")));
    }
}
