package cn.redline.org;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Posts and who held them when (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.4, §1.8, L4, L5; LRR 2, LRR 24). */
@QuarkusTest
class PostResourceTest {

    private static Response post(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/posts");
    }

    private static Response assign(String token, String postId, String person, String from, String to, String doc) {
        Map<String, Object> body = new HashMap<>(Map.of("personName", person, "personRef", person, "from", from,
                "appointmentDoc", doc));
        if (to != null) {
            body.put("to", to);
        }
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/posts/{id}/assignments", postId);
    }

    private static String newPost(String orgCode, String title, String kind) {
        return post(Demo.nanmingSafety(), Map.of("orgId", idOf(Demo.admin(), orgCode), "title", title, "kind", kind))
                .then().statusCode(201).extract().path("id");
    }

    private static String holderOn(String postId, String day) {
        return as(Demo.nanmingSafety()).queryParam("on", day).get("/api/v1/posts/{id}", postId).then().statusCode(200)
                .extract().path("holder.personName");
    }

    @Test
    void theDemoDistrictHasItsFiveLeaderCategoriesAndTheSafetyDeputyChangedHandsInJune() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        List<String> kinds = as(Demo.nanmingSafety()).queryParam("orgId", nanming).get("/api/v1/posts").then()
                .statusCode(200).extract().path("items.kind");
        assertEquals(java.util.Set.of("LEADER_PARTY_HEAD", "LEADER_GOV_HEAD", "LEADER_STANDING_MEMBER",
                "LEADER_SAFETY_DEPUTY", "LEADER_OTHER_DEPUTY"), java.util.Set.copyOf(kinds));
        String deputy = as(Demo.nanmingSafety()).queryParam("orgId", nanming).queryParam("kind", "LEADER_SAFETY_DEPUTY")
                .get("/api/v1/posts").then().statusCode(200).extract().path("items[0].id");
        // liability follows the person (LRR 24): a record dated before the handover resolves the former holder
        assertEquals("李明", holderOn(deputy, "2026-05-31"));
        assertEquals("王芳", holderOn(deputy, "2026-06-01"));
        as(Demo.nanmingSafety()).get("/api/v1/posts/{id}/assignments", deputy).then().statusCode(200)
                .body("items.personName", equalTo(List.of("王芳", "李明")))
                .body("items[1].to", equalTo("2026-05-31"))
                .body("items[1].endDoc", equalTo("南人任〔2026〕5号"));
    }

    @Test
    void aPostOfAnotherDistrictIsIndistinguishableFromAMissingOne() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String mayor = as(Demo.admin()).queryParam("orgId", nanming).queryParam("kind", "LEADER_GOV_HEAD")
                .get("/api/v1/posts").then().statusCode(200).extract().path("items[0].id");
        Response outOfScope = as(Demo.baiyunSafety()).get("/api/v1/posts/{id}", mayor);
        Response missing = as(Demo.baiyunSafety()).get("/api/v1/posts/{id}", UUID.randomUUID());
        assertEquals(404, outOfScope.statusCode());
        assertEquals(missing.jsonPath().getString("detail"), outOfScope.jsonPath().getString("detail"));
        as(Demo.baiyunSafety()).get("/api/v1/posts/{id}/assignments", mayor).then().statusCode(404);
        assign(Demo.baiyunSafety(), mayor, "X", "2026-01-01", null, "doc").then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("orgId", nanming).get("/api/v1/posts").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        post(Demo.baiyunSafety(), Map.of("orgId", nanming, "title", "副区长", "kind", "LEADER_OTHER_DEPUTY"))
                .then().statusCode(422).body("errors[0].field", equalTo("orgId"));
    }

    @Test
    void aNewAppointmentEndsTheOpenOneTheDayBeforeAndOverlapsAreRefused() {
        String post = newPost(Demo.HUAGUOYUAN, "副主任（分管安全）" + UUID.randomUUID(), "TOWNSHIP_HEAD");
        String first = assign(Demo.nanmingSafety(), post, "A", "2026-01-01", null, "任〔1〕").then().statusCode(201)
                .extract().path("id");
        assign(Demo.nanmingSafety(), post, "B", "2026-04-01", null, "任〔2〕").then().statusCode(201)
                .body("to", nullValue());
        assertEquals("A", holderOn(post, "2026-03-31"));
        assertEquals("B", holderOn(post, "2026-04-01"));
        assertEquals(null, holderOn(post, "2025-12-31"));

        // an assignment inside A's term overlaps: 409, and A's term is left as it was
        assign(Demo.nanmingSafety(), post, "C", "2026-03-01", "2026-03-15", "任〔3〕").then().statusCode(409)
                .contentType("application/problem+json");
        // starting on B's first day is no successor either
        assign(Demo.nanmingSafety(), post, "C", "2026-04-01", null, "任〔3〕").then().statusCode(409);
        as(Demo.nanmingSafety()).get("/api/v1/posts/{id}/assignments", post).then().statusCode(200)
                .body("items.personName", equalTo(List.of("B", "A")))
                .body("items.find { it.id == '" + first + "' }.to", equalTo("2026-03-31"))
                .body("items.find { it.id == '" + first + "' }.endDoc", equalTo("任〔2〕"));
    }

    @Test
    void anAssignmentEndsOnceAndTheDayAfterThePostIsVacant() {
        String post = newPost(Demo.HUAGUOYUAN, "安全员" + UUID.randomUUID(), "TOWNSHIP_HEAD");
        String id = assign(Demo.nanmingSafety(), post, "A", "2026-01-01", null, "任〔1〕").then().statusCode(201)
                .extract().path("id");
        String end = "/api/v1/posts/{id}/assignments/{a}/end";
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("to", "2025-12-31", "endDoc", "免〔1〕"))
                .post(end, post, id).then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("to", "2026-02-28", "endDoc", "免〔1〕"))
                .post(end, post, id).then().statusCode(200).body("to", equalTo("2026-02-28"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("to", "2026-03-28", "endDoc", "免〔2〕"))
                .post(end, post, id).then().statusCode(409);
        assertEquals("A", holderOn(post, "2026-02-28"));
        assertEquals(null, holderOn(post, "2026-03-01"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("to", "2026-03-28", "endDoc", "免〔2〕"))
                .post(end, post, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void badAssignmentsAreProblemsAndChangeNothing() {
        String post = newPost(Demo.HUAGUOYUAN, "委员" + UUID.randomUUID(), "TOWNSHIP_HEAD");
        assign(Demo.nanmingSafety(), post, "A", "2026-05-01", "2026-04-30", "任〔1〕").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("personName", "", "from", "2026-13-01"))
                .post("/api/v1/posts/{id}/assignments", post).then().statusCode(400)
                .contentType("application/problem+json");
        as(Demo.nanmingSafety()).get("/api/v1/posts/{id}/assignments", post).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aPostFitsItsOrgKind() {
        String township = idOf(Demo.admin(), Demo.HUAGUOYUAN);
        // LRR 2: the leader categories are county level and above
        post(Demo.nanmingSafety(), Map.of("orgId", township, "title", "书记", "kind", "LEADER_PARTY_HEAD"))
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
        post(Demo.nanmingSafety(), Map.of("orgId", idOf(Demo.admin(), Demo.NANMING), "title", "局长" + UUID.randomUUID(),
                "kind", "DEPT_HEAD")).then().statusCode(422);
        post(Demo.nanmingSafety(), Map.of("orgId", township, "title", "x", "kind", "NO_SUCH_KIND")).then().statusCode(400);
        post(Demo.nanmingSafety(), Map.of("orgId", township, "kind", "TOWNSHIP_HEAD")).then().statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void oneHeadPerDepartmentAndOneTitlePerOrg() {
        post(Demo.nanmingSafety(), Map.of("orgId", idOf(Demo.admin(), Demo.NANMING_CONSTRUCTION_BUREAU), "title", "代理局长",
                "kind", "DEPT_HEAD")).then().statusCode(409);
        post(Demo.nanmingSafety(), Map.of("orgId", idOf(Demo.admin(), Demo.NANMING), "title", "区长",
                "kind", "LEADER_OTHER_DEPUTY")).then().statusCode(409);
    }

    @Test
    void anEnterpriseKeepsItsOwnPostsOnly() {
        String own = idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION);
        post(Demo.enterprise(), Map.of("orgId", own, "title", "班组长" + UUID.randomUUID(), "kind", "ENTERPRISE_POST"))
                .then().statusCode(201).body("org.code", equalTo(Demo.QIANCHENG_CONSTRUCTION));
        post(Demo.enterprise(), Map.of("orgId", idOf(Demo.admin(), Demo.NANMING_GAS), "title", "班组长",
                "kind", "ENTERPRISE_POST")).then().statusCode(422);
        post(Demo.inspector(), Map.of("orgId", own, "title", "班组长", "kind", "ENTERPRISE_POST")).then().statusCode(403);
        as(Demo.enterprise()).get("/api/v1/posts").then().statusCode(200)
                .body("items.org.code", not(hasItem(Demo.NANMING)))
                .body("items.title", hasItem("董事长（法定代表人）"));
    }

    @Test
    void aFunctionalZoneIsATerritoryBesideTheTownshipsWithItsHead() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        String zone = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "高新区" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "zoneKind", "HIGH_TECH_ZONE", "parentId", nanming))
                .post("/api/v1/orgs").then().statusCode(201).body("zoneKind", equalTo("HIGH_TECH_ZONE")).extract().path("id");
        post(Demo.nanmingSafety(), Map.of("orgId", zone, "title", "管委会主任", "kind", "TOWNSHIP_HEAD")).then().statusCode(201);
        post(Demo.nanmingSafety(), Map.of("orgId", zone, "title", "书记", "kind", "LEADER_PARTY_HEAD")).then().statusCode(422);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code + "001", "name", "园区社区",
                "kind", "REGION", "regionLevel", "VILLAGE", "zoneKind", "INDUSTRIAL_PARK", "parentId", zone))
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("zoneKind"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code + "002", "name", "园区社区",
                "kind", "REGION", "regionLevel", "VILLAGE", "departmentKind", "SUPPORT", "parentId", zone))
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("departmentKind"));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", "520102050").then().statusCode(200)
                .body("zoneKind", equalTo("INDUSTRIAL_PARK"));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", "11520102001002382U").then().statusCode(200)
                .body("departmentKind", equalTo("COMPREHENSIVE"));
    }
}
