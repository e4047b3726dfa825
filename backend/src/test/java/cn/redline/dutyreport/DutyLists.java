package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static io.restassured.RestAssured.given;

import cn.redline.attachment.SampleFiles;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists walked through their workflow by the API, as the reports meet them: a fresh township of Nanming with its
 * head's post held by a person with a login, a list of two quarterly items drafted, submitted, published and signed.
 */
final class DutyLists {

    static final String INSPECTION = "每季度带队开展安全生产检查";
    static final String MEETING = "每季度召开安全生产专题会议";

    private DutyLists() {
    }

    /** A township (or zone) of Nanming, its head's post and who holds it since 2024. */
    record Holder(String orgId, String code, String name, String postId, String person) {

        String token() {
            return Tokens.token(person, code, "leader");
        }
    }

    static Holder township() {
        return territory(null);
    }

    /** A territory of Nanming: a township, or a functional zone of the given kind (e.g. DEVELOPMENT_ZONE). */
    static Holder territory(String zoneKind) {
        String code = Codes.nanmingTownship();
        String name = (zoneKind == null ? "街道" : "园区") + code;
        Map<String, Object> org = new HashMap<>(Map.of("code", code, "name", name, "kind", "REGION", "regionLevel", "TOWNSHIP",
                "parentId", idOf(Demo.admin(), Demo.NANMING)));
        if (zoneKind != null) {
            org.put("zoneKind", zoneKind);
        }
        String orgId = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(org).post("/api/v1/orgs").then()
                .statusCode(201).extract().path("id");
        String postId = post(orgId, "主任", "TOWNSHIP_HEAD");
        String person = "head-" + UUID.randomUUID().toString().substring(0, 8);
        appoint(postId, "林" + person.substring(5, 9), person, "2024-01-01");
        return new Holder(orgId, code, name, postId, person);
    }

    static String post(String orgId, String title, String kind) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("orgId", orgId, "title", title, "kind", kind))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    static void appoint(String postId, String name, String ref, String from) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", name, "personRef", ref,
                "from", from, "appointmentDoc", "任〔" + from + "〕" + ref)).post("/api/v1/posts/{id}/assignments", postId)
                .then().statusCode(201);
    }

    /** A construction enterprise of the territory. */
    static String enterprise(String territoryId, String name) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", Codes.creditCode(), "name", name,
                "kind", "ENTERPRISE", "parentId", territoryId, "industry", "CONSTRUCTION")).post("/api/v1/orgs").then()
                .statusCode(201).extract().path("id");
    }

    static Map<String, Object> item(String text, String category) {
        return item(text, category, 0);
    }

    static Map<String, Object> item(String text, String category, int graceDays) {
        Map<String, Object> item = new HashMap<>(Map.of("category", category, "text", text,
                "legalBasis", List.of("S1 §4"), "periodType", "QUARTER", "minCount", 1, "graceDays", graceDays));
        item.put("evidenceSpec", Map.of("types", List.of("PHOTO"), "minAttachments", 1, "photoRequired", false,
                "gpsRequired", false, "counterpartSignature", false, "holderMustPerform", true));
        return item;
    }

    /** A DRAFT list of the post for the year with the two quarterly items. */
    static String draft(String postId, int year) {
        return draft(postId, year, "INTERNAL");
    }

    static String draft(String postId, int year, String publicity) {
        return draft(postId, year, publicity, 0);
    }

    /** A DRAFT list whose two items allow {@code graceDays} of late entry after each quarter. */
    static String draft(String postId, int year, String publicity, int graceDays) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year, "holderPostId", postId, "publicity", publicity));
        body.put("items", List.of(item(INSPECTION, "INSPECTION", graceDays), item(MEETING, "MEETING", graceDays)));
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-lists").then()
                .statusCode(201).extract().path("id");
    }

    static void act(String token, String listId, String action, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("action", action);
        as(token).contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-lists/{id}/transitions", listId)
                .then().statusCode(200);
    }

    static String published(String postId, int year) {
        return published(postId, year, "INTERNAL");
    }

    static String published(String postId, int year, String publicity) {
        return published(postId, year, publicity, 0);
    }

    static String published(String postId, int year, String publicity, int graceDays) {
        String id = draft(postId, year, publicity, graceDays);
        act(Demo.nanmingSafety(), id, "SUBMIT", Map.of());
        act(Demo.nanmingSafety(), id, "PUBLISH", Map.of("docNumber", "南安〔" + year + "〕" + id.substring(0, 4) + "号"));
        return id;
    }

    /** Published and signed by the holder and by Nanming's safety office. */
    static String signed(Holder h, int year) {
        return signed(h, year, "INTERNAL");
    }

    static String signed(Holder h, int year, String publicity) {
        return signed(h, year, publicity, 0);
    }

    static String signed(Holder h, int year, String publicity, int graceDays) {
        String id = published(h.postId(), year, publicity, graceDays);
        act(h.token(), id, "SIGN", Map.of());
        act(Demo.nanmingSafety(), id, "SIGN", Map.of());
        return id;
    }

    /** The id of the list's item with this text. */
    static String itemId(String listId, String text) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", listId).then().statusCode(200).extract()
                .path("items.find { it.text == '" + text + "' }.id");
    }

    /** A record of the item performed by the holder's post on {@code day} with a photo, entered and submitted by {@code token}. */
    static Map<String, Object> record(String token, Holder h, String itemId, LocalDate day) {
        String photo = given().auth().oauth2(token).contentType("image/jpeg").queryParam("fileName", "现场.jpg")
                .body(SampleFiles.jpeg()).post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        return new HashMap<>(Map.of("dutyItemId", itemId, "date", day.toString(), "summary", "带队检查",
                "performers", List.of(Map.of("postId", h.postId())), "attachmentIds", List.of(photo), "submit", true));
    }

    /** The record entered by {@code token}, submitted and accepted by the issuer. */
    static String accepted(String token, Holder h, String itemId, LocalDate day) {
        String id = as(token).contentType(ContentType.JSON).body(record(token, h, itemId, day)).post("/api/v1/fulfilment-records")
                .then().statusCode(201).extract().path("id");
        accept(id);
        return id;
    }

    /** A record of the item performed by the holder on {@code day} with a photo, submitted and accepted by the issuer. */
    static String accepted(Holder h, String itemId, LocalDate day) {
        return accepted(h.token(), h, itemId, day);
    }

    static void accept(String recordId) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("action", "ACCEPT"))
                .post("/api/v1/fulfilment-records/{id}/transitions", recordId).then().statusCode(200);
    }
}
