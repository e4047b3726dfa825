package cn.redline.fulfilment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.drill.DrillFixtures;
import cn.redline.drill.Evaluations;
import cn.redline.duty.Obligations;
import cn.redline.duty.list.DutyCategory;
import cn.redline.duty.list.EvidenceSpec;
import cn.redline.duty.list.Verification;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic matches (§2.4): an inspection the holder led in person and a major hazard the holder's org listed for
 * supervision, and a comprehensive drill the township held, once evaluated, become SUBMITTED records with source AUTO,
 * once however often the matching runs, and never accepted without a reviewer.
 */
@QuarkusTest
class FulfilmentAutoMatchTest {

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    @Inject
    FulfilmentAutoMatch matching;

    Duties d;

    @BeforeEach
    void township() {
        d = new Duties(em, obligations, clock);
    }

    private String hazard(String token, String level) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "消防通道堵塞", "level", level, "category", "FIRE",
                "territoryId", d.townId, "source", "INSPECTION"));
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/hazards").then().statusCode(201)
                .extract().path("id");
    }

    private List<Map<String, Object>> records(UUID item) {
        return as(Demo.nanmingSafety()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void hazardsTheHeadReportedHimselfOnADayBecomeOneSubmittedRecordOnceOnly() {
        UUID item = d.item(DutyCategory.INSPECTION, Verification.HYBRID, 3, new EvidenceSpec(List.of("PHOTO"), 1, true, false, false, true));
        UUID manualItem = d.item(DutyCategory.INSPECTION, Verification.MANUAL, 3, null);
        String first = hazard(d.head(), "GENERAL");
        String second = hazard(d.head(), "GENERAL");
        // the clerk's tickets are no inspection the head led (不得代替检查)
        hazard(d.clerk(), "GENERAL");

        matching.run();
        matching.run();
        List<Map<String, Object>> found = records(item);
        assertEquals(1, found.size(), "one record per item and day, however often the matching runs");
        JsonPath r = JsonPath.from(as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", found.get(0).get("id"))
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("source", equalTo("AUTO"))
                .body("performers[0].personRef", equalTo(d.headRef))
                .body("allowedActions", contains("ACCEPT", "REJECT")).extract().asString());
        assertEquals(List.of(first, second).stream().sorted().toList(), r.getList("hazardIds", String.class).stream().sorted().toList());
        assertEquals(0, d.obligation(item, d.today()).counted, "an automatic match is no proof until accepted");
        assertEquals(List.of(), records(manualItem), "a MANUAL item is never matched");

        Duties.act(Demo.nanmingSafety(), (String) found.get(0).get("id"), "ACCEPT", null).then().statusCode(200);
        assertEquals(1, d.obligation(item, d.today()).counted);
    }

    @Test
    void afterAHandoverTheFormerHeadsInspectionsNoLongerMatchThePost() {
        UUID item = d.item(DutyCategory.INSPECTION, Verification.AUTO, 3, null);
        d.appoint("李主任", "li-" + d.townCode, d.today());
        hazard(d.head(), "GENERAL"); // the former head, reporting after he left the post
        matching.run();
        assertEquals(List.of(), records(item));
        hazard(cn.redline.support.Tokens.token("li-" + d.townCode, d.townCode, "safety_office"), "GENERAL");
        matching.run();
        as(Demo.nanmingSafety()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .body("items.performers.personName.flatten()", contains("李主任"));
    }

    @Test
    void eachMajorHazardTheTownshipListsForSupervisionIsOneSubmittedRecord() {
        UUID item = d.item(DutyCategory.HAZARD, Verification.AUTO, 0, null);
        String major = hazard(d.head(), "MAJOR");
        String notListed = hazard(d.head(), "MAJOR");
        for (String id : List.of(major, notListed)) {
            as(d.head()).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "deadline", d.today().plusDays(30).toString()))
                    .post("/api/v1/hazards/{id}/transitions", id).then().statusCode(200);
        }
        as(d.head()).contentType(ContentType.JSON).body(Map.of("action", "LIST_FOR_SUPERVISION",
                        "supervision", Map.of("level", "TOWNSHIP", "documentNumber", "督〔2026〕1号")))
                .post("/api/v1/hazards/{id}/transitions", major).then().statusCode(200);
        matching.run();
        matching.run();
        as(Demo.nanmingSafety()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .body("items.hazardIds.flatten()", containsInAnyOrder(major)).body("items.state", contains("SUBMITTED"))
                .body("items.source", contains("AUTO"));
        as(Demo.baiyunSafety()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .body("items", empty());
    }

    @Test
    void theTownshipsComprehensiveDrillMeetsItsEmergencyItemAsSoonAsItIsEvaluated() {
        UUID item = d.item(DutyCategory.EMERGENCY, Verification.HYBRID, 3, null, "scope=COMPREHENSIVE");
        UUID manualItem = d.item(DutyCategory.EMERGENCY, Verification.MANUAL, 3, null, "scope=COMPREHENSIVE");
        // another emergency item (编制预案, no drill qualifier) is no drill duty
        UUID planItem = d.item(DutyCategory.EMERGENCY, Verification.HYBRID, 3, null);
        String day = d.today().toString();
        String single = DrillFixtures.drill(d.townId, "LIVE", "SINGLE", day).getString("id");
        String comprehensive = DrillFixtures.drill(d.townId, "TABLETOP", "COMPREHENSIVE", day).getString("id");
        matching.run();
        assertEquals(List.of(), records(item), "a drill held but not evaluated meets nothing yet");

        Evaluations.evaluated(single, "ACHIEVED");
        assertEquals(List.of(), records(item), "a single-subject drill is not the comprehensive drill of 001 §11");

        // a comprehensive drill stopped early, even evaluated, is not the held drill of 001 §11
        Map<String, Object> stopped = new HashMap<>(Map.of("orgId", d.townId, "title", "中止的综合演练", "form", "LIVE",
                "scope", "COMPREHENSIVE", "planIds", List.of(), "conductedOn", day, "status", "TERMINATED",
                "terminationReason", "SAFETY_INCIDENT", "actualHeadcount", 35, "attachmentIds",
                List.of(DrillFixtures.upload(), DrillFixtures.upload(), DrillFixtures.upload())));
        Evaluations.evaluated(as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(stopped).post("/api/v1/drills").then()
                .statusCode(201).extract().path("id"), "ACHIEVED");
        matching.run();
        assertEquals(List.of(), records(item), "a terminated drill, evaluated, fulfils nothing");

        Evaluations.evaluated(comprehensive, "PARTIAL");
        // no matching run in between: the record is written with the evaluation
        List<Map<String, Object>> found = records(item);
        assertEquals(1, found.size());
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", found.get(0).get("id")).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("source", equalTo("AUTO"))
                .body("drillIds", contains(comprehensive)).body("hazardIds", empty())
                .body("date", equalTo(day)).body("performers[0].personRef", equalTo(d.headRef))
                .body("allowedActions", contains("ACCEPT", "REJECT"));
        assertEquals(0, d.obligation(item, d.today()).counted, "an automatic match is no proof until accepted");
        matching.run();
        assertEquals(1, records(item).size(), "once however often the matching runs");
        assertEquals(List.of(), records(manualItem), "a MANUAL item is never matched");
        assertEquals(List.of(), records(planItem), "only the comprehensive drill item is met by a comprehensive drill");

        // an enterprise's comprehensive drill in the township is the enterprise's, not the government's
        String enterprise = cn.redline.support.Territories.enterprise(d.townId);
        Evaluations.evaluated(DrillFixtures.drill(enterprise, "LIVE", "COMPREHENSIVE", day).getString("id"), "ACHIEVED");
        matching.run();
        assertEquals(1, records(item).size());
    }

    @Test
    void aDrillEvaluatedAfterItsPeriodClosedIsRecordedAgainstThatPeriodFlaggedLate() {
        // the items are monthly with 0 grace days: last month's drill evaluated this month (the December drill evaluated
        // in January, one level down); the list runs the calendar year, so last month must lie in it
        org.junit.jupiter.api.Assumptions.assumeTrue(d.today().getMonthValue() > 1, "last month lies in this year's list");
        UUID item = d.item(DutyCategory.EMERGENCY, Verification.AUTO, 0, null, "scope=COMPREHENSIVE");
        java.time.LocalDate held = d.today().withDayOfMonth(1).minusDays(1);
        String drill = DrillFixtures.drill(d.townId, "LIVE", "COMPREHENSIVE", held.toString()).getString("id");
        Evaluations.evaluated(drill, "ACHIEVED");
        List<Map<String, Object>> found = records(item);
        assertEquals(1, found.size(), "not dropped because its month is closed");
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", found.get(0).get("id")).then().statusCode(200)
                .body("periodKey", equalTo(held.toString().substring(0, 7))).body("date", equalTo(held.toString()))
                .body("late", equalTo(true)).body("state", equalTo("SUBMITTED")).body("drillIds", contains(drill));
    }
}
