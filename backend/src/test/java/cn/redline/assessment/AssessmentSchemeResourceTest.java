package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Schemes over HTTP: drafts, the publish guard's points check, frozen once published or opened, the workflow, scope. */
@QuarkusTest
class AssessmentSchemeResourceTest {

    private static String township() {
        return Tokens.token("town-safety", Demo.HUAGUOYUAN, "safety_office");
    }

    private static Map<String, Object> leaf(String code, int points) {
        Map<String, Object> l = new HashMap<>(Map.of("code", code, "name", "指标" + code, "maxPoints", points, "type", "PROCESS",
                "method", "MANUAL_DEDUCT", "evidenceRequired", true));
        l.put("deductionRules", List.of(Map.of("code", code + "-1", "when", "未落实的扣1分", "points", 1, "perOccurrence", true)));
        return l;
    }

    private static Map<String, Object> body(String period, int... leafPoints) {
        List<Map<String, Object>> leaves = new ArrayList<>();
        for (int i = 0; i < leafPoints.length; i++) {
            leaves.add(leaf("L" + (i + 1), leafPoints[i]));
        }
        Map<String, Object> def = new HashMap<>();
        def.put("baseTotal", 100);
        def.put("rescale", false);
        def.put("bonusCap", 5);
        def.put("targetGroups", List.of(Map.of("code", "TOWNSHIP", "name", "乡镇（街道）", "orgKind", "REGION")));
        def.put("indicators", leaves);
        def.put("gradeBands", List.of(Map.of("code", "EXCELLENT", "label", "优秀", "lowerBound", 90),
                Map.of("code", "GOOD", "label", "良好", "lowerBound", 80), Map.of("code", "PASS", "label", "合格", "lowerBound", 60),
                Map.of("code", "FAIL", "label", "不合格", "lowerBound", 0)));
        def.put("vetoRules", List.of(Map.of("code", "MAJOR", "name", "发生重大及以上事故", "manual", false, "metric", "ACC_MAX_LEVEL",
                "comparison", "GE", "threshold", 3, "effect", "SCORE_ZERO")));
        def.put("adjustmentRules", List.of(Map.of("code", "PRAISE", "kind", "BONUS", "name", "市级表扬", "points", 1, "steps", 0)));
        def.put("consequenceRules", List.of(Map.of("code", "TWICE", "trigger", "CONSECUTIVE_GRADE", "grade", "PASS", "count", 2,
                "action", "INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 30, "days", 0)));
        return new HashMap<>(Map.of("title", "2026年度乡镇安全生产工作考核细则", "year", 2026, "period", period, "series", "TOWNSHIP",
                "definition", def));
    }

    private static Response create(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessment-schemes");
    }

    private static Response act(String token, String id, String etag, Map<String, Object> transition) {
        var r = as(token).contentType(ContentType.JSON).body(transition);
        if (etag != null) {
            r = r.header("If-Match", etag);
        }
        return r.post("/api/v1/assessment-schemes/{id}/transitions", id);
    }

    @Test
    void publishingIsRefusedUntilTheLeafPointsAddUpAndTheProblemNamesTheMismatch() {
        Response created = create(Demo.nanmingSafety(), body("YEAR", 60, 35));
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("groupPoints[0].leafPoints", equalTo(95))
                .body("publicationIssues.code", hasItem("points-mismatch")).body("allowedActions", contains("PUBLISH"));
        String id = created.path("id");
        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH")).then().statusCode(400)
                .body("errors.field", contains("docNumber"));
        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕3号")).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("scheme-points-mismatch"))
                .body("detail", containsString("95")).body("detail", containsString("100"))
                .body("errors.field", contains("indicators"));
        as(Demo.nanmingSafety()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕3号"))
                .post("/api/v1/assessment-schemes/{id}/transitions", id).then().statusCode(422)
                .body("detail", equalTo("group TOWNSHIP: leaf points add up to 95, not 100"));
        as(Demo.nanmingSafety()).get("/api/v1/assessment-schemes/{id}", id).then().body("status", equalTo("DRAFT"));

        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("YEAR", 60, 40))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(200).body("publicationIssues", empty());
        act(Demo.nanmingSafety(), id, "\"1\"", Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕3号")).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("docNumber", equalTo("南安委〔2026〕3号"))
                .body("allowedActions", contains("REVISE", "OPEN"));
    }

    @Test
    void aPublishedSchemeIsRevisedBeforeItOpensAndFrozenOnceOpened() {
        String id = create(Demo.nanmingSafety(), body("YEAR", 100)).then().statusCode(201).extract().path("id");
        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕4号")).then().statusCode(200);
        // published: frozen for edits, revisable with a reason
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body("YEAR", 100))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(409);
        act(Demo.nanmingSafety(), id, null, Map.of("action", "REVISE")).then().statusCode(400).body("errors.field", contains("comment"));
        act(Demo.nanmingSafety(), id, null, Map.of("action", "REVISE", "comment", "调整扣分标准")).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("revision", equalTo(2));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body("YEAR", 50, 50))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(200);
        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕4号")).then().statusCode(200)
                .body("revision", equalTo(2));
        act(Demo.nanmingSafety(), id, null, Map.of("action", "OPEN")).then().statusCode(200).body("status", equalTo("SELF_ASSESSMENT"))
                .body("allowedActions", empty());
        // opened: no edits, no revision; the review starts only after the period's cutoff (31 Dec)
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(body("YEAR", 100))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(409);
        act(Demo.nanmingSafety(), id, null, Map.of("action", "REVISE", "comment", "再改")).then().statusCode(409)
                .body("code", equalTo("illegal-transition")).body("allowedActions", empty());
        act(Demo.nanmingSafety(), id, null, Map.of("action", "START_REVIEW")).then().statusCode(409);
        as(Demo.nanmingSafety()).get("/api/v1/assessment-schemes/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATE", "PUBLISH", "REVISE", "UPDATE", "PUBLISH", "OPEN"))
                .body("items[2].reason", equalTo("调整扣分标准")).body("items[5].to", equalTo("SELF_ASSESSMENT"));
    }

    @Test
    void theReviewOfAHalfYearStartsOnceItsCutoffHasPassed() {
        String id = create(Demo.nanmingSafety(), body("FIRST_HALF", 100)).then().statusCode(201).extract().path("id");
        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕5号")).then().statusCode(200);
        act(Demo.nanmingSafety(), id, null, Map.of("action", "START_REVIEW")).then().statusCode(409)
                .body("allowedActions", contains("REVISE", "OPEN"));
        act(Demo.nanmingSafety(), id, null, Map.of("action", "OPEN")).then().statusCode(200);
        act(Demo.nanmingSafety(), id, null, Map.of("action", "START_REVIEW")).then().statusCode(200).body("status", equalTo("REVIEWING"))
                .body("periodEnd", equalTo("2026-06-30"));
    }

    @Test
    void theIssuingSideWritesOrgsBelowReadOnlyPublishedSchemesAndOthersSeeNothing() {
        String id = create(Demo.nanmingSafety(), body("YEAR", 100)).then().statusCode(201).extract().path("id");
        String missing = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/assessment-schemes/{id}", "/api/v1/assessment-schemes/{id}/history")) {
            String outside = as(Demo.baiyunSafety()).get(path, id).then().statusCode(404).extract().path("detail");
            assertEquals(as(Demo.baiyunSafety()).get(path, missing).then().statusCode(404).extract().path("detail"), outside);
            // a draft is the issuing side's own
            as(township()).get(path, id).then().statusCode(404);
        }
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("YEAR", 100))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(404);
        act(Demo.baiyunSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "x")).then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("limit", 200).get("/api/v1/assessment-schemes").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        act(Demo.nanmingSafety(), id, null, Map.of("action", "PUBLISH", "docNumber", "南安委〔2026〕6号")).then().statusCode(200);
        // the township it targets reads the published rules, but does not act on them
        as(township()).get("/api/v1/assessment-schemes/{id}", id).then().statusCode(200).body("allowedActions", empty());
        as(township()).queryParam("limit", 200).get("/api/v1/assessment-schemes").then().statusCode(200).body("items.id", hasItem(id));
        act(township(), id, null, Map.of("action", "OPEN")).then().statusCode(409);
        as(township()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body("YEAR", 100))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(403);
        as(Demo.baiyunSafety()).get("/api/v1/assessment-schemes/{id}", id).then().statusCode(404);
        // roles: enterprises, inspectors and leaders draft no schemes
        create(Demo.enterprise(), body("YEAR", 100)).then().statusCode(403);
        create(Demo.leader(), body("YEAR", 100)).then().statusCode(403);
        create(Demo.constructionBureau(), body("YEAR", 100)).then().statusCode(201);
    }

    @Test
    void badInputAndStaleVersionsAreProblems() {
        Map<String, Object> bad = body("YEAR", 100);
        @SuppressWarnings("unchecked")
        Map<String, Object> def = (Map<String, Object>) bad.get("definition");
        Map<String, Object> orphan = leaf("X", 10);
        orphan.put("parent", "NOPE");
        def.put("indicators", List.of(leaf("L1", 90), orphan));
        create(Demo.nanmingSafety(), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("definition.indicators[1].parent"));
        Map<String, Object> unknownMetric = body("YEAR", 100);
        ((Map<String, Object>) unknownMetric.get("definition")).put("vetoRules", List.of(Map.of("code", "V", "name", "v",
                "manual", false, "metric", "NO_SUCH_METRIC", "comparison", "GE", "threshold", 1, "effect", "SCORE_ZERO")));
        create(Demo.nanmingSafety(), unknownMetric).then().statusCode(400);
        Map<String, Object> noTitle = body("YEAR", 100);
        noTitle.remove("title");
        create(Demo.nanmingSafety(), noTitle).then().statusCode(400).body("errors.field", hasItem("title"));

        String id = create(Demo.nanmingSafety(), body("YEAR", 100)).then().statusCode(201).extract().path("id");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body("YEAR", 100)).put("/api/v1/assessment-schemes/{id}", id)
                .then().statusCode(428);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"9\"").body(body("YEAR", 100))
                .put("/api/v1/assessment-schemes/{id}", id).then().statusCode(412);
        act(Demo.nanmingSafety(), id, "\"9\"", Map.of("action", "PUBLISH", "docNumber", "x")).then().statusCode(412);
    }

    private static Map<String, Object> target(String id, int deductions) {
        Map<String, Object> t = new HashMap<>(Map.of("targetId", id, "group", "TOWNSHIP"));
        if (deductions > 0) {
            t.put("leaves", Map.of("L1", Map.of("deductions", List.of(Map.of("rule", "L1-1", "occurrences", deductions,
                    "setBy", "考核组", "evidence", List.of("att-" + id))))));
        }
        return t;
    }

    @Test
    void theSchemesRulesScoreGivenFactsWithBandEdgesFloorsVetoesAndSharedRanks() {
        String id = create(Demo.nanmingSafety(), body("YEAR", 60, 40)).then().statusCode(201).extract().path("id");
        Map<String, Object> vetoed = target("v", 0);
        vetoed.put("metrics", Map.of("ACC_MAX_LEVEL", Map.of("snapshotId", "snap-9", "value", 3)));
        Map<String, Object> praised = target("p", 20);
        praised.put("adjustments", List.of(Map.of("rule", "PRAISE", "occurrences", 9, "setBy", "安委办")));
        Response r = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(target("a", 10), target("b", 11), target("c", 11), target("floor", 99), vetoed, praised)))
                .post("/api/v1/assessment-schemes/{id}/scoring", id);
        r.then().statusCode(200)
                .body("items.targetId", contains("a", "b", "c", "floor", "v", "p"))
                // 90 is 优秀 (inclusive lower bound), 89 良好
                .body("items.total", contains(90.0f, 89.0f, 89.0f, 40.0f, 0.0f, 85.0f))
                .body("items.grade", contains("EXCELLENT", "GOOD", "GOOD", "FAIL", "FAIL", "GOOD"))
                // 扣完为止: 99 deductions from a 60-point leaf leave 0 there and the other 40
                .body("items[3].leaves[0].points", equalTo(0))
                // bonus 9 capped at 5
                .body("items[5].bonusRaw", equalTo(9)).body("items[5].bonus", equalTo(5))
                .body("items[4].vetoes[0].snapshotId", equalTo("snap-9"))
                // ties share a rank, the vetoed target comes last
                .body("items.rank", contains(1, 2, 2, 5, 6, 4));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("targets", List.of(Map.of("targetId", "x", "group", "TOWNSHIP",
                "leaves", Map.of("L1", Map.of("deductions", List.of(Map.of("rule", "NOPE", "occurrences", 1))))))))
                .post("/api/v1/assessment-schemes/{id}/scoring", id).then().statusCode(422)
                .body("errors.field", contains("leaves.L1.deductions.NOPE"));
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).body(Map.of("targets", List.of(target("a", 1))))
                .post("/api/v1/assessment-schemes/{id}/scoring", id).then().statusCode(404);
    }
}
