package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import cn.redline.support.Api;
import cn.redline.support.Demo;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly control-indicator status: the ceilings of the township's signed 目标管理责任书 against the accidents of its
 * subtree this year; WARNING from 80 % of a ceiling up to the ceiling, EXCEEDED above it; the reason in words.
 */
@QuarkusTest
class ControlStatusTest {

    @Inject
    Clock clock;

    int year;
    int month;
    Territories.Township town;
    String head;

    @BeforeEach
    void township() {
        LocalDate today = Times.today(clock);
        year = today.getYear();
        month = today.getMonthValue();
        town = Territories.township();
        String post = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("orgId", town.id(), "title", "主任", "kind", "TOWNSHIP_HEAD")).post("/api/v1/posts").then()
                .statusCode(201).extract().path("id");
        head = "head-" + UUID.randomUUID().toString().substring(0, 8);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", head, "personRef", head,
                "from", "2024-01-01", "appointmentDoc", "任〔2024〕1号")).post("/api/v1/posts/{id}/assignments", post)
                .then().statusCode(201);
        townPost = post;
    }

    String townPost;

    /** The township's 目标管理责任书 for the year with these ceilings, drafted, published and signed by both sides. */
    private String signedList(String postId, String holder, String holderCode, List<Map<String, Object>> indicators) {
        Map<String, Object> item = new HashMap<>(Map.of("category", "MEETING", "text", "每季度召开安全生产专题会议",
                "legalBasis", List.of("S3 三(三)4"), "periodType", "QUARTER", "minCount", 1));
        item.put("evidenceSpec", Map.of("types", List.of("MINUTES"), "minAttachments", 1, "photoRequired", false,
                "gpsRequired", false, "counterpartSignature", false, "holderMustPerform", true));
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("year", year, "holderPostId", postId,
                "items", List.of(item), "indicators", indicators)).post("/api/v1/responsibility-lists").then().statusCode(201)
                .extract().path("id");
        act(Demo.nanmingSafety(), id, "SUBMIT", Map.of());
        act(Demo.nanmingSafety(), id, "PUBLISH", Map.of("docNumber", "南安〔" + year + "〕" + id.substring(0, 4) + "号"));
        act(Tokens.token(holder, holderCode, "leader"), id, "SIGN", Map.of());
        act(Demo.nanmingSafety(), id, "SIGN", Map.of());
        return id;
    }

    private static void act(String token, String listId, String action, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("action", action);
        as(token).contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-lists/{id}/transitions", listId)
                .then().statusCode(200);
    }

    private static Map<String, Object> ceiling(String metric, Object ceiling) {
        return Map.of("metric", metric, "ceiling", ceiling);
    }

    private String accident(int deaths, OffsetDateTime at) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("occurredAt", at.toString(),
                "territoryId", town.id(), "title", "道路塌陷", "deaths", deaths, "seriousInjuries", 0, "directLossYuan", 0))
                .post("/api/v1/accidents").then().statusCode(201).extract().path("id");
    }

    private void correctDeaths(String id, int deaths) {
        Map<String, Object> a = as(Demo.nanmingSafety()).get("/api/v1/accidents/{id}", id).then().extract().jsonPath().getMap("");
        long version = ((Number) a.get("version")).longValue();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("occurredAt", a.get("occurredAt"), "territoryId", town.id(), "title", "道路塌陷", "deaths", deaths,
                        "seriousInjuries", 0, "directLossYuan", 0, "reason", "伤亡人数核实"))
                .put("/api/v1/accidents/{id}", id).then().statusCode(200);
    }

    private ValidatableResponse status(String token, int m) {
        return as(token).queryParam("orgId", town.id()).queryParam("year", year).queryParam("month", m)
                .get("/api/v1/control-indicator-status").then();
    }

    private ValidatableResponse deaths(String language) {
        return as(Demo.leader()).header("Accept-Language", language).queryParam("orgId", town.id()).queryParam("year", year)
                .queryParam("month", month).get("/api/v1/control-indicator-status").then().statusCode(200)
                .rootPath("items.find { it.metric == 'ACC_DEATHS' }");
    }

    @Test
    void deathsAgainstTheCeilingWarnFromEightyPercentUpToTheCeilingAndExceedAboveIt() {
        String list = signedList(townPost, head, town.code(), List.of(ceiling("ACC_DEATHS", 100), ceiling("ACC_COUNT", 2),
                ceiling("ACC_LARGER", 0)));
        String id = accident(79, Times.now(clock).minusHours(1));
        deaths("zh-CN").body("level", equalTo("OK")).body("actual", equalTo(79)).body("percent", equalTo(79.0f))
                .body("ceiling", equalTo(100.0f)).body("listId", equalTo(list))
                .body("reason", equalTo("死亡人数 79，未达控制指标 100 的 80%"));
        correctDeaths(id, 80);
        deaths("zh-CN").body("level", equalTo("WARNING")).body("reason", equalTo("死亡人数 80，已达控制指标 100 的 80%（预警线 80%）"));
        correctDeaths(id, 100);
        deaths("en").body("level", equalTo("WARNING")).body("percent", equalTo(100.0f))
                .body("reason", containsString("100% of the ceiling 100"));
        correctDeaths(id, 101);
        deaths("zh-CN").body("level", equalTo("EXCEEDED")).body("reason", equalTo("死亡人数 101，超过控制指标 100"));
        // one accident of two allowed; a zero ceiling of larger accidents is exceeded by the first
        status(Demo.nanmingSafety(), month).statusCode(200)
                .body("items.find { it.metric == 'ACC_COUNT' }.level", equalTo("OK"))
                .body("items.find { it.metric == 'ACC_COUNT' }.percent", equalTo(50.0f))
                .body("items.find { it.metric == 'ACC_LARGER' }.level", equalTo("EXCEEDED"))
                .body("items.find { it.metric == 'ACC_LARGER' }.percent", nullValue());
    }

    @Test
    void aMonthCountsTheAccidentsFromJanuaryToItsEndOnly() {
        signedList(townPost, head, town.code(), List.of(ceiling("ACC_COUNT", 5)));
        YearMonth current = YearMonth.of(year, month);
        if (month > 1) {
            accident(1, Times.startOf(current.atDay(1)).minusHours(1));
        }
        accident(1, Times.now(clock).minusMinutes(10));
        int before = month > 1 ? 1 : 0;
        status(Demo.nanmingSafety(), month).statusCode(200).body("items[0].actual", equalTo(before + 1))
                .body("asOf", equalTo(Times.today(clock).toString()));
        if (month > 1) {
            status(Demo.nanmingSafety(), month - 1).statusCode(200).body("items[0].actual", equalTo(1))
                    .body("asOf", equalTo(current.minusMonths(1).atEndOfMonth().toString()));
        }
    }

    @Test
    void aChildsCeilingStaysWithinItsParentsAndTheParentSeesWhatItsChildrenTakeAltogether() {
        String parentList = signedList(townPost, head, town.code(), List.of(ceiling("ACC_DEATHS", 3)));
        String parentIndicator = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", parentList).then()
                .statusCode(200).extract().path("indicators[0].id");
        for (int i = 0; i < 2; i++) {
            Territories.Township child = Territories.township();
            String post = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                    .body(Map.of("orgId", child.id(), "title", "主任", "kind", "TOWNSHIP_HEAD")).post("/api/v1/posts").then()
                    .statusCode(201).extract().path("id");
            String person = "head-" + UUID.randomUUID().toString().substring(0, 8);
            as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", person, "personRef", person,
                    "from", "2024-01-01", "appointmentDoc", "任〔2024〕2号")).post("/api/v1/posts/{id}/assignments", post)
                    .then().statusCode(201);
            // the parent check: a child's ceiling above its parent's is refused
            as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("year", year, "holderPostId", post,
                    "indicators", List.of(Map.of("metric", "ACC_DEATHS", "ceiling", 4, "parentIndicatorId", parentIndicator))))
                    .post("/api/v1/responsibility-lists").then().statusCode(422)
                    .body("errors.field", hasItem("indicators[0].ceiling"));
            signedList(post, person, child.code(), List.of(Map.of("metric", "ACC_DEATHS", "ceiling", 2,
                    "parentIndicatorId", parentIndicator)));
        }
        status(Demo.nanmingSafety(), month).statusCode(200).body("items[0].childrenCeilingTotal", equalTo(4.0f))
                .body("items[0].childrenExceedCeiling", equalTo(true));
    }

    @Test
    void anOrgOutsideTheScopeIsNotFoundAndBadParametersAreProblems() {
        signedList(townPost, head, town.code(), List.of(ceiling("ACC_COUNT", 5)));
        status(Demo.baiyunSafety(), month).statusCode(404);
        as(Demo.baiyunSafety()).queryParam("orgId", UUID.randomUUID()).queryParam("year", year).queryParam("month", month)
                .get("/api/v1/control-indicator-status").then().statusCode(404);
        status(Demo.enterprise(), month).statusCode(403);
        status(Demo.nanmingSafety(), 13).statusCode(400).body("errors.field", hasItem("month"));
        as(Demo.nanmingSafety()).queryParam("orgId", town.id()).queryParam("year", year + 1).queryParam("month", 1)
                .get("/api/v1/control-indicator-status").then().statusCode(400).body("errors.field", hasItem("month"));
        // no signed list for the year: nothing is capped
        as(Demo.nanmingSafety()).queryParam("orgId", town.id()).queryParam("year", year - 1).queryParam("month", 12)
                .get("/api/v1/control-indicator-status").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theMonthlyBulletinListsEachTerritoryOfTheDistrictInWordsAndItsExcelCarriesNoCodes() throws Exception {
        signedList(townPost, head, town.code(), List.of(ceiling("ACC_DEATHS", 2), ceiling("ACC_COUNT", 10)));
        accident(2, Times.now(clock).minusHours(1));
        Territories.Township unsignedTown = Territories.township();
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String enterprise = Territories.enterprise(nanming);
        var b = as(Demo.nanmingSafety()).queryParam("orgId", nanming).queryParam("year", year).queryParam("month", month)
                .get("/api/v1/control-indicator-status/bulletin").then().statusCode(200)
                .body("org.id", equalTo(nanming))
                .body("units.find { it.orgId == '%s' }.items.find { it.metric == 'ACC_DEATHS' }.level".formatted(town.id()), equalTo("WARNING"))
                .body("units.find { it.orgId == '%s' }.items.find { it.metric == 'ACC_COUNT' }.level".formatted(town.id()), equalTo("OK"))
                .body("units.find { it.orgId == '%s' }.items.size()".formatted(unsignedTown.id()), equalTo(0))
                .body("units.orgId", not(hasItem(enterprise)))
                .extract().jsonPath();
        List<Map<String, Object>> units = b.getList("units");
        assertEquals(units.stream().filter(u -> ((List<?>) u.get("items")).isEmpty()).count(), (long) b.getInt("unsigned"));
        assertTrue(b.getInt("warned") >= 1, "the township at 100 % of its deaths ceiling is warned");
        // out of scope: another district's office and an enterprise
        as(Demo.baiyunSafety()).queryParam("orgId", nanming).queryParam("year", year).queryParam("month", month)
                .get("/api/v1/control-indicator-status/bulletin").then().statusCode(404);
        as(Demo.enterprise()).queryParam("orgId", nanming).queryParam("year", year).queryParam("month", month)
                .get("/api/v1/control-indicator-status/bulletin").then().statusCode(403);

        byte[] xlsx = as(Demo.nanmingSafety()).accept(Xlsx.MEDIA_TYPE).queryParam("orgId", nanming).queryParam("year", year)
                .queryParam("month", month).get("/api/v1/control-indicator-status/bulletin.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertEquals(year + "年" + month + "月控制指标", Workbooks.sheetName(xlsx));
        String text = Workbooks.text(xlsx);
        String townName = "街道" + town.code();
        assertTrue(text.contains(townName), text);
        assertTrue(text.contains("预警") && text.contains("死亡人数 2，已达控制指标 2 的 100%（预警线 80%）"), text);
        assertTrue(text.contains("未签订本年度目标管理责任书"), text);
        for (String code : List.of("WARNING", "EXCEEDED", "ACC_DEATHS", "ACC_COUNT", "TOWNSHIP")) {
            assertFalse(text.contains(code), code + " is shown as a code: " + text);
        }
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void theLeaderIsWarnedFromExactlyEightyPercentOfACeilingAndOfOverdueMajorHazardsAndAnotherUnitIsMissing() {
        signedList(townPost, head, town.code(), List.of(ceiling("ACC_DEATHS", 5)));
        String leader = Tokens.token(head, town.code(), "leader");
        String id = accident(3, Times.now(clock).minusHours(1));
        as(leader).get("/api/v1/veto-warnings").then().statusCode(200).body("orgId", equalTo(town.id()))
                .body("items.size()", equalTo(0));

        correctDeaths(id, 4);
        as(leader).get("/api/v1/veto-warnings").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("CONTROL_INDICATOR")).body("items[0].level", equalTo("WARNING"))
                .body("items[0].controlMetric", equalTo("ACC_DEATHS")).body("items[0].percent", equalTo(80.0f))
                .body("items[0].message", equalTo("死亡人数 4，已达控制指标 5 的 80%（预警线 80%）"));

        // a major hazard three days past its deadline, listed for supervision
        MetricData data = new MetricData(em);
        UUID enterprise = data.enterprise(UUID.fromString(town.id()), "CONSTRUCTION");
        String hazard = data.major(UUID.fromString(town.id()), enterprise, Times.today(clock).minusDays(3), true);
        as(leader).header("Accept-Language", "en").get("/api/v1/veto-warnings").then().statusCode(200).body("items.size()", equalTo(2))
                .body("items[1].kind", equalTo("OVERDUE_MAJOR_HAZARD")).body("items[1].hazardId", equalTo(hazard))
                .body("items[1].daysOverdue", equalTo(3)).body("items[1].supervised", equalTo(true))
                .body("items[1].message", containsString("under supervision"));
        correctDeaths(id, 6);
        as(leader).queryParam("orgId", town.id()).get("/api/v1/veto-warnings").then().statusCode(200)
                .body("items[0].level", equalTo("EXCEEDED"));

        // another township's leader, or a unit outside the scope, finds nothing; an enterprise may not ask
        Territories.Township other = Territories.township();
        as(Tokens.token("other-head", other.code(), "leader")).queryParam("orgId", town.id()).get("/api/v1/veto-warnings").then()
                .statusCode(404);
        as(leader).queryParam("orgId", UUID.randomUUID().toString()).get("/api/v1/veto-warnings").then().statusCode(404);
        as(Demo.enterprise()).get("/api/v1/veto-warnings").then().statusCode(403);
    }
}
