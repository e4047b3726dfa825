package cn.redline.assessment;

import static cn.redline.support.Api.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scheme of a township for its enterprises, as the assessment tests run it: L1 扣分制 (60 points, evidence required,
 * 2 points per finding), L2 系统取数 on ACC_COUNT (20 points, 5 off per accident), L3 部门赋分 by a department (20),
 * bands 90/80/60/0, a veto on 重大 accidents, a bonus, 5 days for objections.
 */
final class SchemeRuns {

    private SchemeRuns() {
    }

    static Map<String, Object> body(String period, int year, List<UUID> targets, UUID scoringDepartment) {
        List<Map<String, Object>> leaves = new ArrayList<>();
        Map<String, Object> l1 = new HashMap<>(Map.of("code", "L1", "name", "隐患排查治理", "maxPoints", 60, "type", "PROCESS",
                "method", "MANUAL_DEDUCT", "evidenceRequired", true));
        l1.put("deductionRules", List.of(Map.of("code", "L1-1", "when", "每发现一处未整改扣2分", "points", 2, "perOccurrence", true)));
        leaves.add(l1);
        leaves.add(Map.of("code", "L2", "name", "事故起数", "maxPoints", 20, "type", "RESULT", "method", "AUTO_METRIC",
                "metricCode", "ACC_COUNT", "mapping", Map.of("kind", "DEDUCT_PER_UNIT", "perUnit", 5), "evidenceRequired", false));
        leaves.add(Map.of("code", "L3", "name", "行业监管", "maxPoints", 20, "type", "PROCESS", "method", "DEPARTMENT_SCORED",
                "scoringOrgIds", List.of(scoringDepartment.toString()), "evidenceRequired", false));
        Map<String, Object> def = new HashMap<>();
        def.put("baseTotal", 100);
        def.put("rescale", false);
        def.put("bonusCap", 5);
        def.put("targetGroups", List.of(Map.of("code", "ENT", "name", "企业", "orgIds", targets.stream().map(UUID::toString).toList())));
        def.put("indicators", leaves);
        def.put("gradeBands", List.of(Map.of("code", "EXCELLENT", "label", "优秀", "lowerBound", 90),
                Map.of("code", "GOOD", "label", "良好", "lowerBound", 80), Map.of("code", "PASS", "label", "合格", "lowerBound", 60),
                Map.of("code", "FAIL", "label", "不合格", "lowerBound", 0)));
        def.put("vetoRules", List.of(Map.of("code", "MAJOR", "name", "发生重大及以上事故", "manual", false, "metric", "ACC_MAX_LEVEL",
                "comparison", "GE", "threshold", 3, "effect", "SCORE_ZERO")));
        def.put("adjustmentRules", List.of(Map.of("code", "PRAISE", "kind", "BONUS", "name", "市级表扬", "points", 1, "steps", 0)));
        def.put("consequenceRules", List.of());
        def.put("deadlines", Map.of("objectionDays", 5));
        return new HashMap<>(Map.of("title", year + "年度企业安全生产考核细则", "year", year, "period", period, "series", "ENT",
                "definition", def));
    }

    static Response act(String token, String schemeId, Map<String, Object> transition) {
        return as(token).contentType(ContentType.JSON).body(transition).post("/api/v1/assessment-schemes/{id}/transitions", schemeId);
    }

    /** Creates and publishes the scheme; its id. */
    static String published(String token, Map<String, Object> body) {
        String id = as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessment-schemes").then().statusCode(201)
                .extract().path("id");
        act(token, id, Map.of("action", "PUBLISH", "docNumber", "安委〔" + UUID.randomUUID().toString().substring(0, 6) + "〕1号"))
                .then().statusCode(200);
        return id;
    }
}
