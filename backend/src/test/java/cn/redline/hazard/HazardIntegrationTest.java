package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.ok;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Third parties: bulk push with per-item results, and the incremental change feed. */
@QuarkusTest
class HazardIntegrationTest {

    private static Map<String, Object> item(String ref, String enterpriseId) {
        Map<String, Object> m = general(enterpriseId);
        m.put("externalRef", ref);
        m.put("source", "SELF_CHECK");
        return m;
    }

    private static Response push(String token, List<Map<String, Object>> items) {
        return as(token).contentType(ContentType.JSON).body(Map.of("items", items)).post("/api/v1/hazards/bulk");
    }

    @Test
    void bulkPushStoresValidItemsAndReportsEachFailure() {
        String prefix = "ERP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, Object> noTitle = item(prefix + "2", qiancheng());
        noTitle.remove("title");
        Map<String, Object> outOfScope = item(prefix + "3", Api.idOf(Demo.admin(), "91520113001005401H"));
        List<Map<String, Object>> items = List.of(item(prefix + "1", qiancheng()), noTitle, outOfScope,
                item(prefix + "4", qiancheng()), item(prefix + "4", qiancheng()));
        JsonPath r = push(Demo.integration(), items).then().statusCode(200).extract().jsonPath();
        assertEquals(2, r.getInt("created"));
        assertEquals(3, r.getInt("invalid"));
        assertEquals("CREATED", r.getString("items[0].status"));
        assertEquals("INVALID", r.getString("items[1].status"));
        assertEquals("title", r.getString("items[1].errors[0].field"));
        assertEquals("enterpriseId", r.getString("items[2].errors[0].field"));
        assertEquals("CREATED", r.getString("items[3].status"));
        assertEquals("externalRef", r.getString("items[4].errors[0].field"));

        // a re-push creates nothing twice
        JsonPath again = push(Demo.integration(), List.of(item(prefix + "1", qiancheng()))).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("EXISTING", again.getString("items[0].status"));
        assertEquals(r.getString("items[0].code"), again.getString("items[0].code"));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", r.getString("items[0].id")).then().statusCode(200)
                .body("externalRef", equalTo(prefix + "1"));
    }

    /** An integrator's good tickets do not wait for its one bad one, whatever kind of error that one has. */
    @Test
    void typeAndEnumErrorsMakeOnlyTheirItemInvalidWithFieldErrors() {
        String prefix = "ERP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, Object> badLevel = item(prefix + "2", qiancheng());
        badLevel.put("level", "CATASTROPHIC");
        Map<String, Object> textForNumber = item(prefix + "3", qiancheng());
        textForNumber.put("latitude", "north");
        Map<String, Object> unknownField = item(prefix + "4", qiancheng());
        unknownField.put("colour", "red");
        Map<String, Object> badNested = item(prefix + "5", qiancheng());
        badNested.put("attachmentIds", List.of("not-a-uuid"));
        List<Object> items = new ArrayList<>(List.of(item(prefix + "1", qiancheng()), badLevel, textForNumber,
                unknownField, badNested, 42));
        items.add(null);
        items.add(item(prefix + "6", qiancheng()));
        JsonPath r = as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/v1/hazards/bulk").then().statusCode(200).extract().jsonPath();

        assertEquals(2, r.getInt("created"));
        assertEquals(6, r.getInt("invalid"));
        assertEquals(List.of("CREATED", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "CREATED"),
                r.getList("items.status"));
        assertEquals(prefix + "2", r.getString("items[1].externalRef"));
        assertEquals("level", r.getString("items[1].errors[0].field"));
        assertEquals("must be one of [GENERAL, MAJOR]", r.getString("items[1].errors[0].message"));
        assertEquals("latitude", r.getString("items[2].errors[0].field"));
        assertEquals("has the wrong type or format", r.getString("items[2].errors[0].message"));
        assertEquals("colour", r.getString("items[3].errors[0].field"));
        assertEquals("unknown field", r.getString("items[3].errors[0].message"));
        assertEquals("attachmentIds[0]", r.getString("items[4].errors[0].field"));
        assertEquals("item", r.getString("items[5].errors[0].field"));
        assertEquals("item", r.getString("items[6].errors[0].field"));
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", r.getString("items[7].id")).then().statusCode(200)
                .body("externalRef", equalTo(prefix + "6"));
    }

