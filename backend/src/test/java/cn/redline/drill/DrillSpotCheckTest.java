package cn.redline.drill;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import cn.redline.support.Tokens;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Drill spot checks (D3, §3.4): a department checks a key unit of its industries, records what it found, orders a
 * noncompliant unit to correct by a deadline, the unit answers and the department accepts, or, past the deadline, escalates
 * to an accountability action with the check as its fact. Every refusal changes nothing; outside the scope a check is missing
 * on every route; the register workbook speaks in words.
 */
@QuarkusTest
class DrillSpotCheckTest {

    static final String CHECKS = "/api/v1/drill-spot-checks";

    @Inject
    Clock clock;

    @Inject
    MovableClock movable;

    /** A fresh key unit (construction) of a fresh Nanming township: its id and a token of its own staff. */
    record Unit(String id, String token) {
    }

    static Unit keyUnit(String industry) {
        String code = Codes.creditCode();
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "抽查企业" + code,
                        "kind", "ENTERPRISE", "parentId", DrillFixtures.township(), "industry", industry, "emergencyKeyCategory", "CONSTRUCTION"))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        return new Unit(id, Tokens.token("staff-" + code, code, "enterprise"));
    }

    private String half() {
        LocalDate today = Times.today(clock);
        return today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    private Map<String, Object> body(String target) {
        Map<String, Object> b = new HashMap<>();
        b.put("targetOrgId", target);
        b.put("period", half());
        b.put("unannounced", false);
        return b;
    }

    private static Response create(String token, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body).post(CHECKS);
    }

    private static Response act(String token, String id, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post(CHECKS + "/{id}/transitions", id);
    }

    private static JsonPath get(String id) {
        return as(Demo.nanmingSafety()).get(CHECKS + "/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> steps(String id) {
        return as(Demo.nanmingSafety()).get(CHECKS + "/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .getList("items.action");
    }

    /** A check of {@code unit} by the construction bureau, walked to CORRECTION_ORDERED with the deadline {@code deadline}. */
    private String ordered(Unit unit, LocalDate deadline) {
        Map<String, Object> b = body(unit.id());
        b.put("result", "NONCOMPLIANT");
        b.put("findings", "上半年未开展现场处置方案演练");
        String id = create(Demo.constructionBureau(), b).then().statusCode(201).extract().path("id");
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", deadline.toString(),
                "comment", "责令限期补做演练")).then().statusCode(200).body("status", equalTo("CORRECTION_ORDERED"));
        return id;
    }

    @Test
    void aPlannedCheckIsRecordedOrderedAnsweredAndAcceptedAndEveryRefusalChangesNothing() {
        Unit unit = keyUnit("CONSTRUCTION");
        Map<String, Object> b = body(unit.id());
        b.put("plannedOn", Times.today(clock).plusDays(5).toString());
        // who may create, and against whom
        create(unit.token(), b).then().statusCode(403);
        create(Demo.leader(), b).then().statusCode(403);
        Unit other = keyUnit("HAZARDOUS_CHEMICALS");
        create(Demo.constructionBureau(), body(other.id())).then().statusCode(422).body("errors[0].field", equalTo("targetOrgId"));
        create(Demo.baiyunSafety(), b).then().statusCode(422).body("errors[0].field", equalTo("targetOrgId"));
        Map<String, Object> badPeriod = new HashMap<>(b);
        badPeriod.put("period", "2026-Q1");
        create(Demo.constructionBureau(), badPeriod).then().statusCode(400).body("errors[0].field", equalTo("period"));
        Map<String, Object> foreignDrill = new HashMap<>(b);
        foreignDrill.put("drillId", DrillRuns.inState("PLANNED"));
        create(Demo.constructionBureau(), foreignDrill).then().statusCode(422).body("errors[0].field", equalTo("drillId"));
        as(Demo.constructionBureau()).queryParam("targetOrgId", unit.id()).get(CHECKS).then().statusCode(200).body("items", empty());

        String id = create(Demo.constructionBureau(), b).then().statusCode(201).body("status", equalTo("PLANNED"))
                .body("code", org.hamcrest.Matchers.startsWith("CC")).body("regulator.code", equalTo(Demo.NANMING_CONSTRUCTION_BUREAU))
                .body("target.id", equalTo(unit.id())).body("allowedActions", equalTo(List.of("RECORD_RESULT", "CANCEL")))
                .extract().path("id");
        // the unit sees its check but records nothing on it
        as(unit.token()).get(CHECKS + "/{id}", id).then().statusCode(200).body("allowedActions", empty());
        act(unit.token(), id, Map.of("action", "RECORD_RESULT", "result", "COMPLIANT")).then().statusCode(409);
        act(Demo.constructionBureau(), id, Map.of("action", "RECORD_RESULT", "result", "NONCOMPLIANT")).then().statusCode(400)
                .body("errors[0].field", equalTo("findings"));
        act(Demo.constructionBureau(), id, Map.of("action", "RECORD_RESULT", "result", "NONCOMPLIANT", "findings", "无演练记录",
                "checkedOn", Times.today(clock).plusDays(1).toString())).then().statusCode(400).body("errors[0].field", equalTo("checkedOn"));
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", Times.today(clock).plusDays(9).toString()))
                .then().statusCode(409).body("allowedActions", equalTo(List.of("RECORD_RESULT", "CANCEL")));
        assertEquals("PLANNED", get(id).getString("status"));
        assertEquals(List.of("CREATE"), steps(id));

        act(Demo.constructionBureau(), id, Map.of("action", "RECORD_RESULT", "result", "NONCOMPLIANT", "findings", "上半年未开展现场处置方案演练"))
                .then().statusCode(200).body("status", equalTo("DONE")).body("result", equalTo("NONCOMPLIANT"))
                .body("checkedOn", equalTo(Times.today(clock).toString())).body("allowedActions", equalTo(List.of("ORDER_CORRECTION")));

        // the order needs a deadline after today; the unit cannot order itself
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION")).then().statusCode(400)
                .body("errors[0].field", equalTo("correctionDeadline"));
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", Times.today(clock).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("correctionDeadline"));
        act(unit.token(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", Times.today(clock).plusDays(9).toString()))
                .then().statusCode(409);
        // an inspector records, the department orders
        act(Tokens.token("insp-nm", Demo.NANMING, "inspector"), id, Map.of("action", "ORDER_CORRECTION",
                "correctionDeadline", Times.today(clock).plusDays(9).toString())).then().statusCode(403);
        assertEquals("DONE", get(id).getString("status"));
        LocalDate deadline = Times.today(clock).plusDays(9);
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", deadline.toString(),
                "comment", "责令限期补做现场处置方案演练")).then().statusCode(200).body("status", equalTo("CORRECTION_ORDERED"))
                .body("correctionDeadline", equalTo(deadline.toString())).body("correctionOrder", equalTo("责令限期补做现场处置方案演练"))
                .body("overdue", equalTo(false)).body("allowedActions", empty());

        // not answered: nothing to accept; not yet due: no escalation; the department cannot answer for the unit
        act(Demo.constructionBureau(), id, Map.of("action", "ACCEPT_CORRECTION")).then().statusCode(409);
        act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE")).then().statusCode(409);
        act(Demo.constructionBureau(), id, Map.of("action", "RESPOND", "response", "代答")).then().statusCode(409);
        as(unit.token()).get(CHECKS + "/{id}", id).then().statusCode(200).body("allowedActions", equalTo(List.of("RESPOND")));
        act(unit.token(), id, Map.of("action", "RESPOND")).then().statusCode(400).body("errors[0].field", equalTo("response"));
        assertEquals(List.of("CREATE", "RECORD_RESULT", "ORDER_CORRECTION"), steps(id));

        act(unit.token(), id, Map.of("action", "RESPOND", "response", "已于本周补做现场处置方案演练，附演练记录和照片")).then().statusCode(200)
                .body("status", equalTo("CORRECTION_ORDERED")).body("response", equalTo("已于本周补做现场处置方案演练，附演练记录和照片"))
                .body("respondedAt", not(nullValue()));
        act(Demo.constructionBureau(), id, Map.of("action", "ACCEPT_CORRECTION", "comment", "经核查属实")).then().statusCode(200)
                .body("status", equalTo("CORRECTED")).body("allowedActions", empty()).body("accountabilityActionId", nullValue());
        act(unit.token(), id, Map.of("action", "RESPOND", "response", "再答")).then().statusCode(409);
        assertEquals(List.of("CREATE", "RECORD_RESULT", "ORDER_CORRECTION", "RESPOND", "ACCEPT_CORRECTION"), steps(id));
        List<Map<String, Object>> history = as(unit.token()).get(CHECKS + "/{id}/history", id).then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertEquals(Map.of("deadline", deadline.toString()), history.get(2).get("data"));
        assertEquals("经核查属实", history.get(4).get("comment"));
    }

    @Test
    void anInspectorRecordsAnUnannouncedCheckOnSiteAndACompliantOneEndsThereAndAPlannedOneIsCancelledWithAReason() {
        Unit unit = keyUnit("CONSTRUCTION");
        String inspector = Tokens.token("insp-nm", Demo.NANMING, "inspector");
        Map<String, Object> b = body(unit.id());
        b.put("unannounced", true);
        b.put("result", "COMPLIANT");
        String id = create(inspector, b).then().statusCode(201).body("status", equalTo("DONE")).body("unannounced", equalTo(true))
                .body("result", equalTo("COMPLIANT")).body("findings", nullValue()).body("checkedBy", not(nullValue()))
                .body("regulator.code", equalTo(Demo.NANMING)).body("allowedActions", empty()).extract().path("id");
        assertEquals(List.of("CREATE", "RECORD_RESULT"), steps(id));
        act(Demo.nanmingSafety(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", Times.today(clock).plusDays(9).toString()))
                .then().statusCode(409);
        b.put("result", "NONCOMPLIANT");
        create(inspector, b).then().statusCode(400).body("errors[0].field", equalTo("findings"));
        as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).get(CHECKS).then().statusCode(200).body("items.id", equalTo(List.of(id)));

        String planned = create(Demo.constructionBureau(), body(unit.id())).then().statusCode(201).extract().path("id");
        act(Demo.constructionBureau(), planned, Map.of("action", "CANCEL")).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        assertEquals("PLANNED", get(planned).getString("status"));
        act(Demo.constructionBureau(), planned, Map.of("action", "CANCEL", "comment", "与区级联合检查合并")).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("与区级联合检查合并")).body("allowedActions", empty());
        // filters
        as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).queryParam("unannounced", true).get(CHECKS).then()
                .body("items.id", equalTo(List.of(id)));
        as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).queryParam("status", "CANCELLED").get(CHECKS).then()
                .body("items.id", equalTo(List.of(planned)));
        as(Demo.nanmingSafety()).queryParam("period", "2026-X1").get(CHECKS).then().statusCode(400);
    }

    @Test
    void anOrderLeftUncorrectedPastItsDeadlineIsEscalatedToAnAccountabilityActionWithTheCheckAsItsFact() {
        Unit unit = keyUnit("CONSTRUCTION");
        String id = ordered(unit, Times.today(clock).plusDays(3));
        try {
            movable.advance(Duration.ofDays(3));
            act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE")).then().statusCode(409);
            movable.advance(Duration.ofDays(1));
            assertEquals(true, get(id).getBoolean("overdue"));
            act(Tokens.token("insp-nm", Demo.NANMING, "inspector"), id, Map.of("action", "ESCALATE")).then().statusCode(403);
            act(unit.token(), id, Map.of("action", "ESCALATE")).then().statusCode(409);
            act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE", "accountabilityType", "NOPE")).then().statusCode(400);
            assertEquals("CORRECTION_ORDERED", get(id).getString("status"));
            as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).get("/api/v1/accountability-actions").then()
                    .body("items", empty());

            String action = act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE", "accountabilityType", "CIRCULAR_CRITICISM",
                    "comment", "两次催办未果")).then().statusCode(200).body("status", equalTo("ESCALATED")).body("allowedActions", empty())
                    .extract().path("accountabilityActionId");
            JsonPath a = as(Demo.nanmingSafety()).get("/api/v1/accountability-actions/{id}", action).then().statusCode(200).extract().jsonPath();
            assertEquals("CIRCULAR_CRITICISM", a.getString("type"));
            assertEquals("PROPOSED", a.getString("status"));
            assertEquals("SPOT_CHECK_UNCORRECTED", a.getString("triggerRule"));
            assertEquals(unit.id(), a.getString("target.id"));
            assertEquals(idOf(Demo.admin(), Demo.NANMING_CONSTRUCTION_BUREAU), a.getString("issuer.id"));
            assertEquals(List.of("DRILL_SPOT_CHECK"), a.getList("facts.kind"));
            assertEquals(List.of(id), a.getList("facts.id"));
            assertTrue(a.getString("reason").contains("上半年未开展现场处置方案演练") && a.getString("reason").contains("两次催办未果"),
                    a.getString("reason"));
            // the district office issues it; the unit sees what is addressed to it
            assertEquals(List.of("ISSUE", "WITHDRAW"), a.getList("allowedActions"));
            as(unit.token()).get("/api/v1/accountability-actions/{id}", action).then().statusCode(200);
            List<Map<String, Object>> history = as(Demo.nanmingSafety()).get(CHECKS + "/{id}/history", id).then().extract().jsonPath()
                    .getList("items");
            assertEquals("ESCALATE", history.get(history.size() - 1).get("action"));
            assertEquals(action, ((Map<?, ?>) history.get(history.size() - 1).get("data")).get("accountabilityActionId"));
            act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE")).then().statusCode(409);
            assertEquals(1, as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).get("/api/v1/accountability-actions").then()
                    .extract().jsonPath().getList("items").size());
        } finally {
            movable.reset();
        }
    }

    @Test
    void anAnsweredButUncorrectedOrderIsEscalatedByDefaultToAnInterviewDueIn15DaysWhoseHistoryNamesTheEscalator() {
        Unit unit = keyUnit("CONSTRUCTION");
        String id = ordered(unit, Times.today(clock).plusDays(2));
        act(unit.token(), id, Map.of("action", "RESPOND", "response", "已安排下月补做演练")).then().statusCode(200);
        try {
            movable.advance(Duration.ofDays(3));
            LocalDate escalatedOn = Times.today(clock);
            String action = act(Demo.constructionBureau(), id, Map.of("action", "ESCALATE")).then().statusCode(200)
                    .body("status", equalTo("ESCALATED")).extract().path("accountabilityActionId");

            // the effect: one accountability action, an interview (约谈) by default, against the unit, due in 15 days
            JsonPath a = as(Demo.nanmingSafety()).get("/api/v1/accountability-actions/{id}", action).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("INTERVIEW", a.getString("type"));
            assertEquals("PROPOSED", a.getString("status"));
            assertEquals("SPOT_CHECK_UNCORRECTED", a.getString("triggerRule"));
            assertEquals(unit.id(), a.getString("target.id"));
            assertEquals(escalatedOn.plusDays(15).toString(), a.getString("dueOn"));
            assertTrue(a.getString("title").startsWith("约谈："), a.getString("title"));
            String reason = a.getString("reason");
            assertTrue(reason.contains("上半年未开展现场处置方案演练") && reason.contains("逾期未改正"), reason);
            assertFalse(reason.contains("且未答复"), "the unit answered: " + reason);
            assertEquals(1, as(Demo.nanmingSafety()).queryParam("targetOrgId", unit.id()).get("/api/v1/accountability-actions")
                    .then().extract().jsonPath().getList("items").size());

            // its own history: proposed by the escalating caller, under the rule
            List<Map<String, Object>> proposed = as(Demo.nanmingSafety()).get("/api/v1/accountability-actions/{id}/history", action)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(1, proposed.size());
            assertEquals("PROPOSE", proposed.get(0).get("action"));
            assertEquals("PROPOSED", proposed.get(0).get("toState"));
            assertEquals("测试 dept", proposed.get(0).get("actor"));
            assertEquals(Map.of("type", "INTERVIEW", "rule", "SPOT_CHECK_UNCORRECTED"), proposed.get(0).get("data"));

            // the spot check's history ends with the escalation, naming the action and its type
            List<Map<String, Object>> history = as(Demo.nanmingSafety()).get(CHECKS + "/{id}/history", id).then().extract()
                    .jsonPath().getList("items");
            assertEquals(List.of("CREATE", "RECORD_RESULT", "ORDER_CORRECTION", "RESPOND", "ESCALATE"),
                    history.stream().map(h -> h.get("action")).toList());
            Map<String, Object> last = history.get(history.size() - 1);
            assertEquals("CORRECTION_ORDERED", last.get("fromState"));
            assertEquals("ESCALATED", last.get("toState"));
            assertEquals(Map.of("accountabilityType", "INTERVIEW", "accountabilityActionId", action), last.get("data"));
            assertEquals(action, get(id).getString("accountabilityActionId"));
        } finally {
            movable.reset();
        }
    }

    private static final Map<String, BiFunction<RequestSpecification, String, Response>> ROUTES = Map.of(
            "getDrillSpotCheck", (r, id) -> r.get(CHECKS + "/{id}", id),
            "transitionDrillSpotCheck", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("action", "CANCEL", "comment", "x"))
                    .post(CHECKS + "/{id}/transitions", id),
            "getDrillSpotCheckHistory", (r, id) -> r.get(CHECKS + "/{id}/history", id));

    @Test
    void outsideTheScopeACheckIsMissingOnEveryRouteAndTheUnitSeesOnlyItsOwn() throws Exception {
        Unit unit = keyUnit("CONSTRUCTION");
        String id = create(Demo.constructionBureau(), body(unit.id())).then().statusCode(201).extract().path("id");
        String code = get(id).getString("code");
        for (String outsider : List.of(Demo.baiyunSafety(), Demo.enterprise(), keyUnit("CONSTRUCTION").token())) {
            ROUTES.forEach((name, route) -> {
                Response missing = route.apply(as(outsider), UUID.randomUUID().toString());
                missing.then().statusCode(404);
                route.apply(as(outsider), id).then().statusCode(404).body("detail", equalTo(missing.jsonPath().getString("detail")));
            });
            as(outsider).get(CHECKS).then().statusCode(200).body("items.id", not(hasItem(id)));
            byte[] xlsx = as(outsider).accept(cn.redline.platform.Xlsx.MEDIA_TYPE).get(CHECKS + "/register.xlsx").then().statusCode(200).extract().asByteArray();
            assertFalse(Workbooks.text(xlsx).contains(code), "the register of another scope leaves it out");
        }
        assertEquals("PLANNED", get(id).getString("status"));
        for (String insider : List.of(Demo.nanmingSafety(), Demo.constructionBureau(), unit.token(), Demo.admin())) {
            as(insider).get(CHECKS + "/{id}", id).then().statusCode(200);
            as(insider).get(CHECKS + "/{id}/history", id).then().statusCode(200);
            as(insider).queryParam("targetOrgId", unit.id()).get(CHECKS).then().statusCode(200).body("items.id", hasItem(id));
        }
    }

    @Test
    void theRegisterWorkbookSpeaksInWordsInTheCallersLanguage() throws Exception {
        Unit unit = keyUnit("CONSTRUCTION");
        String id = ordered(unit, Times.today(clock).plusDays(9));
        String code = get(id).getString("code");
        LocalDate today = Times.today(clock);
        byte[] zh = as(Demo.constructionBureau()).accept(cn.redline.platform.Xlsx.MEDIA_TYPE).queryParam("targetOrgId", unit.id()).get(CHECKS + "/register.xlsx").then()
                .statusCode(200).contentType(cn.redline.platform.Xlsx.MEDIA_TYPE).extract().asByteArray();
        assertEquals("演练抽查台账", Workbooks.sheetName(zh));
        List<String> header = Workbooks.rows(zh).get(0).stream().map(c -> c.getText()).toList();
        assertEquals(List.of("抽查编号", "抽查单位", "被抽查单位", "单位代码", "抽查期间", "突袭抽查", "抽查演练", "检查日期", "检查人", "抽查结果",
                "发现问题", "整改期限", "整改情况", "状态", "问责事项编号"), header);
        assertEquals(2, Workbooks.rows(zh).size());
        String text = Workbooks.text(zh);
        String halfWords = today.getYear() + "年" + (today.getMonthValue() <= 6 ? "上" : "下") + "半年";
        for (String word : List.of(code, halfWords, "否", "不符合要求", "上半年未开展现场处置方案演练", "责令限期改正")) {
            assertTrue(text.contains(word), word + " in " + text);
        }
        for (String raw : List.of("NONCOMPLIANT", "CORRECTION_ORDERED", "-H1", "-H2", "false")) {
            assertFalse(text.contains(raw), raw + " in " + text);
        }
        byte[] en = as(Demo.constructionBureau()).accept(cn.redline.platform.Xlsx.MEDIA_TYPE).header("Accept-Language", "en").queryParam("targetOrgId", unit.id())
                .get(CHECKS + "/register.xlsx").then().statusCode(200).extract().asByteArray();
        String english = Workbooks.text(en);
        assertTrue(english.contains("Non-compliant") && english.contains("Correction ordered") && english.contains(" H"), english);
    }
}
