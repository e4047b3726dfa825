package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.report;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Api;
import cn.redline.support.Demo;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardResourceTest {

    @Test
    void anInspectorReportsAHazardWithACodeTerritoryAndIndustryFromTheEnterprise() {
        Response r = report(Demo.inspector(), general(qiancheng()));
        assertEquals(201, r.statusCode(), r.asString());
        r.then().body("code", matchesPattern("YH-\\d{4}-\\d{6}"))
                .body("state", equalTo("REPORTED"))
                .body("industry", equalTo("CONSTRUCTION"))
                .body("enterprise.code", equalTo(Demo.QIANCHENG_CONSTRUCTION))
                .body("territory.code", equalTo(Demo.NANMING_GRID))
                .body("responsibleUnit", equalTo("贵州黔城建设工程有限公司"))
                .body("discoveredBy", equalTo("测试 inspector"))
                .body("allowedActions", equalTo(List.of("FIX_ON_SPOT")));
        assertTrue(r.header("Location").endsWith("/api/v1/hazards/" + r.jsonPath().getString("id")));
    }

    @Test
    void ticketCodesAreUniqueAndSequentialWithinTheYear() {
        String a = report(Demo.inspector(), general(qiancheng())).jsonPath().getString("code");
        String b = report(Demo.inspector(), general(qiancheng())).jsonPath().getString("code");
        assertEquals(a.substring(0, 8), b.substring(0, 8));
        assertEquals(Integer.parseInt(a.substring(8)) + 1, Integer.parseInt(b.substring(8)));
    }

    @Test
    void aPublicPlaceHazardNamesARegionInstead() {
        String huaguoyuan = Api.idOf(Demo.admin(), Demo.HUAGUOYUAN);
        Map<String, Object> body = general(null);
        body.remove("enterpriseId");
        body.put("territoryId", huaguoyuan);
        body.put("source", "PUBLIC_REPORT");
        body.put("industry", "FIRE");
        String id = reported(Demo.nanmingSafety(), body);
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().body("territory.code", equalTo(Demo.HUAGUOYUAN))
                .body("enterprise", org.hamcrest.Matchers.nullValue());
        body.remove("territoryId");
        report(Demo.nanmingSafety(), body).then().statusCode(400).body("errors[0].field", equalTo("territoryId"));
    }

    @Test
    void anEnterpriseReportsItsOwnSelfCheckFindingsOnly() {
        Map<String, Object> own = general(null);
        own.remove("enterpriseId");
        own.put("source", "SELF_CHECK");
        String id = reported(Demo.enterprise(), own);
        as(Demo.enterprise()).get("/api/v1/hazards/{id}", id).then().body("enterprise.code", equalTo(Demo.QIANCHENG_CONSTRUCTION));
        report(Demo.enterprise(), general(qiancheng())).then().statusCode(400).body("errors.field", hasItem("source"));
        Map<String, Object> other = general(Api.idOf(Demo.admin(), Demo.NANMING_GAS));
        other.put("source", "SELF_CHECK");
        report(Demo.enterprise(), other).then().statusCode(400).body("errors.field", hasItem("enterpriseId"));
    }

    @Test
    void reportingOutsideTheScopeOrByAReaderIsRefused() {
        Map<String, Object> baiyunEnterprise = general(Api.idOf(Demo.admin(), "91520113001005401H"));
        report(Demo.inspector(), baiyunEnterprise).then().statusCode(422).body("errors[0].field", equalTo("enterpriseId"));
        report(Demo.leader(), general(qiancheng())).then().statusCode(403);
    }

    @Test
    void badInputIs400AndCreatesNothing() {
        String before = as(Demo.admin()).queryParam("q", "坏输入隐患").get("/api/v1/hazards").jsonPath().getString("items");
        Map<String, Object> bad = general(qiancheng());
        bad.put("title", "坏输入隐患");
        bad.remove("longitude");
        bad.put("deadline", Hazards.TODAY.minusDays(1).toString());
        report(Demo.inspector(), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("longitude")).body("errors.field", hasItem("deadline"));
        Map<String, Object> wrongEnum = general(qiancheng());
        wrongEnum.put("level", "CATASTROPHIC");
        report(Demo.inspector(), wrongEnum).then().statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> farAway = general(qiancheng());
        farAway.put("latitude", 91);
        report(Demo.inspector(), farAway).then().statusCode(400).body("errors[0].field", equalTo("latitude"));
        Map<String, Object> noTitle = general(qiancheng());
        noTitle.remove("title");
        report(Demo.inspector(), noTitle).then().statusCode(400).body("errors[0].field", equalTo("title"));
        assertEquals(before, as(Demo.admin()).queryParam("q", "坏输入隐患").get("/api/v1/hazards").jsonPath().getString("items"));
    }

    @Test
    void aRetriedReportWithTheSameKeyIsRegisteredOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = general(qiancheng());
        body.put("title", "幂等上报 " + key.substring(0, 8));
        Response first = as(Demo.inspector()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/hazards");
        Response again = as(Demo.inspector()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/hazards");
        assertEquals(201, again.statusCode());
        assertEquals(first.jsonPath().getString("code"), again.jsonPath().getString("code"));
        as(Demo.admin()).queryParam("q", body.get("title")).get("/api/v1/hazards").then().body("items", hasSize(1));
    }

    @Test
    void listFiltersAndCursorPaging() {
        String enterprise = qiancheng();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(reported(Demo.inspector(), general(enterprise)));
        }
        ok(act(Demo.nanmingSafety(), mine.get(0), confirm()));
        as(Demo.nanmingSafety()).queryParam("state", "CONFIRMED").queryParam("enterpriseId", enterprise).get("/api/v1/hazards")
                .then().statusCode(200).body("items.state", everyItem(equalTo("CONFIRMED"))).body("items.id", hasItem(mine.get(0)));
        as(Demo.nanmingSafety()).queryParam("state", "CONFIRMED").queryParam("state", "REPORTED").queryParam("level", "GENERAL")
                .get("/api/v1/hazards").then().statusCode(200).body("items.id", hasItem(mine.get(1)));
        String code = as(Demo.inspector()).get("/api/v1/hazards/{id}", mine.get(2)).jsonPath().getString("code");
        as(Demo.nanmingSafety()).queryParam("q", code).get("/api/v1/hazards").then().body("items", hasSize(1));
        as(Demo.nanmingSafety()).queryParam("territoryId", Api.idOf(Demo.admin(), Demo.HUAGUOYUAN)).get("/api/v1/hazards")
                .then().body("items.id", hasItem(mine.get(3)));
        as(Demo.baiyunSafety()).get("/api/v1/hazards").then().body("items.id", not(hasItem(mine.get(3))));
        as(Demo.nanmingSafety()).queryParam("territoryId", Api.idOf(Demo.admin(), Demo.BAIYUN)).get("/api/v1/hazards")
                .then().body("items", empty());
        as(Demo.nanmingSafety()).queryParam("reportedFrom", Hazards.TODAY.toString()).queryParam("reportedTo", Hazards.TODAY.toString())
                .get("/api/v1/hazards").then().body("items.id", hasItem(mine.get(4)));
        as(Demo.nanmingSafety()).queryParam("reportedTo", Hazards.TODAY.minusDays(1).toString()).get("/api/v1/hazards")
                .then().body("items.id", not(hasItem(mine.get(4))));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var req = as(Demo.enterprise()).queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/api/v1/hazards");
            walked.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertTrue(walked.containsAll(mine));
        assertEquals(walked.size(), new HashSet<>(walked).size());
    }

    @Test
    void sortingByDeadlineListsTicketsWithoutADeadlineLastAndPagesAcrossBoth() {
        List<String> dated = new ArrayList<>();
        for (int days = 3; days >= 1; days--) {
            String id = reported(Demo.inspector(), general(qiancheng()));
            Map<String, Object> confirm = new java.util.HashMap<>(confirm());
            confirm.put("deadline", Hazards.TODAY.plusDays(days).toString());
            Hazards.ok(act(Demo.nanmingSafety(), id, confirm), "CONFIRMED");
            dated.add(id);
        }
        List<String> undated = List.of(reported(Demo.inspector(), general(qiancheng())),
                reported(Demo.inspector(), general(qiancheng())), reported(Demo.inspector(), general(qiancheng())));

        List<String> walked = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        String cursor = null;
        do {
            var req = as(Demo.enterprise()).queryParam("sort", "deadline").queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/api/v1/hazards");
            assertEquals(200, page.statusCode(), page.asString());
            walked.addAll(page.jsonPath().getList("items.id"));
            deadlines.addAll(page.jsonPath().getList("items.deadline"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);

        assertTrue(walked.containsAll(dated) && walked.containsAll(undated), walked.toString());
        assertEquals(walked.size(), new HashSet<>(walked).size());
        int firstUndated = deadlines.indexOf(null);
        assertTrue(firstUndated >= 0);
        assertTrue(deadlines.subList(firstUndated, deadlines.size()).stream().allMatch(java.util.Objects::isNull), deadlines.toString());
        List<String> datedPart = deadlines.subList(0, firstUndated);
        assertEquals(datedPart.stream().sorted().toList(), datedPart);
        assertTrue(walked.indexOf(dated.get(2)) < walked.indexOf(dated.get(1)) && walked.indexOf(dated.get(1)) < walked.indexOf(dated.get(0)));
    }

    @Test
    void theListFiltersTicketsWhoseExtensionRequestAwaitsADecision() {
        String asked = reported(Demo.inspector(), general(qiancheng()));
        String quiet = reported(Demo.inspector(), general(qiancheng()));
        Hazards.ok(act(Demo.nanmingSafety(), asked, confirm()), "CONFIRMED");
        Hazards.ok(act(Demo.nanmingSafety(), quiet, confirm()), "CONFIRMED");
        Hazards.ok(act(Demo.enterprise(), asked, Map.of("action", "REQUEST_EXTENSION",
                "requestedDeadline", Hazards.TODAY.plusDays(40).toString(), "comment", "材料未到")), "CONFIRMED");

        as(Demo.nanmingSafety()).queryParam("extensionRequested", true).queryParam("limit", 200).get("/api/v1/hazards").then()
                .statusCode(200).body("items.id", hasItem(asked)).body("items.id", not(hasItem(quiet)))
                .body("items.pendingExtension", everyItem(org.hamcrest.Matchers.notNullValue()));
        as(Demo.nanmingSafety()).queryParam("extensionRequested", false).queryParam("limit", 200).get("/api/v1/hazards").then()
                .body("items.id", not(hasItem(asked)));
        Hazards.ok(act(Demo.nanmingSafety(), asked, "REFUSE_EXTENSION"), "CONFIRMED");
        as(Demo.nanmingSafety()).queryParam("extensionRequested", true).queryParam("limit", 200).get("/api/v1/hazards").then()
                .body("items.id", not(hasItem(asked)));
        as(Demo.nanmingSafety()).queryParam("extensionRequested", "maybe").get("/api/v1/hazards").then().statusCode(400);
    }

    @Test
    void departmentSeesTicketsOfItsIndustriesOnly() {
        String id = reported(Demo.inspector(), general(qiancheng()));
        as(Demo.constructionBureau()).get("/api/v1/hazards/{id}", id).then().statusCode(200);
        Map<String, Object> fire = general(Api.idOf(Demo.admin(), Demo.NANMING_FIRE_ENTERPRISE));
        String fireId = reported(Demo.nanmingSafety(), fire);
        as(Demo.constructionBureau()).get("/api/v1/hazards/{id}", fireId).then().statusCode(404);
        as(Demo.constructionBureau()).get("/api/v1/hazards").then().body("items.industry", everyItem(
                org.hamcrest.Matchers.oneOf("CONSTRUCTION", "GAS")));
    }

    @Test
    void badListParametersAre400() {
        as(Demo.admin()).queryParam("state", "DONE").get("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        as(Demo.admin()).queryParam("deadlineFrom", "2026-13-45").get("/api/v1/hazards").then().statusCode(400);
        as(Demo.admin()).queryParam("reportedFrom", "yesterday").get("/api/v1/hazards").then().statusCode(400);
        as(Demo.admin()).queryParam("sort", "title").get("/api/v1/hazards").then().statusCode(400);
        as(Demo.admin()).queryParam("cursor", "b3Jnczpjb2RlHzUyMDEwMg").get("/api/v1/hazards").then().statusCode(400);
    }

    @Test
    void theListExportsToExcelWithTheSameFiltersAndScope() throws Exception {
        String id = reported(Demo.inspector(), general(qiancheng()));
        String code = as(Demo.inspector()).get("/api/v1/hazards/{id}", id).jsonPath().getString("code");
        byte[] xlsx = io.restassured.RestAssured.given().auth().oauth2(Demo.nanmingSafety())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("enterpriseId", qiancheng()).get("/api/v1/hazards/export.xlsx")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"hazards.xlsx\"; "
                        + "filename*=UTF-8''%E9%9A%90%E6%82%A3%E6%B8%85%E5%8D%95.xlsx")
                .extract().asByteArray();
        String sheet = sheet(xlsx);
        assertTrue(sheet.contains("隐患编号"), "Chinese header");
        assertTrue(sheet.contains(code), "the ticket is in the export");
        assertTrue(sheet.contains("贵州黔城建设工程有限公司"));
        byte[] other = io.restassured.RestAssured.given().auth().oauth2(Demo.baiyunSafety())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/hazards/export.xlsx").then().statusCode(200).extract().asByteArray();
        assertTrue(!sheet(other).contains(code), "another district's export does not carry it");
        org.dhatim.fastexcel.reader.Row row = Workbooks.rows(xlsx).stream()
                .filter(r -> code.equals(r.getCell(0).getText())).findFirst().orElseThrow();
        assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(9).getType(), "discovered at is a date");
        assertEquals("yyyy-mm-dd hh:mm", row.getCell(9).getDataFormatString());
        assertEquals("隐患清单", Workbooks.sheetName(xlsx));
    }

    @Test
    void theExcelSaysWhatTheAppSaysInTheCallersLanguage() throws Exception {
        reported(Demo.inspector(), general(qiancheng()));
        String zh = sheet(exportAs("zh-CN,zh;q=0.9"));
        for (String label : List.of("待确认", "一般", "用电", "建筑施工", "监督检查", "类别")) {
            assertTrue(zh.contains(label), "the Chinese export says " + label);
        }
        assertTrue(!zh.contains("已登记"), "no state name the app does not use");
        java.util.regex.Matcher raw = java.util.regex.Pattern
                .compile("(?m)^(REPORTED|CONFIRMED|GENERAL|MAJOR|ELECTRICAL|ENVIRONMENT|CONSTRUCTION|INSPECTION|CITY)$").matcher(zh);
        assertTrue(!raw.find(), "no raw code in a cell: " + (raw.hitEnd() ? "" : raw.group()));
        String en = sheet(exportAs("en-US,en;q=0.9"));
        for (String label : List.of("Awaiting confirmation", "Electrical", "Construction", "Inspection", "Code")) {
            assertTrue(en.contains(label), "the English export says " + label);
        }
        assertTrue(sheet(exportAs(null)).contains("待确认"), "zh-CN is the default");
    }

    private static byte[] exportAs(String acceptLanguage) {
        var request = io.restassured.RestAssured.given().auth().oauth2(Demo.nanmingSafety())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("enterpriseId", qiancheng());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.get("/api/v1/hazards/export.xlsx").then().statusCode(200).extract().asByteArray();
    }

    private static String sheet(byte[] xlsx) throws java.io.IOException {
        return Workbooks.text(xlsx);
    }

    private static void ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
    }
}
