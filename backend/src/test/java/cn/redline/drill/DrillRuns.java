package cn.redline.drill;

import static cn.redline.drill.DrillFixtures.enterprise;
import static cn.redline.drill.DrillFixtures.township;
import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;

import cn.redline.attachment.SampleFiles;
import cn.redline.support.Demo;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drills planned and walked through their workflow over the API as the Nanming safety office (the organiser's office). */
final class DrillRuns {

    private DrillRuns() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A fresh enterprise of a fresh Nanming township, which the Nanming safety office keeps. */
    static String org() {
        return enterprise(township(), "CONSTRUCTION", false, null);
    }

    private static String shared;

    /**
     * One enterprise for the drills whose org does not matter: a fresh org per drill would add hundreds of orgs under
     * Nanming, and other tests read its first page of orgs.
     */
    static synchronized String sharedOrg() {
        if (shared == null) {
            shared = org();
        }
        return shared;
    }

    /** A tabletop single drill not to be evaluated: a work plan is all it needs to be ready. */
    static Map<String, Object> plan(String orgId, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("title", "消防疏散演练");
        body.put("form", "TABLETOP");
        body.put("scope", "SINGLE");
        body.put("plannedOn", on.toString());
        body.put("evaluationPlanned", false);
        return body;
    }

    static String planned(Map<String, Object> body) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/drills").then().statusCode(201)
                .extract().path("id");
    }

    static String upload(String token) {
        return given().auth().oauth2(token).contentType("image/jpeg").queryParam("fileName", "现场.jpg")
                .body(SampleFiles.jpeg()).post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    static String uploadPdf(String token) {
        return given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", "方案.pdf")
                .body(SampleFiles.pdf()).post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String id, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/drills/{id}/transitions", id);
    }

    static void ok(String id, Map<String, Object> body) {
        act(Demo.nanmingSafety(), id, body).then().statusCode(200);
    }

    static Map<String, Object> attach(String kind, String... ids) {
        return Map.of("action", "ATTACH", "fileKind", kind, "attachmentIds", List.of(ids));
    }

    static Map<String, Object> end(String token, int photos) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < photos; i++) {
            ids.add(upload(token));
        }
        return Map.of("action", "END", "actualHeadcount", 42, "attachmentIds", ids);
    }

    static Response timeline(String token, String id, String clientId, String text) {
        return as(token).contentType(ContentType.JSON).body(Map.of("clientId", clientId, "kind", "OBSERVATION", "text", text,
                "occurredAt", java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/drills/{id}/timeline", id);
    }

    static String clientId() {
        return UUID.randomUUID().toString();
    }

    /** A fresh drill of a fresh org walked into {@code state}. */
    static String inState(String state) {
        return inState(state, plan(sharedOrg(), today().plusDays(10)));
    }

    /** The drill planned from {@code body}, walked into {@code state} by the office. */
    static String inState(String state, Map<String, Object> body) {
        String id = planned(body);
        switch (state) {
            case "PLANNED" -> { }
            case "CANCELLED" -> ok(id, Map.of("action", "CANCEL", "comment", "上级临时检查"));
            default -> {
                ok(id, attach("WORK_PLAN", uploadPdf(Demo.nanmingSafety())));
                ok(id, Map.of("action", "PREPARE"));
                if (state.equals("PREPARING")) {
                    break;
                }
                ok(id, Map.of("action", "MARK_READY"));
                if (state.equals("READY")) {
                    break;
                }
                ok(id, Map.of("action", "START"));
                switch (state) {
                    case "IN_PROGRESS" -> { }
                    case "CONDUCTED" -> ok(id, end(Demo.nanmingSafety(), 3));
                    case "TERMINATED" -> ok(id, Map.of("action", "TERMINATE", "terminationReason", "OTHER", "comment", "大风"));
                    default -> throw new IllegalArgumentException(state);
                }
            }
        }
        return id;
    }

    /** A drill held 3 days ago as an enterprise system pushes it (POST /drills/bulk), with its evidence. */
    static Map<String, Object> held(String orgId, String ref) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalRef", ref);
        item.put("orgId", orgId);
        item.put("title", "综合应急演练（系统推送）");
        item.put("form", "LIVE");
        item.put("scope", "COMPREHENSIVE");
        item.put("status", "CONDUCTED");
        item.put("conductedOn", today().minusDays(3).toString());
        item.put("actualHeadcount", 60);
        item.put("attachmentIds", List.of(DrillRuns.upload(Demo.integration()), DrillRuns.upload(Demo.integration()),
                DrillRuns.upload(Demo.integration())));
        return item;
    }
}
