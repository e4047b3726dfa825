package cn.redline.hazard;

import static cn.redline.support.Api.as;

import cn.redline.platform.Times;
import cn.redline.support.Api;
import cn.redline.support.Demo;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Test helpers for hazard tickets. */
final class Hazards {

    static final LocalDate TODAY = LocalDate.now(Times.ZONE);

    private Hazards() {
    }

    static Map<String, Object> general(String enterpriseId) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "配电箱未接地");
        m.put("description", "临时配电箱外壳未做保护接地");
        m.put("level", "GENERAL");
        m.put("category", "ELECTRICAL");
        m.put("enterpriseId", enterpriseId);
        m.put("source", "INSPECTION");
        m.put("locationText", "花果园三号楼东侧");
        m.put("latitude", 26.5606);
        m.put("longitude", 106.6924);
        return m;
    }

    static Map<String, Object> major(String enterpriseId) {
        Map<String, Object> m = general(enterpriseId);
        m.put("title", "深基坑支护变形超限");
        m.put("level", "MAJOR");
        m.put("category", "ENVIRONMENT");
        return m;
    }

    static String qiancheng() {
        return Api.idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION);
    }

    static Response report(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/hazards");
    }

    static String reported(String token, Map<String, Object> body) {
        Response r = report(token, body);
        if (r.statusCode() != 201) {
            throw new AssertionError("report failed: " + r.asString());
        }
        return r.jsonPath().getString("id");
    }

    static Response act(String token, String id, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/hazards/{id}/transitions", id);
    }

    static Response act(String token, String id, String action) {
        return act(token, id, Map.of("action", action));
    }

    static void ok(Response r, String expectedState) {
        if (r.statusCode() != 200 || !expectedState.equals(r.jsonPath().getString("state"))) {
            throw new AssertionError("expected 200 " + expectedState + ", got " + r.statusCode() + " " + r.asString());
        }
    }

    static Map<String, Object> confirm() {
        return Map.of("action", "CONFIRM", "deadline", TODAY.plusDays(14).toString(), "responsiblePerson", "李工",
                "comment", "现场核实属实");
    }
}
