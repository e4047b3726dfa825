package cn.redline.drill;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;

import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh orgs, plans and drills over the API, so the rules of one test bind nothing of another. */
public final class DrillFixtures {

    private DrillFixtures() {
    }

    /** A fresh township of Nanming. */
    static String township() {
        String code = Codes.nanmingTownship();
        return created(as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING))).post("/api/v1/orgs"));
    }

    /** An enterprise in {@code parentId}; {@code keyCategory} null for one that is no emergency key unit. */
    static String enterprise(String parentId, String industry, boolean highRisk, String keyCategory) {
        Map<String, Object> body = new HashMap<>(Map.of("code", Codes.creditCode(), "name", "演练企业" + UUID.randomUUID(),
                "kind", "ENTERPRISE", "parentId", parentId, "industry", industry, "highRisk", highRisk));
        if (keyCategory != null) {
            body.put("emergencyKeyCategory", keyCategory);
        }
        return created(as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post("/api/v1/orgs"));
    }

    static String department(String parentId, String departmentKind) {
        return created(as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", Codes.creditCode(),
                "name", "演练局" + UUID.randomUUID(), "kind", "DEPARTMENT", "parentId", parentId, "departmentKind", departmentKind))
                .post("/api/v1/orgs"));
    }

    static String plan(String orgId, String kind) {
        return created(as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("orgId", orgId, "kind", kind,
                "title", kind + "预案", "planVersion", "2026版", "scenarioTypes", List.of("火灾"))).post("/api/v1/emergency-plans"));
    }

    /** Records a conducted drill as the Nanming safety office; its view. */
    public static JsonPath drill(String orgId, String form, String scope, String date, String... planIds) {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", orgId, "title", "演练", "form", form,
                "scope", scope, "planIds", List.of(planIds), "conductedOn", date, "status", "CONDUCTED"));
        body.putAll(evidence(Demo.nanmingSafety()));
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/drills").then().statusCode(201).extract().jsonPath();
    }

    /** A photo uploaded by the Nanming safety office, for a drill's evidence. */
    public static String upload() {
        return DrillRuns.upload(Demo.nanmingSafety());
    }

    /** The evidence a drill held is recorded with (§3.4 record_past): a headcount and 3 photos uploaded by {@code token}. */
    static Map<String, Object> evidence(String token) {
        return Map.of("actualHeadcount", 35, "attachmentIds",
                List.of(DrillRuns.upload(token), DrillRuns.upload(token), DrillRuns.upload(token)));
    }

    /** The org's drill obligations for the periods holding {@code on} (today when null), by rule code. */
    static Map<String, Map<String, Object>> owed(String orgId, String on) {
        var req = as(Demo.nanmingSafety()).queryParam("orgId", orgId);
        if (on != null) {
            req = req.queryParam("on", on);
        }
        List<Map<String, Object>> items = req.get("/api/v1/drill-obligations").then().statusCode(200).extract().jsonPath()
                .getList("items");
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        items.forEach(i -> byCode.put((String) i.get("ruleCode"), i));
        return byCode;
    }

    private static String created(io.restassured.response.Response r) {
        return r.then().statusCode(201).extract().path("id");
    }
}
