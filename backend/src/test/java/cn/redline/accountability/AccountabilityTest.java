package cn.redline.accountability;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The accountability register (§1.6, issue 12 deliverable 6): A9's rule proposes the 约谈 of a township head when an
 * accident is recorded in the township, once, with its lineage; the office issues it, the township answers, the office
 * closes it; every refusal changes nothing; outside the scope an action answers as a missing one.
 */
@QuarkusTest
class AccountabilityTest {

    static final String ACTIONS = "/api/v1/accountability-actions";

    @Inject
    Clock clock;

    private String accident(String territoryId, int deaths) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("occurredAt",
                        Times.now(clock).minusDays(1).truncatedTo(ChronoUnit.SECONDS).toString(), "territoryId", territoryId,
                        "industry", "CONSTRUCTION", "title", "工地高处坠落", "deaths", deaths, "seriousInjuries", 0, "directLossYuan", 0))
                .post("/api/v1/accidents").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> addressedTo(String token, String orgId) {
        return as(token).queryParam("targetOrgId", orgId).get(ACTIONS).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Response act(String token, String id, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post(ACTIONS + "/{id}/transitions", id);
    }

    @Test
    void anAccidentInATownshipProposesTheInterviewOfItsHeadOnceWithItsLineage() {
        Territories.Township town = Territories.township();
        String post = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("orgId", town.id(), "title", "街道办事处主任",
                "kind", "TOWNSHIP_HEAD")).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", "周明", "personRef", "zhouming",
                        "from", "2025-01-01", "appointmentDoc", "南府任〔2025〕1号"))
                .post("/api/v1/posts/{id}/assignments", post).then().statusCode(201);
        String accident = accident(town.id(), 1);

        List<Map<String, Object>> actions = addressedTo(Demo.nanmingSafety(), town.id());
        assertEquals(1, actions.size(), "one proposal for one accident");
        JsonPath a = as(Demo.nanmingSafety()).get(ACTIONS + "/{id}", actions.get(0).get("id")).then().statusCode(200).extract().jsonPath();
        assertEquals("INTERVIEW", a.getString("type"));
        assertEquals("PROPOSED", a.getString("status"));
        assertEquals("ACCIDENT_TOWNSHIP_HEAD", a.getString("triggerRule"));
        assertEquals(town.id(), a.getString("target.id"));
        assertEquals(idOf(Demo.admin(), Demo.NANMING), a.getString("issuer.id"), "issued by the district above the township");
        assertEquals(List.of("周明"), a.getList("targetPersons.name"));
        assertEquals(List.of("ACCIDENT"), a.getList("facts.kind"));
        assertEquals(List.of(accident), a.getList("facts.id"));
        assertTrue(a.getString("reason").contains("一般事故") && a.getString("reason").contains("死亡1人"), a.getString("reason"));
        assertEquals(Times.today(clock).plusDays(15).toString(), a.getString("dueOn"));
        assertEquals(List.of("ISSUE", "WITHDRAW"), a.getList("allowedActions"));
        List<Map<String, Object>> history = as(Demo.nanmingSafety()).get(ACTIONS + "/{id}/history", a.getString("id")).then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertEquals("后果规则", history.get(0).get("actor"));

        // a second accident is a second fact: a second proposal; a district's own territory summons nobody under A9
        accident(town.id(), 0);
        assertEquals(2, addressedTo(Demo.nanmingSafety(), town.id()).size());
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        int before = addressedTo(Demo.admin(), nanming).size();
        accident(nanming, 0);
        assertEquals(before, addressedTo(Demo.admin(), nanming).size());
    }

    @Test
    void theOfficeIssuesTheTownshipAnswersAndTheOfficeClosesAndEveryRefusalChangesNothing() {
        Territories.Township town = Territories.township();
        accident(town.id(), 0);
        String id = (String) addressedTo(Demo.nanmingSafety(), town.id()).get(0).get("id");
        String townLeader = Tokens.token("lead-" + town.code(), town.code(), "leader");
        String townOffice = Tokens.token("office-" + town.code(), town.code(), "safety_office");

        // the township cannot issue its own summons; the office cannot answer for the township
        act(townOffice, id, Map.of("action", "ISSUE")).then().statusCode(409);
        act(townLeader, id, Map.of("action", "RESPOND", "response", "已整改")).then().statusCode(409)
                .body("allowedActions", org.hamcrest.Matchers.empty());
        act(Demo.nanmingSafety(), id, Map.of("action", "ISSUE", "dueOn", Times.today(clock).minusDays(1).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("dueOn"));
        act(Demo.nanmingSafety(), id, Map.of("action", "WITHDRAW")).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        assertEquals("PROPOSED", as(Demo.nanmingSafety()).get(ACTIONS + "/{id}", id).then().extract().path("status"));

        LocalDate due = Times.today(clock).plusDays(10);
        act(Demo.nanmingSafety(), id, Map.of("action", "ISSUE", "dueOn", due.toString())).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("dueOn", equalTo(due.toString())).body("overdue", equalTo(false));
        // not yet due: no escalation
        act(Demo.nanmingSafety(), id, Map.of("action", "ESCALATE", "comment", "逾期未答复")).then().statusCode(409);
        act(Demo.nanmingSafety(), id, Map.of("action", "RESPOND", "response", "代答")).then().statusCode(409);
        act(townLeader, id, Map.of("action", "RESPOND")).then().statusCode(400).body("errors[0].field", equalTo("response"));
        act(townLeader, id, Map.of("action", "RESPOND", "response", "已召开专题会议，查找问题5项，制定措施8条")).then().statusCode(200)
                .body("status", equalTo("RESPONDED")).body("allowedActions", org.hamcrest.Matchers.empty());
        act(Demo.nanmingSafety(), id, Map.of("action", "CLOSE", "comment", "措施可行，跟踪落实")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closingNote", equalTo("措施可行，跟踪落实"))
                .body("response", equalTo("已召开专题会议，查找问题5项，制定措施8条"));
        List<String> steps = as(Demo.nanmingSafety()).get(ACTIONS + "/{id}/history", id).then().statusCode(200).extract()
                .jsonPath().getList("items.action");
        assertEquals(List.of("PROPOSE", "ISSUE", "RESPOND", "CLOSE"), steps);
        // the township sees what is addressed to it
        as(townLeader).get(ACTIONS + "/{id}", id).then().statusCode(200);
    }

    @Test
    void anOfficeProposesByHandOnlyInsideItsSubtreeAndOutsideTheScopeAnActionIsMissing() {
        Territories.Township town = Territories.township();
        Map<String, Object> body = new HashMap<>(Map.of("type", "EXPLANATION", "targetOrgId", town.id(), "title", "说明情况",
                "reason", "控制指标超过80%", "dueOn", Times.today(clock).plusDays(7).toString(),
                "targetPersons", List.of(Map.of("name", "周明", "postTitle", "街道办事处主任"))));
        as(Demo.enterprise()).contentType(ContentType.JSON).body(body).post(ACTIONS).then().statusCode(403);
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).body(body).post(ACTIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("targetOrgId"));
        Map<String, Object> untitled = new HashMap<>(body);
        untitled.remove("title");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(untitled).post(ACTIONS).then().statusCode(400)
                .body("errors.field", contains("title"));
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(body).post(ACTIONS).then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("triggerRule", org.hamcrest.Matchers.nullValue())
                .body("code", org.hamcrest.Matchers.startsWith("ZR")).extract().path("id");

        String missing = as(Demo.baiyunSafety()).get(ACTIONS + "/{id}", UUID.randomUUID()).then().statusCode(404).extract().path("detail");
        as(Demo.baiyunSafety()).get(ACTIONS + "/{id}", id).then().statusCode(404).body("detail", equalTo(missing));
        as(Demo.baiyunSafety()).get(ACTIONS + "/{id}/history", id).then().statusCode(404).body("detail", equalTo(missing));
        act(Demo.baiyunSafety(), id, Map.of("action", "ISSUE")).then().statusCode(404);
        as(Demo.baiyunSafety()).get(ACTIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        as(Demo.nanmingSafety()).get(ACTIONS).then().statusCode(200).body("items.id", hasItem(id));
    }

    private static String upload(String token, String name) {
        return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", name)
                .body(cn.redline.attachment.SampleFiles.pdf()).post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void theNoticeTheAnswerAndTheMinutesAreTheActionsDocumentsAndAStepThatTakesNoneRefusesThemChangingNothing() {
        Territories.Township town = Territories.township();
        accident(town.id(), 0);
        String id = (String) addressedTo(Demo.nanmingSafety(), town.id()).get(0).get("id");
        String townLeader = Tokens.token("lead-" + town.code(), town.code(), "leader");

        String stray = upload(Demo.nanmingSafety(), "无关.pdf");
        act(Demo.nanmingSafety(), id, Map.of("action", "WITHDRAW", "comment", "重复", "attachmentIds", List.of(stray))).then()
                .statusCode(400).body("errors[0].field", equalTo("attachmentIds"));
        as(Demo.nanmingSafety()).get(ACTIONS + "/{id}", id).then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("documents", org.hamcrest.Matchers.empty());

        String notice = upload(Demo.nanmingSafety(), "约谈通知书.pdf");
        act(Demo.nanmingSafety(), id, Map.of("action", "ISSUE", "dueOn", Times.today(clock).plusDays(5).toString(),
                "attachmentIds", List.of(notice))).then().statusCode(200).body("documents.id", contains(notice))
                .body("documents.purpose", contains("DOCUMENT"));
        String answer = upload(townLeader, "整改措施.pdf");
        act(townLeader, id, Map.of("action", "RESPOND", "response", "见附件", "attachmentIds", List.of(answer))).then().statusCode(200)
                .body("documents.id", contains(notice, answer)).body("documents.purpose", contains("DOCUMENT", "RESPONSE"));
        // the township reads both documents through the action; another township's staff cannot
        as(townLeader).get(ACTIONS + "/{id}", id).then().statusCode(200).body("documents.size()", equalTo(2));
        as(townLeader).get("/api/v1/attachments/{id}", notice).then().statusCode(200);
        Territories.Township other = Territories.township();
        as(Tokens.token("lead-" + other.code(), other.code(), "leader")).get("/api/v1/attachments/{id}", notice).then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("targetOrgId", town.id()).get(ACTIONS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.documents.size()", equalTo(2));
    }

    @Test
    void anActionProposedByHandKeepsItsDocuments() {
        Territories.Township town = Territories.township();
        String doc = upload(Demo.nanmingSafety(), "情况说明要求.pdf");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("type", "EXPLANATION", "targetOrgId", town.id(),
                        "title", "说明情况", "reason", "连续两次考核排名末位", "dueOn", Times.today(clock).plusDays(10).toString(),
                        "attachmentIds", List.of(doc)))
                .post(ACTIONS).then().statusCode(201).body("documents.id", contains(doc)).body("triggerRule", org.hamcrest.Matchers.nullValue())
                .body("personFlags", org.hamcrest.Matchers.empty());
    }

    @Test
    void aPushedAccidentSummonsTheTownshipHeadOnceAndNeitherTheSamePushAgainNorACorrectionProposesMore() {
        Territories.Township town = Territories.township();
        Map<String, Object> item = new HashMap<>(Map.of("occurredAt", Times.now(clock).minusDays(2).truncatedTo(ChronoUnit.SECONDS)
                        .toString(), "territoryId", town.id(), "industry", "CONSTRUCTION", "title", "基坑坍塌", "deaths", 3,
                "seriousInjuries", 0, "directLossYuan", 0, "externalRef", "ZB-" + UUID.randomUUID()));
        String accident = as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of(item)))
                .post("/api/v1/accidents/bulk").then().statusCode(200).body("items[0].level", equalTo("LARGER"))
                .extract().path("items[0].id");
        List<Map<String, Object>> actions = addressedTo(Demo.nanmingSafety(), town.id());
        assertEquals(1, actions.size(), "a 较大 accident pushed by the provincial feed summons the head like one entered by hand");
        assertEquals("INTERVIEW", actions.get(0).get("type"));
        assertEquals("ACCIDENT_TOWNSHIP_HEAD", actions.get(0).get("triggerRule"));
        assertTrue(actions.get(0).get("reason").toString().contains("较大事故"), actions.get(0).get("reason").toString());

        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of(item))).post("/api/v1/accidents/bulk")
                .then().statusCode(200).body("items[0].status", equalTo("EXISTING"));
        Map<String, Object> a = as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}", accident).then().statusCode(200).extract()
                .jsonPath().getMap("");
        Map<String, Object> corrected = new HashMap<>(item);
        corrected.put("occurredAt", a.get("occurredAt"));
        corrected.put("deaths", 4);
        corrected.put("reason", "伤亡人数补报");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + a.get("version") + "\"").body(corrected)
                .put("/api/v1/accidents/{id}", accident).then().statusCode(200);
        assertEquals(1, addressedTo(Demo.nanmingSafety(), town.id()).size(), "one proposal per accident, whatever follows");
    }
}
