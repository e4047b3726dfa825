package cn.redline.fulfilment;

import static cn.redline.fulfilment.Duties.act;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.duty.Obligations;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 四不两直: a visit that finds an accepted record false disputes it; the safety office confirms (it stops counting) or clears it. */
@QuarkusTest
class VerificationVisitTest {

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    Duties d;
    UUID item;

    @BeforeEach
    void township() {
        d = new Duties(em, obligations, clock);
        item = d.personalItem();
    }

    private String accepted() {
        String id = d.submitted(item, d.today());
        act(Demo.nanmingSafety(), id, "ACCEPT", null).then().statusCode(200);
        return id;
    }

    private Response visit(String token, Map<?, ?>... checks) {
        return as(token).contentType(ContentType.JSON).body(Map.of("targetOrgId", d.townId, "date", d.today().toString(),
                "notes", "不打招呼、直奔现场", "checks", List.of(checks))).post("/api/v1/verification-visits");
    }

    @Test
    void aFalsifiedRecordIsDisputedStillCountsUntilConfirmedThenStopsCounting() {
        String fake = accepted();
        String real = accepted();
        String visit = visit(Demo.nanmingSafety(), Map.of("recordId", fake, "result", "FALSIFIED", "note", "当日工地停工"),
                Map.of("recordId", real, "result", "CONFIRMED")).then().statusCode(201)
                .body("checks.result", contains("FALSIFIED", "CONFIRMED")).extract().path("id");
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", fake).then().body("state", equalTo("DISPUTED"))
                .body("allowedActions", contains("CONFIRM_FALSIFIED", "CLEAR"));
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", real).then().body("state", equalTo("ACCEPTED"));
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}/history", fake).then()
                .body("items[-1].action", equalTo("DISPUTE")).body("items[-1].data.visit", equalTo(visit));
        assertEquals(2, d.obligation(item, d.today()).counted);

        act(Demo.nanmingSafety(), fake, "CONFIRM_FALSIFIED", null).then().statusCode(400);
        act(Demo.nanmingSafety(), fake, "CONFIRM_FALSIFIED", "核实为虚报").then().statusCode(200).body("state", equalTo("FALSIFIED"));
        assertEquals(1, d.obligation(item, d.today()).counted);
        as(Demo.nanmingSafety()).get("/api/v1/verification-visits/{id}", visit).then().statusCode(200)
                .body("targetOrgId", equalTo(d.townId));
        as(Demo.nanmingSafety()).queryParam("targetOrgId", d.townId).get("/api/v1/verification-visits").then()
                .body("items.id", contains(visit));
        as(Demo.baiyunSafety()).get("/api/v1/verification-visits/{id}", visit).then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("targetOrgId", d.townId).get("/api/v1/verification-visits").then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void aClearedRecordIsAcceptedAgainAndKeepsCounting() {
        String id = accepted();
        visit(Demo.nanmingSafety(), Map.of("recordId", id, "result", "FALSIFIED")).then().statusCode(201);
        act(Demo.nanmingSafety(), id, "CLEAR", "复核属实").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        assertEquals(1, d.obligation(item, d.today()).counted);
    }

    @Test
    void onlyALevelAboveDisputesAndOnlyTheSafetyOfficeDecides() {
        String id = accepted();
        // the township's own office may not dispute its own records
        act(d.clerk(), id, "DISPUTE", "自己核查").then().statusCode(409);
        // a dispute without a visit needs files
        act(Demo.nanmingSafety(), id, "DISPUTE", "照片系翻拍").then().statusCode(400).body("errors[0].field", equalTo("attachmentIds"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("action", "DISPUTE", "comment", "无此次走访", "visitId", UUID.randomUUID().toString()))
                .post("/api/v1/fulfilment-records/{id}/transitions", id).then().statusCode(422);
        visit(Demo.nanmingSafety(), Map.of("recordId", id, "result", "FALSIFIED")).then().statusCode(201);
        // a leader or an inspector may not decide
        act(cn.redline.support.Tokens.token("leader-x", Demo.NANMING, "leader"), id, "CONFIRM_FALSIFIED", "虚报").then().statusCode(403);
        act(Demo.inspector(), id, "CONFIRM_FALSIFIED", "虚报").then().statusCode(404);
    }

    @Test
    void aVisitIsRefusedWholeForABadCheckAndWritesNothing() {
        String id = accepted();
        visit(Demo.nanmingSafety(), Map.of("recordId", id, "result", "FALSIFIED"),
                Map.of("recordId", UUID.randomUUID().toString(), "result", "CONFIRMED")).then().statusCode(422)
                .body("errors[0].field", equalTo("checks[1].recordId"));
        visit(Demo.nanmingSafety(), Map.of("recordId", id, "result", "MAYBE")).then().statusCode(400);
        as(Demo.nanmingSafety()).get("/api/v1/fulfilment-records/{id}", id).then().body("state", equalTo("ACCEPTED"));
        // the roles that do not verify
        visit(Demo.enterprise(), Map.of("recordId", id, "result", "CONFIRMED")).then().statusCode(403);
        visit(Demo.constructionBureau(), Map.of("recordId", id, "result", "CONFIRMED")).then().statusCode(403);
    }
}
