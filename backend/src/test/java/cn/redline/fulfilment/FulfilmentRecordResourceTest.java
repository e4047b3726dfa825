package cn.redline.fulfilment;

import static cn.redline.fulfilment.Duties.act;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Obligations;
import cn.redline.duty.list.DutyCategory;
import cn.redline.duty.list.EvidenceSpec;
import cn.redline.duty.list.Verification;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fulfilment records over HTTP against a real database: entry, the guards of §2.3, review, counting, scope. */
@QuarkusTest
class FulfilmentRecordResourceTest {

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    @Inject
    MovableClock movable;

    Duties d;

    @BeforeEach
    void township() {
        d = new Duties(em, obligations, clock);
    }

    @AfterEach
    void resetClock() {
        movable.reset();
    }

    private void moveTo(OffsetDateTime t) {
        movable.advance(Duration.between(clock.instant(), t.toInstant()));
    }

    @Test
    void aClerkEntersTheHeadsInspectionTheIssuerAcceptsItAndTheMonthIsMet() {
        UUID item = d.personalItem();
        LocalDate today = d.today();
        assertEquals(ObligationStatus.OPEN, d.obligation(item, today).status);
        String id = d.submitted(item, today);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", id).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("late", equalTo(false)).body("source", equalTo("MANUAL"))
                .body("performers[0].personRef", equalTo(d.headRef)).body("performers[0].personName", equalTo("张主任"))
                .body("periodKey", equalTo(today.toString().substring(0, 7))).body("allowedActions", empty());
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", id).then()
                .body("allowedActions", contains("ACCEPT", "REJECT"));
        // submitted only: pending, not counted
        assertEquals(0, d.obligation(item, today).counted);

        act(Demo.nanmingSafety(), id, "ACCEPT", null).then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("review.decision", equalTo("ACCEPT"));
        assertEquals(1, d.obligation(item, today).counted);
        assertEquals(ObligationStatus.MET, d.obligation(item, today).status);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT", "ACCEPT"));
    }