    @Test
    void bulkPushIsForIntegrationsAndBoundedInSize() {
        push(Demo.inspector(), List.of(item("X-1", qiancheng()))).then().statusCode(403);
        push(Demo.integration(), List.of()).then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Map.of("title", "t"));
        }
        push(Demo.integration(), tooMany).then().statusCode(400);
    }

    @Test
    void feedReturnsChangesInOrderFromACursorIncludingRejections() {
        String start = as(Demo.integration()).queryParam("limit", 500).get("/api/v1/hazards/changes").then().statusCode(200)
                .extract().path("nextCursor");
        String cursor = drain(Demo.integration(), start);
        String a = reported(Demo.inspector(), general(qiancheng()));
        String b = reported(Demo.inspector(), general(qiancheng()));
        ok(act(Demo.nanmingSafety(), a, Map.of("action", "REJECT", "rejectionReason", "NOT_A_HAZARD")), "REJECTED");
        JsonPath page = as(Demo.integration()).queryParam("cursor", cursor).get("/api/v1/hazards/changes").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(b, a), page.getList("items.id"), "ordered by their last change");
        assertEquals("REJECTED", page.getString("items[1].hazard.state"));
        String next = page.getString("nextCursor");
        as(Demo.integration()).queryParam("cursor", next).get("/api/v1/hazards/changes").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(next));
        as(Demo.integration()).queryParam("cursor", "garbage!").get("/api/v1/hazards/changes").then().statusCode(400);
        as(Demo.integration()).queryParam("updatedSince", "yesterday").get("/api/v1/hazards/changes").then().statusCode(400);
    }

    @Test
    void aTicketThatLeavesTheScopeIsReportedOnceWithoutDetails() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String baiyun = Api.idOf(Demo.admin(), Demo.BAIYUN);
        String town = as(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", Codes.nanmingTownship(), "name", "迁出街道", "kind", "REGION", "regionLevel", "TOWNSHIP",
                        "parentId", nanming))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String firm = as(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", Codes.creditCode(), "name", "迁出公司", "kind", "ENTERPRISE", "parentId", town,
                        "industry", "FIRE"))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String id = reported(Demo.nanmingSafety(), general(firm));
        String cursor = drain(Demo.nanmingSafety(), null);

        // the township (with its enterprise and ticket) is moved to another district
        Response current = as(Demo.admin()).get("/api/v1/orgs/{id}", town);
        String code = current.jsonPath().getString("code");
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(Map.of("code", "520113" + code.substring(6), "name", "迁出街道", "kind", "REGION", "regionLevel", "TOWNSHIP",
                        "parentId", baiyun))
                .put("/api/v1/orgs/{id}", town).then().statusCode(200);

        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(404);
        as(Demo.baiyunSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(200);
        JsonPath left = as(Demo.nanmingSafety()).queryParam("cursor", cursor).get("/api/v1/hazards/changes").then()
                .statusCode(200).extract().jsonPath();
        int i = left.getList("items.id").indexOf(id);
        assertTrue(i >= 0, "the old scope hears of it");
        assertFalse(left.getBoolean("items[" + i + "].inScope"));
        org.junit.jupiter.api.Assertions.assertNull(left.get("items[" + i + "].hazard"));
        assertNotNull(left.getString("items[" + i + "].code"));
        as(Demo.baiyunSafety()).queryParam("limit", 500).get("/api/v1/hazards/changes").then()
                .body("items.findAll { it.inScope }.id", hasItem(id));
        // its audit trail follows it: the new district reads the report, the old one reads nothing of it
        as(Demo.baiyunSafety()).queryParam("entityType", "hazard").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", equalTo(List.of("report")));
        as(Demo.nanmingSafety()).queryParam("entityId", firm).get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(0));
        as(Demo.baiyunSafety()).queryParam("entityId", firm).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", equalTo(List.of("create")));
    }

    private static String drain(String token, String cursor) {
        String c = cursor;
        for (int i = 0; i < 100; i++) {
            var req = as(token).queryParam("limit", 500);
            if (c != null) {
                req.queryParam("cursor", c);
            }
            JsonPath p = req.get("/api/v1/hazards/changes").then().statusCode(200).extract().jsonPath();
            c = p.getString("nextCursor");
            if (p.getList("items").isEmpty()) {
                return c;
            }
        }
        return c;
    }
}
