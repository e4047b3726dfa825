package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;

import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fixtures of the list tests: fresh townships of Nanming with a head, complete items, actions by token. */
final class Lists {

    private Lists() {
    }

    /** A fresh township of Nanming whose head post is held by {@code person} since 2024. */
    record Township(String orgId, String code, String postId, String person) {

        String headToken() {
            return Tokens.token(person, code, "leader");
        }
    }

    static Township township() {
        String code = Codes.nanmingTownship();
        String org = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String post = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("orgId", org, "title", "主任", "kind", "TOWNSHIP_HEAD")).post("/api/v1/posts").then()
                .statusCode(201).extract().path("id");
        String person = "head-" + UUID.randomUUID().toString().substring(0, 8);
        appoint(post, person, "2024-01-01");
        return new Township(org, code, post, person);
    }

    static void appoint(String postId, String person, String from) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", person, "personRef", person,
                "from", from, "appointmentDoc", "任〔" + from + "〕" + person)).post("/api/v1/posts/{id}/assignments", postId)
                .then().statusCode(201);
    }

    static Map<String, Object> item(String text) {
        Map<String, Object> item = new HashMap<>(Map.of("category", "MEETING", "text", text, "legalBasis", List.of("S1 §3"),
                "periodType", "QUARTER", "minCount", 1));
        item.put("evidenceSpec", Map.of("types", List.of("MINUTES"), "minAttachments", 1, "photoRequired", false,
                "gpsRequired", false, "counterpartSignature", false, "holderMustPerform", true));
        return item;
    }

    static Response create(String token, String postId, int year, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year, "holderPostId", postId));
        body.put("items", items);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-lists");
    }

    static String draft(Township t, int year) {
        return create(Demo.nanmingSafety(), t.postId(), year, List.of(item("每季度召开安全生产专题会议"), item("每季度带队检查")))
                .then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String listId, String action, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("action", action);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-lists/{id}/transitions", listId);
    }

    static Response act(String token, String listId, String action) {
        return act(token, listId, action, Map.of());
    }

    /** Drafted, submitted and published by Nanming's safety office. */
    static String published(Township t, int year) {
        String id = draft(t, year);
        act(Demo.nanmingSafety(), id, "SUBMIT").then().statusCode(200);
        act(Demo.nanmingSafety(), id, "PUBLISH", Map.of("docNumber", "南安〔" + year + "〕1号")).then().statusCode(200);
        return id;
    }

    /** Published and signed by the township head and the issuer. */
    static String signed(Township t, int year) {
        String id = published(t, year);
        act(t.headToken(), id, "SIGN").then().statusCode(200);
        act(Demo.nanmingSafety(), id, "SIGN").then().statusCode(200);
        return id;
    }

    static String status(String listId) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", listId).then().statusCode(200)
                .extract().path("status");
    }
}