    @Test
    void aRejectedRecordGoesBackToDraftWithTheReasonAndIsEditedAndResubmitted() {
        UUID item = d.personalItem();
        String id = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), id, "REJECT", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        act(Demo.nanmingSafety(), id, "REJECT", "照片看不清").then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("review.reason", equalTo("照片看不清"));
        String etag = as(d.clerk()).get("/api/v1/fulfilment-records/{id}", id).then().extract().header("ETag");
        Map<String, Object> body = d.record(item, d.today(), List.of(d.photo(d.clerk())));
        body.put("summary", "重新拍照");
        as(d.clerk()).contentType(ContentType.JSON).body(body).put("/api/v1/fulfilment-records/{id}", id).then().statusCode(428);
        as(d.clerk()).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(body)
                .put("/api/v1/fulfilment-records/{id}", id).then().statusCode(412);
        as(d.clerk()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/fulfilment-records/{id}", id).then().statusCode(200).body("summary", equalTo("重新拍照"));
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    /** Every state × every action, as the issuing safety office (which holds every role of the table). */
    @Test
    void everyStateAllowsExactlyItsActionsAndRefusesTheOthersWith409() {
        UUID item = d.personalItem();
        String draft = d.create(d.clerk(), d.record(item, d.today(), List.of(d.photo(d.clerk())))).then().statusCode(201)
                .extract().path("id");
        String submitted = d.submitted(item, d.today());
        String accepted = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), accepted, "ACCEPT", null).then().statusCode(200);
        String disputed = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), disputed, "ACCEPT", null).then().statusCode(200);
        dispute(disputed);
        String falsified = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), falsified, "ACCEPT", null).then().statusCode(200);
        dispute(falsified);
        act(Demo.nanmingSafety(), falsified, "CONFIRM_FALSIFIED", "当日未开展").then().statusCode(200);
        String amended = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), amended, "ACCEPT", null).then().statusCode(200);
        act(d.clerk(), amended, "AMEND", null).then().statusCode(200);
        String copy = amendmentOf(amended);
        put(copy, d.record(item, d.today(), List.of(d.photo(d.clerk())))).then().statusCode(200);
        act(d.clerk(), copy, "SUBMIT", null).then().statusCode(200);
        act(Demo.nanmingSafety(), copy, "ACCEPT", null).then().statusCode(200);

        Map<String, List<String>> allowed = Map.of(
                draft, List.of("SUBMIT"),
                submitted, List.of("ACCEPT", "REJECT"),
                accepted, List.of("AMEND", "DISPUTE"),
                disputed, List.of("CONFIRM_FALSIFIED", "CLEAR"),
                falsified, List.of(),
                amended, List.of());
        Map<String, String> states = Map.of(draft, "DRAFT", submitted, "SUBMITTED", accepted, "ACCEPTED", disputed, "DISPUTED",
                falsified, "FALSIFIED", amended, "AMENDED");
        allowed.forEach((id, actions) -> {
            as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", id).then().statusCode(200)
                    .body("state", equalTo(states.get(id))).body("allowedActions", equalTo(actions));
            for (FulfilmentEnums.FulfilmentAction a : FulfilmentEnums.FulfilmentAction.values()) {
                if (!actions.contains(a.name())) {
                    act(Demo.nanmingSafety(), id, a.name(), "理由").then().statusCode(409)
                            .body("type", containsString("illegal-transition")).body("allowedActions", equalTo(actions));
                }
            }
        });
    }

    private void dispute(String id) {
        Map<String, Object> visit = Map.of("targetOrgId", d.townId, "date", d.today().toString(),
                "checks", List.of(Map.of("recordId", id, "result", "FALSIFIED", "note", "当日未开展")));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(visit).post("/api/v1/verification-visits").then().statusCode(201);
    }

    private String amendmentOf(String id) {
        return as(d.clerk()).get("/api/v1/fulfilment-records/{id}/history", id).then().extract()
                .path("items.findAll { it.data != null && it.data.amendment != null }[-1].data.amendment");
    }

    @Test
    void submittingNeedsTheEvidenceTheItemAsksFor() {
        UUID item = d.item(DutyCategory.MEETING, Verification.MANUAL, 0, new EvidenceSpec(List.of("MINUTES", "PHOTO"), 2, true, true, true, false));
        Map<String, Object> body = d.record(item, d.today(), List.of(d.photo(d.clerk())));
        String id = d.create(d.clerk(), body).then().statusCode(201).body("allowedActions", empty()).extract().path("id");
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(409).body("detail", containsString("at least 2 attached files"));
        body.put("attachmentIds", List.of(d.photo(d.clerk()), d.photo(d.clerk())));
        body.remove("latitude");
        body.remove("longitude");
        put(id, body).then().statusCode(200);
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(409).body("detail", containsString("GPS"));
        body.put("latitude", 26.5);
        body.put("longitude", 106.7);
        body.put("attachmentIds", List.of());
        put(id, body).then().statusCode(200);
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(409).body("detail", containsString("signed opinion"));
        body.put("counterpart", Map.of("unit", "黔城建设", "person", "李工", "opinion", "同意", "signed", true));
        put(id, body).then().statusCode(200).body("allowedActions", contains("SUBMIT"));
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void aPdfIsNoPhotoWhenThePhotoIsRequired() {
        UUID item = d.personalItem();
        String pdf = io.restassured.RestAssured.given().auth().oauth2(d.clerk()).contentType("application/pdf")
                .queryParam("fileName", "纪要.pdf").body(cn.redline.attachment.SampleFiles.pdf()).post("/api/v1/attachments")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = d.record(item, d.today(), List.of(pdf));
        body.put("submit", true);
        d.create(d.clerk(), body).then().statusCode(409).body("detail", containsString("photo"));
        // refused at once: nothing stored, the file is still the clerk's unattached upload
        as(d.clerk()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then().body("items", empty());
        as(d.clerk()).get("/api/v1/attachments/{id}", pdf).then().statusCode(200).body("ownerId", equalTo(null));
    }

    @Test
    void theHolderMustBeAmongThePerformersOfAPersonalDutyAClerkMayEnterButNotPerform() {
        UUID item = d.personalItem();
        Map<String, Object> body = d.record(item, d.today(), List.of(d.photo(d.clerk())));
        body.put("performers", List.of(Map.of("personName", "王秘书", "personRef", "clerk-" + d.townCode)));
        String id = d.create(d.clerk(), body).then().statusCode(201).extract().path("id");
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(409).body("detail", containsString("in person"));
        // naming the head by his reference works as naming his post
        body.put("performers", List.of(Map.of("personName", "张主任", "personRef", d.headRef)));
        put(id, body).then().statusCode(200);
        act(d.clerk(), id, "SUBMIT", null).then().statusCode(200);
    }

    @Test
    void aPerformerPostResolvesToWhoeverHeldItOnTheRecordsDate() {
        UUID item = d.personalItem();
        // yesterday's handover, so the day before it is this month or last month with its entry still open (until the
        // end of the 3rd): a handover further back put that day in a closed month on every 4th
        LocalDate handover = d.today().minusDays(1);
        d.appoint("李主任", "li-" + d.townCode, handover);
        LocalDate before = handover.minusDays(1);
        if (before.getYear() != d.today().getYear()) {
            return; // 1-2 January: the day before the handover lies outside this year's list
        }
        String old = d.submitted(item, before);
        String now = d.submitted(item, d.today());
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", old).then().body("performers[0].personName", equalTo("张主任"));
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", now).then().body("performers[0].personName", equalTo("李主任"));
        // the new head did not perform what was done before he took the post
        Map<String, Object> body = d.record(item, before, List.of(d.photo(d.clerk())));
        body.put("performers", List.of(Map.of("personName", "李主任", "personRef", "li-" + d.townCode)));
        String wrong = d.create(d.clerk(), body).then().statusCode(201).extract().path("id");
        act(d.clerk(), wrong, "SUBMIT", null).then().statusCode(409).body("detail", containsString("张主任"));
    }

    @Test
    void onlyTheIssuingSideReviewsNeitherInspectorsNorLeadersNorTheHoldersOffice() {
        UUID item = d.personalItem();
        String id = d.submitted(item, d.today());
        // at the issuing district: an inspector verifies, a leader performs; neither reviews
        act(Tokens.token("inspector-" + d.townCode, Demo.NANMING, "inspector"), id, "ACCEPT", null).then().statusCode(403);
        act(Tokens.token("leader-" + d.townCode, Demo.NANMING, "leader"), id, "ACCEPT", null).then().statusCode(403);
        as(Tokens.token("leader-" + d.townCode, Demo.NANMING, "leader")).get("/api/v1/fulfilment-records/{id}", id).then()
                .body("allowedActions", empty());
        // the township's own office holds a reviewer role but did not issue the list
        act(d.head(), id, "ACCEPT", null).then().statusCode(409).body("detail", containsString("issued the list"));
        // whoever entered a record does not accept it
        String own = d.create(Demo.nanmingSafety(), withSubmit(d.record(item, d.today(), List.of(d.photo(Demo.nanmingSafety())))))
                .then().statusCode(201).extract().path("id");
        act(Demo.nanmingSafety(), own, "ACCEPT", null).then().statusCode(409).body("detail", containsString("someone other"));
        act(Demo.admin(), own, "ACCEPT", null).then().statusCode(200);
    }

    private static Map<String, Object> withSubmit(Map<String, Object> body) {
        body.put("submit", true);
        return body;
    }

    @Test
    void entryOnTheLastDayIsOnTimeOnAGraceDayLateAndAfterTheGraceRefused() {
        UUID item = d.personalItem(); // monthly, 3 grace days
        LocalDate last = d.today().withDayOfMonth(d.today().lengthOfMonth());
        moveTo(Duties.at(last, 23));
        String onTime = d.submitted(item, last);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", onTime).then().body("late", equalTo(false));

        moveTo(Duties.at(last.plusDays(3), 12)); // the third and last grace day
        String late = d.submitted(item, last);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", late).then().body("late", equalTo(true));
        act(Demo.nanmingSafety(), late, "ACCEPT", null).then().statusCode(200);
        assertEquals(1, d.obligation(item, last).counted);
        assertEquals(1, d.obligation(item, last).late);

        String draft = d.create(d.clerk(), d.record(item, last, List.of(d.photo(d.clerk())))).then().statusCode(201)
                .extract().path("id");
        moveTo(Duties.at(last.plusDays(4), 0).plusMinutes(1)); // the day after the grace days
        d.create(d.clerk(), withSubmit(d.record(item, last, List.of(d.photo(d.clerk()))))).then().statusCode(409)
                .body("detail", containsString("closed"));
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", draft).then().body("allowedActions", not(hasItem("SUBMIT")));
        act(d.clerk(), draft, "SUBMIT", null).then().statusCode(409);
        // accepted within grace, the on-time record still counts when accepted after it
        act(Demo.nanmingSafety(), onTime, "ACCEPT", null).then().statusCode(200);
    }

    @Test
    void amendingBeforeTheFreezeReplacesTheRecordAndAfterItNeedsTheReviewersApproval() {
        UUID item = d.personalItem();
        LocalDate today = d.today();
        String first = d.submitted(item, today);
        act(Demo.nanmingSafety(), first, "ACCEPT", null).then().statusCode(200);
        act(d.clerk(), first, "AMEND", null).then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("allowedActions", not(hasItem("AMEND")));
        String copy = amendmentOf(first);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", copy).then().body("state", equalTo("DRAFT"))
                .body("amendsId", equalTo(first));
        String etag = as(d.clerk()).get("/api/v1/fulfilment-records/{id}", copy).then().extract().header("ETag");
        Map<String, Object> body = d.record(item, today, List.of(d.photo(d.clerk())));
        body.put("summary", "更正：检查了两处工地");
        as(d.clerk()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/fulfilment-records/{id}", copy).then().statusCode(200);
        act(d.clerk(), copy, "SUBMIT", null).then().statusCode(200);
        act(Demo.nanmingSafety(), copy, "ACCEPT", null).then().statusCode(200);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", first).then().body("state", equalTo("AMENDED"));
        assertEquals(1, d.obligation(item, today).counted);

        // after the freeze (month end + 3 grace days) the author asks, the reviewer approves
        LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
        moveTo(Duties.at(last.plusDays(4), 1));
        act(d.clerk(), copy, "AMEND", null).then().statusCode(409).body("allowedActions", contains("REQUEST_AMENDMENT"));
        act(d.clerk(), copy, "REQUEST_AMENDMENT", "地点写错").then().statusCode(200).body("amendmentRequest", equalTo("地点写错"));
        act(d.clerk(), copy, "APPROVE_AMENDMENT", null).then().statusCode(409);
        act(Demo.nanmingSafety(), copy, "APPROVE_AMENDMENT", null).then().statusCode(200).body("amendmentRequest", equalTo(null));
        String late = amendmentOf(copy);
        put(late, d.record(item, today, List.of(d.photo(d.clerk())))).then().statusCode(200);
        act(d.clerk(), late, "SUBMIT", null).then().statusCode(200);
        act(Demo.nanmingSafety(), late, "ACCEPT", null).then().statusCode(200);
        as(d.clerk()).get("/api/v1/fulfilment-records/{id}", copy).then().body("state", equalTo("AMENDED"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneRecord() {
        UUID item = d.personalItem();
        Map<String, Object> body = d.record(item, d.today(), List.of(d.photo(d.clerk())));
        String key = UUID.randomUUID().toString();
        String first = as(d.clerk()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/fulfilment-records").then().statusCode(201).extract().path("id");
        String again = as(d.clerk()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/fulfilment-records").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        as(d.clerk()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .body("items.id", contains(first));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        UUID item = d.personalItem();
        Map<String, Object> future = d.record(item, d.today().plusDays(1), List.of());
        d.create(d.clerk(), future).then().statusCode(400).body("errors[0].field", equalTo("date"));
        Map<String, Object> noItem = d.record(UUID.randomUUID(), d.today(), List.of());
        d.create(d.clerk(), noItem).then().statusCode(422).body("errors[0].field", equalTo("dutyItemId"));
        Map<String, Object> half = d.record(item, d.today(), List.of());
        half.remove("longitude");
        d.create(d.clerk(), half).then().statusCode(400).body("errors[0].field", equalTo("longitude"));
        d.create(d.clerk(), Map.of("dutyItemId", "x")).then().statusCode(400);
        as(d.clerk()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then().body("items", empty());
    }

    @Test
    void anotherUsersUploadIsNoSuchAttachmentAndNothingIsStored() {
        UUID item = d.personalItem();
        String others = d.photo(Demo.nanmingSafety());
        d.create(d.clerk(), d.record(item, d.today(), List.of(others))).then().statusCode(422)
                .body("errors[0].field", equalTo("attachmentIds[0]"));
    }

    @Test
    void outsideTheCallersScopeEveryRouteAnswersNotFound() {
        UUID item = d.personalItem();
        String id = d.submitted(item, d.today());
        String baiyun = Demo.baiyunSafety();
        as(baiyun).get("/api/v1/fulfilment-records/{id}", id).then().statusCode(404);
        as(baiyun).get("/api/v1/fulfilment-records/{id}/history", id).then().statusCode(404);
        act(baiyun, id, "ACCEPT", null).then().statusCode(404);
        as(baiyun).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(d.record(item, d.today(), List.of()))
                .put("/api/v1/fulfilment-records/{id}", id).then().statusCode(404);
        as(baiyun).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then().body("items", empty());
        d.create(baiyun, d.record(item, d.today(), List.of())).then().statusCode(422).body("errors[0].field", equalTo("dutyItemId"));
        as(baiyun).contentType(ContentType.JSON).body(Map.of("targetOrgId", d.townId, "date", d.today().toString(),
                "checks", List.of(Map.of("recordId", id, "result", "CONFIRMED")))).post("/api/v1/verification-visits")
                .then().statusCode(422);
        // the same answers as for a record that does not exist
        as(baiyun).get("/api/v1/fulfilment-records/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private io.restassured.response.Response put(String id, Map<String, Object> body) {
        String etag = as(d.clerk()).get("/api/v1/fulfilment-records/{id}", id).then().extract().header("ETag");
        return as(d.clerk()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/fulfilment-records/{id}", id);
    }
}
