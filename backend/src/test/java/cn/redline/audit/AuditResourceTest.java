package cn.redline.audit;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.empty;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Test
    void everyChangeIsAuditedWithActorAndBeforeAfter() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        var created = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "审计街道", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", nanming))
                .post("/api/v1/orgs");
        String id = created.jsonPath().getString("id");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("code", code, "name", "审计街道（改）", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", nanming))
                .put("/api/v1/orgs/{id}", id).then().statusCode(200);

        as(Demo.nanmingSafety()).queryParam("entityType", "org").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("update"))
                .body("items[0].actorSubject", equalTo("sub-safety"))
                .body("items[0].actorOrgCode", equalTo(Demo.NANMING))
                .body("items[0].before.name", equalTo("审计街道"))
                .body("items[0].after.name", equalTo("审计街道（改）"))
                .body("items[1].action", equalTo("create"))
                .body("items[1].before", nullValue())
                .body("items[1].after.code", equalTo(code));
    }

    @Test
    void aRejectedChangeLeavesNoAuditEntry() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        var current = as(Demo.admin()).get("/api/v1/orgs/{id}", nanming);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(Map.of("code", Demo.NANMING, "name", "不该改", "kind", "REGION", "regionLevel", "DISTRICT",
                        "parentId", current.jsonPath().getString("parentId")))
                .put("/api/v1/orgs/{id}", nanming).then().statusCode(412);
        as(Demo.admin()).queryParam("entityId", nanming).get("/api/v1/audit").then().statusCode(200).body("items", empty());
    }

    @Test
    void auditIsScopedAndLimitedToAdminAndSafetyOffice() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "范围街道", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", nanming))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        as(Demo.baiyunSafety()).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200).body("items", empty());
        as(Demo.admin()).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200).body("items", hasSize(1));
        as(Demo.leader()).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        as(Demo.enterprise()).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void auditPagesWithACursor() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        for (int i = 0; i < 2; i++) {
            as(Demo.admin()).contentType(ContentType.JSON)
                    .body(Map.of("code", Codes.nanmingTownship(), "name", "翻页街道", "kind", "REGION", "regionLevel", "TOWNSHIP",
                            "parentId", nanming))
                    .post("/api/v1/orgs").then().statusCode(201);
        }
        var first = as(Demo.admin()).queryParam("limit", 1).get("/api/v1/audit");
        first.then().statusCode(200).body("items", hasSize(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        long firstId = Long.parseLong(first.jsonPath().getString("items[0].id"));
        String secondId = as(Demo.admin()).queryParam("limit", 1).queryParam("cursor", first.jsonPath().getString("nextCursor"))
                .get("/api/v1/audit").then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        org.junit.jupiter.api.Assertions.assertTrue(Long.parseLong(secondId) < firstId, "newest first, no repeats");
        as(Demo.admin()).queryParam("cursor", "YXVkaXQfbm90LWEtbnVtYmVy").get("/api/v1/audit").then().statusCode(400);
    }
}
