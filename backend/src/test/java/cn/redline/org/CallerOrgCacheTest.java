package cn.redline.org;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Api;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The caller's org and scope are kept in memory (OrgPlaces), not read on every request, and an org change is
 * seen by the very next request: a changed code locks the old one out, a move changes what the org sees.
 */
@QuarkusTest
class CallerOrgCacheTest {

    private static final String LOOKUP = "from Org where code = :code";

    @Inject
    SessionFactory sessions;

    private long lookups() {
        return sessions.getStatistics().getQueryStatistics(LOOKUP).getExecutionCount();
    }

    @Test
    void theCallersOrgIsReadOnceNotOnEveryRequest() {
        String token = Demo.constructionBureau();
        as(token).get("/api/v1/hazards?limit=5").then().statusCode(200);
        long before = lookups();
        for (int i = 0; i < 5; i++) {
            as(token).get("/api/v1/hazards?limit=5").then().statusCode(200);
            as(token).get("/api/v1/me").then().statusCode(200);
        }
        assertEquals(before, lookups(), "org lookups by code during ten requests of a known caller");
    }

    @Test
    void aChangedCodeLocksTheOldCodeOutAtTheNextRequest() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        Map<String, Object> town = new HashMap<>(Map.of("code", code, "name", "缓存街道", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming));
        String id = as(Demo.admin()).contentType(ContentType.JSON).body(town).post("/api/v1/orgs")
                .then().statusCode(201).extract().path("id");
        String old = Tokens.token("town-office", code, "safety_office");
        as(old).get("/api/v1/orgs/{id}", id).then().statusCode(200);
        String etag = as(Demo.admin()).get("/api/v1/orgs/{id}", id).header("ETag");
        String recoded = Codes.nanmingTownship();
        town.put("code", recoded);
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(town).put("/api/v1/orgs/{id}", id)
                .then().statusCode(200);
        as(old).get("/api/v1/orgs/{id}", id).then().statusCode(403);
        as(Tokens.token("town-office", recoded, "safety_office")).get("/api/v1/orgs/{id}", id).then().statusCode(200);
    }

    @Test
    void aMovedDepartmentSeesItsNewRegionAtTheNextRequest() {
        String nanming = Api.idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.creditCode();
        Map<String, Object> dept = new HashMap<>(Map.of("code", code, "name", "搬迁住建局", "kind", "DEPARTMENT",
                "parentId", nanming, "industries", List.of("CONSTRUCTION")));
        String id = as(Demo.admin()).contentType(ContentType.JSON).body(dept).post("/api/v1/orgs")
                .then().statusCode(201).extract().path("id");
        String token = Tokens.token("moving-dept", code, "department");
        as(token).get("/api/v1/orgs/by-code/{code}", Demo.QIANCHENG_CONSTRUCTION).then().statusCode(200);
        String etag = as(Demo.admin()).get("/api/v1/orgs/{id}", id).header("ETag");
        dept.put("parentId", Api.idOf(Demo.admin(), Demo.BAIYUN));
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(dept).put("/api/v1/orgs/{id}", id)
                .then().statusCode(200);
        as(token).get("/api/v1/orgs/by-code/{code}", Demo.QIANCHENG_CONSTRUCTION).then().statusCode(404);
    }
}
