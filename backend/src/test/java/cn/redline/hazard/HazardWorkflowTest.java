package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.ok;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every transition of the closed loop, legal and illegal (HazardWorkflow's table). */
@QuarkusTest
class HazardWorkflowTest {

    @Test
    void generalHazardGoesThroughTheWholeLoop() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "START_RECTIFICATION"), "RECTIFYING");
        ok(act(Demo.enterprise(), id, Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "已加装接地线")), "PENDING_ACCEPTANCE");
        ok(act(Demo.nanmingSafety(), id, Map.of("action", "ACCEPT", "comment", "复查合格")), "CLOSED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("REPORT", "CONFIRM", "START_RECTIFICATION", "SUBMIT_FOR_ACCEPTANCE", "ACCEPT"))
                .body("items.toState", contains("REPORTED", "CONFIRMED", "RECTIFYING", "PENDING_ACCEPTANCE", "CLOSED"))
                .body("items[1].comment", equalTo("现场核实属实"))
                .body("items[3].actorName", equalTo("测试 enterprise"));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("closedAt", notNullValue())
                .body("allowedActions", contains("VERIFY_EFFECTIVENESS"));
    }

    @Test
    void sendBackReturnsToRectificationWithAReason() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "START_RECTIFICATION"), "RECTIFYING");
        ok(act(Demo.enterprise(), id, Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "已整改")), "PENDING_ACCEPTANCE");
        act(Demo.nanmingSafety(), id, "SEND_BACK").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        ok(act(Demo.nanmingSafety(), id, Map.of("action", "SEND_BACK", "comment", "接地电阻不达标")), "RECTIFYING");
    }

    @Test
    void majorHazardCannotStartRectificationWithoutFiveMusts() {
        String id = reported(Demo.inspector(), major(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        as(Demo.enterprise()).header("Accept-Language", "en").contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("action", "START_RECTIFICATION")).post("/api/v1/hazards/{id}/transitions", id).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("five musts"));
        ok(act(Demo.enterprise(), id, Map.of("action", "SET_FIVE_MUSTS", "fiveMusts",
                Map.of("measures", "加固支护", "funds", 120000, "responsiblePerson", "王经理"))), "CONFIRMED");
        act(Demo.enterprise(), id, "START_RECTIFICATION").then().statusCode(422);
        ok(act(Demo.enterprise(), id, Map.of("action", "SET_FIVE_MUSTS", "fiveMusts",
                Map.of("measures", "加固支护", "funds", 120000, "deadline", Hazards.TODAY.plusDays(30).toString(),
                        "responsiblePerson", "王经理", "emergencyPlan", "基坑坍塌专项应急预案"))), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "START_RECTIFICATION"), "RECTIFYING");
        var view = as(Demo.enterprise()).get("/api/v1/hazards/{id}", id).then().body("fiveMusts.complete", equalTo(true))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(120000.0, view.getDouble("fiveMusts.funds"), 0.001);
    }

    @Test
    void majorHazardCannotCloseWithoutAnAcceptanceRecord() {
        String id = reported(Demo.inspector(), major(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        ok(act(Demo.enterprise(), id, Map.of("action", "SET_FIVE_MUSTS", "fiveMusts",
                Map.of("measures", "加固", "funds", 5000, "deadline", Hazards.TODAY.plusDays(30).toString(),
                        "responsiblePerson", "王经理", "emergencyPlan", "预案"))), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "START_RECTIFICATION"), "RECTIFYING");
        ok(act(Demo.enterprise(), id, Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "完成")), "PENDING_ACCEPTANCE");
        act(Demo.nanmingSafety(), id, "ACCEPT").then().statusCode(422);
        act(Demo.nanmingSafety(), id, Map.of("action", "ACCEPT", "acceptance", Map.of("acceptorKind", "THIRD_PARTY")))
                .then().statusCode(400).body("errors[0].field", equalTo("acceptance.acceptorName"));
        ok(act(Demo.nanmingSafety(), id, Map.of("action", "ACCEPT", "acceptance",
                Map.of("acceptorKind", "THIRD_PARTY", "acceptorName", "贵州安科安全评价有限公司", "opinion", "验收合格"))), "CLOSED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then()
                .body("acceptance.acceptorName", equalTo("贵州安科安全评价有限公司"));
    }

    @Test
    void fixOnSpotIsForGeneralHazardsAndNeedsAnAfterPhoto() {
        String general = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.inspector(), general, "FIX_ON_SPOT").then().statusCode(400).body("errors[0].field", equalTo("attachmentIds"));
        String major = reported(Demo.inspector(), major(qiancheng()));
        act(Demo.inspector(), major, Map.of("action", "FIX_ON_SPOT", "attachmentIds", List.of(java.util.UUID.randomUUID())))
                .then().statusCode(409).body("allowedActions", not(hasItem("FIX_ON_SPOT")));
    }

    @Test
    void anIllegalActionIs409AndListsTheAllowedOnes() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.nanmingSafety(), id, Map.of("action", "ACCEPT")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowedActions", containsInAnyOrder("CONFIRM", "REJECT", "FIX_ON_SPOT"));
        act(Demo.nanmingSafety(), id, Map.of("action", "TELEPORT")).then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
    }

    /** A guard on the ticket's data refuses with the same problem as a wrong state: its code and the allowed actions. */
    @Test
    void everyRefusalIsOne409ShapeWithTheAllowedActions() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        act(Demo.nanmingSafety(), id, "APPROVE_EXTENSION").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("illegal-transition"))
                .body("allowedActions", containsInAnyOrder("FIX_ON_SPOT", "START_RECTIFICATION"));
        act(Demo.nanmingSafety(), id, "ACCEPT").then().statusCode(409)
                .body("code", equalTo("illegal-transition"))
                .body("allowedActions", containsInAnyOrder("FIX_ON_SPOT", "START_RECTIFICATION"));
        ok(act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION", "requestedDeadline",
                Hazards.TODAY.plusDays(40).toString())), "CONFIRMED");
        act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION", "requestedDeadline",
                Hazards.TODAY.plusDays(50).toString())).then().statusCode(409)
                .body("code", equalTo("illegal-transition"))
                .body("allowedActions", containsInAnyOrder("FIX_ON_SPOT", "START_RECTIFICATION"));
    }

    @Test
    void rolesDecideWhoActs() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.enterprise(), id, confirm()).then().statusCode(403);
        act(Demo.leader(), id, confirm()).then().statusCode(403);
        act(Demo.inspector(), id, confirm()).then().statusCode(403);
        as(Demo.enterprise()).get("/api/v1/hazards/{id}", id).then().statusCode(200).body("allowedActions", contains("FIX_ON_SPOT"));
        as(Demo.leader()).get("/api/v1/hazards/{id}", id).then().statusCode(200).body("allowedActions", org.hamcrest.Matchers.empty());
        ok(act(Demo.constructionBureau(), id, confirm()), "CONFIRMED");
    }

    @Test
    void outOfScopeTicketsAre404ForReadingAndActing() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        as(Demo.baiyunSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(404);
        act(Demo.baiyunSafety(), id, confirm()).then().statusCode(404);
        as(Demo.baiyunSafety()).get("/api/v1/hazards/{id}/history", id).then().statusCode(404);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void rejectAsDuplicateNamesTheOriginal() {
        String original = reported(Demo.inspector(), general(qiancheng()));
        String copy = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.nanmingSafety(), copy, Map.of("action", "REJECT")).then().statusCode(400);
        act(Demo.nanmingSafety(), copy, Map.of("action", "REJECT", "rejectionReason", "DUPLICATE")).then().statusCode(400)
                .body("errors[0].field", equalTo("duplicateOf"));
        ok(act(Demo.nanmingSafety(), copy, Map.of("action", "REJECT", "rejectionReason", "DUPLICATE", "duplicateOf", original)),
                "REJECTED");
        String code = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", original).jsonPath().getString("code");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", copy).then().body("duplicateOfCode", equalTo(code))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        String notHazard = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), notHazard, Map.of("action", "REJECT", "rejectionReason", "NOT_A_HAZARD")), "REJECTED");
    }

    /** The admin marks a Nanming ticket a duplicate of a Baiyun one: Nanming must not learn the Baiyun ticket's code. */
    @Test
    void aDuplicateOfATicketOutOfScopeDoesNotNameIt() {
        String baiyunEnterprise = cn.redline.support.Api.idOf(Demo.admin(), "91520113001005401H");
        String original = reported(Demo.admin(), general(baiyunEnterprise));
        String code = as(Demo.admin()).get("/api/v1/hazards/{id}", original).jsonPath().getString("code");
        String copy = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.admin(), copy, Map.of("action", "REJECT", "rejectionReason", "DUPLICATE", "duplicateOf", original)),
                "REJECTED");

        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", original).then().statusCode(404);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", copy).then().statusCode(200)
                .body("rejectionReason", equalTo("DUPLICATE")).body("duplicateOfCode", org.hamcrest.Matchers.nullValue());
        String history = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}/history", copy).then().statusCode(200)
                .body("items[-1].data.rejectionReason", equalTo("DUPLICATE")).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(history.contains(code) || history.contains(original), history);
        as(Demo.nanmingSafety()).queryParam("q", code).get("/api/v1/hazards").then().body("items", org.hamcrest.Matchers.empty());

        as(Demo.admin()).get("/api/v1/hazards/{id}", copy).then().body("duplicateOfCode", equalTo(code));
        as(Demo.admin()).get("/api/v1/hazards/{id}/history", copy).then().body("items[-1].data.duplicateOf", equalTo(code));
    }

    @Test
    void deadlineExtensionsAreRequestedAndDecidedNeverEdited() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        String later = Hazards.TODAY.plusDays(40).toString();
        act(Demo.nanmingSafety(), id, "APPROVE_EXTENSION").then().statusCode(409);
        ok(act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION", "requestedDeadline", later, "comment", "材料未到")),
                "CONFIRMED");
        act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION", "requestedDeadline", later)).then().statusCode(409);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then()
                .body("pendingExtension.requestedDeadline", equalTo(later))
                .body("deadline", equalTo(Hazards.TODAY.plusDays(14).toString()))
                .body("allowedActions", hasItem("APPROVE_EXTENSION"));
        ok(act(Demo.nanmingSafety(), id, "APPROVE_EXTENSION"), "CONFIRMED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("deadline", equalTo(later))
                .body("pendingExtension", nullValue());
        ok(act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION",
                "requestedDeadline", Hazards.TODAY.plusDays(60).toString())), "CONFIRMED");
        ok(act(Demo.nanmingSafety(), id, "REFUSE_EXTENSION"), "CONFIRMED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("deadline", equalTo(later));
        act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION", "requestedDeadline", Hazards.TODAY.plusDays(3).toString()))
                .then().statusCode(400);
    }

    @Test
    void majorHazardIsListedForSupervisionAndSignedOffByTheEnterprise() {
        String id = reported(Demo.inspector(), major(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        act(Demo.enterprise(), id, "SIGN_OFF_LISTING").then().statusCode(409);
        act(Demo.nanmingSafety(), id, Map.of("action", "LIST_FOR_SUPERVISION")).then().statusCode(400);
        ok(act(Demo.nanmingSafety(), id, Map.of("action", "LIST_FOR_SUPERVISION",
                "supervision", Map.of("level", "DISTRICT", "documentNumber", "南安监督〔2026〕3号"))), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "SIGN_OFF_LISTING"), "CONFIRMED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then()
                .body("supervision.level", equalTo("DISTRICT"))
                .body("supervision.issuedBy.code", equalTo(Demo.NANMING))
                .body("supervision.signedOffBy", equalTo("测试 enterprise"));
        as(Demo.nanmingSafety()).queryParam("supervisionLevel", "DISTRICT").get("/api/v1/hazards").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void effectivenessIsVerifiedOnceAfterClosure() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        act(Demo.nanmingSafety(), id, Map.of("action", "VERIFY_EFFECTIVENESS", "effective", true)).then().statusCode(409);
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        ok(act(Demo.enterprise(), id, "START_RECTIFICATION"), "RECTIFYING");
        ok(act(Demo.enterprise(), id, Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "完成")), "PENDING_ACCEPTANCE");
        ok(act(Demo.nanmingSafety(), id, "ACCEPT"), "CLOSED");
        act(Demo.inspector(), id, Map.of("action", "VERIFY_EFFECTIVENESS")).then().statusCode(400);
        ok(act(Demo.inspector(), id, Map.of("action", "VERIFY_EFFECTIVENESS", "effective", true, "comment", "三个月后复查无复发")),
                "CLOSED");
        as(Demo.inspector()).get("/api/v1/hazards/{id}", id).then().body("effectiveness.effective", equalTo(true));
        act(Demo.inspector(), id, Map.of("action", "VERIFY_EFFECTIVENESS", "effective", false)).then().statusCode(409);
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        as(Demo.nanmingSafety()).contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"7\"").body(confirm())
                .post("/api/v1/hazards/{id}/transitions", id).then().statusCode(412);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("state", equalTo("REPORTED"));
        as(Demo.nanmingSafety()).contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"0\"").body(confirm())
                .post("/api/v1/hazards/{id}/transitions", id).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }
}
