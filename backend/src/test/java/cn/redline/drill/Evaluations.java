package cn.redline.drill;

import static cn.redline.support.Api.as;

import cn.redline.support.Demo;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluations of drills over the API as the Nanming safety office, answered from the seeded AQ9009 template. */
public final class Evaluations {

    private Evaluations() {
    }

    /** The items of the newest AQ9009 template: code, method, weight. */
    static List<Map<String, Object>> items() {
        return as(Demo.nanmingSafety()).queryParam("code", "AQ9009").get("/api/v1/drill-evaluation-templates").then()
                .statusCode(200).extract().jsonPath().getList("items[0].definition.items");
    }

    /** An answer to every item: YES for yes/no items, full marks for scored ones except {@code short} points off B1.1. */
    static List<Map<String, Object>> allAnswered(int shortOnB11) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> item : items()) {
            Map<String, Object> a = new HashMap<>();
            a.put("code", item.get("code"));
            if ("YES_NO".equals(item.get("method"))) {
                a.put("result", "YES");
            } else {
                double w = ((Number) item.get("weight")).doubleValue();
                a.put("score", item.get("code").equals("B1.1") ? w - shortOnB11 : w);
            }
            answers.add(a);
        }
        return answers;
    }

    static Map<String, Object> body(List<Map<String, Object>> answers, String conclusion) {
        Map<String, Object> body = new HashMap<>();
        body.put("team", List.of(Map.of("name", "王敏", "org", "贵州安评咨询有限公司", "kind", "THIRD_PARTY", "lead", true),
                Map.of("name", "李强", "kind", "INTERNAL", "lead", false)));
        body.put("answers", answers);
        body.put("selfAssessments", List.of(Map.of("name", "张三", "role", "疏散组", "text", "疏散引导到位，但广播不清")));
        body.put("debrief", "总体有序，疏散通道标识不足");
        body.put("strengths", "各组协同顺畅");
        body.put("conclusion", conclusion);
        body.put("signedBy", "王敏");
        return body;
    }

    static Response post(String token, String drillId, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/drills/{id}/evaluation", drillId);
    }

    static Response put(String token, String drillId, String etag, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/drills/{id}/evaluation", drillId);
    }

    /** A fresh drill walked to EVALUATED with a complete evaluation of {@code conclusion}. */
    public static String evaluated(String drillId, String conclusion) {
        post(Demo.nanmingSafety(), drillId, body(allAnswered(2), conclusion)).then().statusCode(201);
        DrillRuns.ok(drillId, Map.of("action", "SUBMIT_EVALUATION"));
        return drillId;
    }
}
