package cn.redline.org;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Codes;
import cn.redline.support.Demo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgResourceTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> township(String code, String name, String parentId) {
        return Map.of("code", code, "name", name, "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", parentId);
    }

    // --- reading and scope -------------------------------------------------------------------

    @Test
    void districtSafetyOfficeListsOnlyItsSubtree() {
        List<String> codes = as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/orgs")
                .then().statusCode(200).extract().path("items.code");
        assertTrue(codes.contains(Demo.NANMING));
        assertFalse(codes.contains(Demo.BAIYUN));
        assertFalse(codes.contains(Demo.GUIYANG));
        // other tests add orgs under Nanming, so the first page need not hold the demo's grid and enterprise: ask for them
        for (String inside : List.of(Demo.NANMING_GRID, Demo.QIANCHENG_CONSTRUCTION)) {
            as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", inside).then().statusCode(200);
        }
        for (String outside : List.of(Demo.BAIYUN, Demo.GUIYANG)) {
            as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", outside).then().statusCode(404);
        }
    }

    @Test
    void anOrgOfAnotherDistrictIsIndistinguishableFromAMissingOne() {
        String baiyun = idOf(Demo.admin(), Demo.BAIYUN);
        Response outOfScope = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", baiyun);
        Response missing = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", UUID.randomUUID());
        assertEquals(404, outOfScope.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.jsonPath().getString("detail"), outOfScope.jsonPath().getString("detail"));
        assertEquals(missing.jsonPath().getString("title"), outOfScope.jsonPath().getString("title"));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", Demo.BAIYUN).then().statusCode(404);
    }

    @Test
    void getReturnsTheOrgWithEtagAndInScopeAncestorsOnly() {
        String grid = idOf(Demo.admin(), Demo.NANMING_GRID);
        as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", grid).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo(Demo.NANMING_GRID))
                .body("regionLevel", equalTo("GRID"))
                .body("ancestors.code", equalTo(List.of(Demo.NANMING, Demo.HUAGUOYUAN, Demo.HUAGUOYUAN + "001")))
                .body("parentId", notNullValue());
        as(Demo.admin()).get("/api/v1/orgs/by-code/{code}", Demo.NANMING_GRID).then().statusCode(200)
                .body("ancestors.code", equalTo(List.of(Demo.GUIZHOU, Demo.GUIYANG, Demo.NANMING, Demo.HUAGUOYUAN,
                        Demo.HUAGUOYUAN + "001")));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/by-code/{code}", Demo.NANMING).then().statusCode(200)
                .body("parentId", nullValue()).body("ancestors", empty());
    }

    @Test
    void departmentSeesEnterprisesOfItsIndustriesInItsRegionOnly() {
        String token = Demo.constructionBureau();
        as(token).get("/api/v1/orgs/by-code/{code}", Demo.QIANCHENG_CONSTRUCTION).then().statusCode(200);
        as(token).get("/api/v1/orgs/by-code/{code}", Demo.NANMING_GAS).then().statusCode(200);
        // same region, industry it does not supervise
        as(token).get("/api/v1/orgs/by-code/{code}", Demo.NANMING_FIRE_ENTERPRISE).then().statusCode(404);
        // an industry it supervises, but in another county
        as(token).get("/api/v1/orgs/by-code/{code}", "915201220010111587").then().statusCode(404);
    }

    @Test
    void departmentDoesNotSeeRegionsOrEnterprisesOutsideItsIndustries() {
        List<Map<String, Object>> items = as(Demo.constructionBureau()).queryParam("limit", 200).get("/api/v1/orgs")
                .then().statusCode(200).extract().path("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> o : items) {
            boolean self = Demo.NANMING_CONSTRUCTION_BUREAU.equals(o.get("code"));
            boolean supervised = "ENTERPRISE".equals(o.get("kind"))
                    && List.of("CONSTRUCTION", "GAS").contains(o.get("industry"))
                    && ((String) o.get("code")).startsWith("91520102");
            assertTrue(self || supervised, "department must not see " + o.get("code"));
        }
        as(Demo.constructionBureau()).get("/api/v1/orgs/by-code/{code}", Demo.HUAGUOYUAN).then().statusCode(404);
    }

    @Test
    void enterpriseSeesOnlyItself() {
        as(Demo.enterprise()).get("/api/v1/orgs").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo(Demo.QIANCHENG_CONSTRUCTION))
                .body("items[0].parentId", nullValue());
        as(Demo.enterprise()).get("/api/v1/orgs/by-code/{code}", Demo.NANMING).then().statusCode(404);
    }

    @Test
    void filtersByKindParentSubtreeIndustryAndText() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String huaguoyuan = idOf(Demo.admin(), Demo.HUAGUOYUAN);
        as(Demo.admin()).queryParam("parentId", nanming).queryParam("kind", "REGION").get("/api/v1/orgs").then()
                .statusCode(200).body("items.regionLevel", everyItem(equalTo("TOWNSHIP")))
                .body("items.code", hasItem(Demo.HUAGUOYUAN));
        as(Demo.admin()).queryParam("subtreeOf", huaguoyuan).queryParam("limit", 200).get("/api/v1/orgs").then()
                .statusCode(200)
                .body("items.code", hasItem(Demo.NANMING_GRID))
                .body("items.code", hasItem(Demo.QIANCHENG_CONSTRUCTION))
                .body("items.code", not(hasItem(Demo.NANMING)));
        as(Demo.admin()).queryParam("industry", "GAS").queryParam("kind", "ENTERPRISE").get("/api/v1/orgs").then()
                .statusCode(200).body("items.industry", everyItem(equalTo("GAS")))
                .body("items.code", hasItem(Demo.NANMING_GAS));
        as(Demo.admin()).queryParam("industry", "GAS").queryParam("kind", "DEPARTMENT").get("/api/v1/orgs").then()
                .statusCode(200).body("items.code", hasItem(Demo.NANMING_CONSTRUCTION_BUREAU));
        as(Demo.admin()).queryParam("q", "燃气").get("/api/v1/orgs").then().statusCode(200)
                .body("items.code", hasItem(Demo.NANMING_GAS));
        // text matches a code's start or anywhere in a name: other tests' enterprises are named after credit codes
        // that hold the digits in the middle (91520102001061146P), and only the code prefix may be asserted of all
        List<Map<String, Object>> matched = as(Demo.admin()).queryParam("q", "5201020010").queryParam("limit", 200)
                .get("/api/v1/orgs").then().statusCode(200).body("items.code", hasItem(startsWith("5201020010")))
                .extract().path("items");
        assertTrue(matched.stream().allMatch(o -> ((String) o.get("code")).startsWith("5201020010")
                || ((String) o.get("name")).contains("5201020010")), () -> "neither code nor name matches: " + matched);
        // a subtree root outside the scope lists nothing, like a missing one
        String baiyun = idOf(Demo.admin(), Demo.BAIYUN);
        as(Demo.nanmingSafety()).queryParam("subtreeOf", baiyun).get("/api/v1/orgs").then().statusCode(200)
                .body("items", empty()).body("nextCursor", nullValue());
    }

    @Test
    void cursorPagesWalkTheWholeListOnceInEitherSort() {
        long orgs = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(o) from Org o").getSingleResult());
        for (String sort : List.of("code", "name")) {
            List<String> big = walk(sort, 200);
            List<String> small = walk(sort, 7);
            assertEquals(orgs, big.size(), "every org once");
            assertEquals(new HashSet<>(big).size(), big.size(), "no org twice");
            assertEquals(big, small, "the same order whatever the page size");
        }
    }

    private static List<String> walk(String sort, int limit) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var req = as(Demo.admin()).queryParam("limit", limit).queryParam("sort", sort);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response r = req.get("/api/v1/orgs");
            assertEquals(200, r.statusCode());
            walked.addAll(r.jsonPath().getList("items.id"));
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null && walked.size() < 100_000);
        return walked;
    }

    @Test
    void listLimitIsCapped() {
        as(Demo.admin()).queryParam("limit", 201).get("/api/v1/orgs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        as(Demo.admin()).queryParam("limit", 0).get("/api/v1/orgs").then().statusCode(400);
        as(Demo.admin()).queryParam("cursor", "not a cursor!").get("/api/v1/orgs").then().statusCode(400);
        as(Demo.admin()).queryParam("cursor", "Zm9v").get("/api/v1/orgs").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(Demo.admin()).queryParam("sort", "path").get("/api/v1/orgs").then().statusCode(400);
        as(Demo.admin()).queryParam("kind", "PLANET").get("/api/v1/orgs").then().statusCode(400);
        as(Demo.admin()).queryParam("parentId", "not-a-uuid").get("/api/v1/orgs").then().statusCode(400);
    }

    @Test
    void industriesAreReferenceData() {
        as(Demo.enterprise()).get("/api/v1/industries").then().statusCode(200)
                .body("code", hasItem("HAZARDOUS_CHEMICALS"))
                .body("find { it.code == 'COAL_MINE' }.nameZh", equalTo("煤矿"))
                .body("find { it.code == 'COAL_MINE' }.highRisk", equalTo(true));
    }

    // --- writing ------------------------------------------------------------------------------

    @Test
    void safetyOfficeCreatesATownshipInsideItsDistrict() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        Response created = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(township(code, "测试街道", nanming)).post("/api/v1/orgs");
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.jsonPath().getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/orgs/" + id));
        assertEquals("\"0\"", created.header("ETag"));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", id).then().statusCode(200)
                .body("code", equalTo(code)).body("parentId", equalTo(nanming)).body("name", equalTo("测试街道"));
    }

    @Test
    void safetyOfficeCannotCreateUnderAnotherDistrict() {
        String baiyun = idOf(Demo.admin(), Demo.BAIYUN);
        String code = "520113" + Codes.nanmingTownship().substring(6);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(township(code, "越界街道", baiyun))
                .post("/api/v1/orgs").then().statusCode(422).body("errors[0].field", equalTo("parentId"));
        as(Demo.admin()).get("/api/v1/orgs/by-code/{code}", code).then().statusCode(404);
    }

    @Test
    void rolesWithoutOrgWriteRightsGet403() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        for (String token : List.of(Demo.constructionBureau(), Demo.enterprise(), Demo.leader())) {
            as(token).contentType(ContentType.JSON).body(township(Codes.nanmingTownship(), "无权街道", nanming))
                    .post("/api/v1/orgs").then().statusCode(403).contentType("application/problem+json");
        }
        Response current = as(Demo.admin()).get("/api/v1/orgs/{id}", nanming);
        as(Demo.leader()).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(Map.of("code", Demo.NANMING, "name", "改名", "kind", "REGION", "regionLevel", "DISTRICT",
                        "parentId", current.jsonPath().getString("parentId")))
                .put("/api/v1/orgs/{id}", nanming).then().statusCode(403);
        as(Demo.admin()).get("/api/v1/orgs/{id}", nanming).then().body("name", equalTo("南明区"));
    }

    @Test
    void onlyAnAdminCreatesARoot() {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", "530000", "name", "云南省", "kind", "REGION", "regionLevel", "PROVINCE"))
                .post("/api/v1/orgs").then().statusCode(403);
    }

    @Test
    void invalidFieldsAre400WithEveryFieldListedAndNothingWritten() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", "", "kind", "REGION", "parentId", nanming, "address", "x".repeat(201)))
                .post("/api/v1/orgs").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("address"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", "91520102MA6DKX2Q1X", "name", "坏代码公司", "kind", "ENTERPRISE",
                        "parentId", nanming, "industry", "CONSTRUCTION"))
                .post("/api/v1/orgs").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", Codes.creditCode(), "name", "无行业公司", "kind", "ENTERPRISE", "parentId", nanming,
                        "industry", "SPACE_TRAVEL", "regionLevel", "GRID"))
                .post("/api/v1/orgs").then().statusCode(400)
                .body("errors.field", hasItem("industry")).body("errors.field", hasItem("regionLevel"));
        as(Demo.admin()).queryParam("q", "坏代码公司").get("/api/v1/orgs").then().body("items", empty());
    }

    @Test
    void treeRulesAre422() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String grid = idOf(Demo.admin(), Demo.NANMING_GRID);
        // a township code outside its district's division code
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(township("520113777", "错位街道", nanming))
                .post("/api/v1/orgs").then().statusCode(422).body("errors[0].field", equalTo("code"));
        // a township under a grid
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(township(Codes.nanmingTownship(), "倒挂街道", grid))
                .post("/api/v1/orgs").then().statusCode(422).body("errors[0].field", equalTo("parentId"));
        // an enterprise under an enterprise
        String ent = idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("code", Codes.creditCode(), "name", "子公司", "kind", "ENTERPRISE", "parentId", ent,
                        "industry", "CONSTRUCTION"))
                .post("/api/v1/orgs").then().statusCode(422);
    }

    @Test
    void duplicateCodeIs409() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(township(Demo.HUAGUOYUAN, "重复街道", nanming))
                .post("/api/v1/orgs").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void updateNeedsIfMatchAndRejectsAStaleOne() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        Response created = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(township(code, "版本街道", nanming)).post("/api/v1/orgs");
        String id = created.jsonPath().getString("id");
        String etag = created.header("ETag");
        Map<String, Object> change = Map.of("code", code, "name", "版本街道（新）", "kind", "REGION",
                "regionLevel", "TOWNSHIP", "parentId", nanming, "address", "南明区某路 1 号");

        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(change).put("/api/v1/orgs/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        Response updated = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(change).put("/api/v1/orgs/{id}", id);
        assertEquals(200, updated.statusCode(), updated.asString());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals("南明区某路 1 号", updated.jsonPath().getString("address"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("code", code, "name", "覆盖", "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", nanming))
                .put("/api/v1/orgs/{id}", id).then().statusCode(412).contentType("application/problem+json");
        as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", id).then().body("name", equalTo("版本街道（新）"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void updateOutOfScopeIs404EvenWithAnEtag() {
        String baiyun = idOf(Demo.admin(), Demo.BAIYUN);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", Demo.BAIYUN, "name", "白云区", "kind", "REGION", "regionLevel", "DISTRICT"))
                .put("/api/v1/orgs/{id}", baiyun).then().statusCode(404);
    }

    @Test
    void kindCannotChangeAndAnOrgCannotMoveUnderItsOwnDescendant() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String code = Codes.nanmingTownship();
        Response created = as(Demo.admin()).contentType(ContentType.JSON).body(township(code, "移动街道", nanming))
                .post("/api/v1/orgs");
        String id = created.jsonPath().getString("id");
        String villageCode = code + "001";
        String village = as(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", villageCode, "name", "移动村", "kind", "REGION", "regionLevel", "VILLAGE", "parentId", id))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", Codes.creditCode(), "name", "变企业", "kind", "ENTERPRISE", "parentId", nanming,
                        "industry", "FIRE"))
                .put("/api/v1/orgs/{id}", id).then().statusCode(422);
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", villageCode, "name", "移动村", "kind", "REGION", "regionLevel", "VILLAGE", "parentId", village))
                .put("/api/v1/orgs/{id}", village).then().statusCode(422);
    }

    @Test
    void movingAnOrgCarriesItsSubtree() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String guiyang = idOf(Demo.admin(), Demo.GUIYANG);
        // 520130-520179: no demo district (清镇 is 520181)
        String districtCode = "5201" + (30 + (int) Math.floorMod(System.nanoTime(), 50L));
        String district = as(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", districtCode, "name", "新区", "kind", "REGION", "regionLevel", "DISTRICT", "parentId", guiyang))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String code = Codes.nanmingTownship();
        String town = as(Demo.admin()).contentType(ContentType.JSON).body(township(code, "迁移街道", nanming))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        String grid = as(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-G9", "name", "迁移网格", "kind", "REGION", "regionLevel", "GRID", "parentId", town))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        // the township's code must continue the new district's: rename it along with the move
        String newCode = districtCode + "001";
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(township(newCode, "迁移街道", district)).put("/api/v1/orgs/{id}", town).then().statusCode(200)
                .body("parentId", equalTo(district));
        as(Demo.admin()).queryParam("subtreeOf", district).get("/api/v1/orgs").then().statusCode(200)
                .body("items.id", hasItem(grid));
        as(Demo.admin()).get("/api/v1/orgs/{id}", grid).then()
                .body("ancestors.code", hasItem(districtCode)).body("ancestors.code", not(hasItem(Demo.NANMING)));
        as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", grid).then().statusCode(404);
    }

    // --- an office's own org ---------------------------------------------------------------------

    /** Tokens name their org by code: an office that renamed its own code would lock out all of its users. */
    @Test
    void aSafetyOfficeCannotChangeItsOwnOrgsCodeButAnAdminAndAnOfficeAboveCan() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        Response own = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", nanming);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", own.header("ETag"))
                .body(Map.of("code", "520199", "name", "南明区", "kind", "REGION", "regionLevel", "DISTRICT"))
                .put("/api/v1/orgs/{id}", nanming).then().statusCode(403).contentType("application/problem+json");
        as(Demo.admin()).get("/api/v1/orgs/{id}", nanming).then().body("code", equalTo(Demo.NANMING));

        String code = Codes.nanmingTownship();
        Response town = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(township(code, "改码街道", nanming))
                .post("/api/v1/orgs");
        String townId = town.jsonPath().getString("id");
        String townOffice = cn.redline.support.Tokens.token("town-safety", code, "safety_office");
        Response seen = as(townOffice).get("/api/v1/orgs/{id}", townId);
        as(townOffice).contentType(ContentType.JSON).header("If-Match", seen.header("ETag"))
                .body(Map.of("code", Codes.nanmingTownship(), "name", "改码街道", "kind", "REGION", "regionLevel", "TOWNSHIP"))
                .put("/api/v1/orgs/{id}", townId)
                .then().statusCode(403);
        as(townOffice).get("/api/v1/orgs/{id}", nanming).then().statusCode(404);

        String newCode = Codes.nanmingTownship();
        Response changed = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", seen.header("ETag"))
                .body(township(newCode, "改码街道", nanming)).put("/api/v1/orgs/{id}", townId);
        assertEquals(200, changed.statusCode(), changed.asString());
        String newerCode = Codes.nanmingTownship();
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", changed.header("ETag"))
                .body(township(newerCode, "改码街道", nanming)).put("/api/v1/orgs/{id}", townId).then().statusCode(200)
                .body("code", equalTo(newerCode));
    }

    /** The office does not see its district's parent, so its view says parentId null; sending it back changes nothing. */
    @Test
    void aSafetyOfficesViewOfItsOwnDistrictCanBePutBackAsItIs() {
        String nanming = idOf(Demo.admin(), Demo.NANMING);
        String guiyang = idOf(Demo.admin(), Demo.GUIYANG);
        Response got = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", nanming);
        got.then().statusCode(200).body("parentId", nullValue());
        Response put = as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", got.header("ETag"))
                .body(got.asString()).put("/api/v1/orgs/{id}", nanming);
        assertEquals(200, put.statusCode(), put.asString());
        put.then().body("parentId", nullValue()).body("code", equalTo(Demo.NANMING));
        as(Demo.admin()).get("/api/v1/orgs/{id}", nanming).then().body("parentId", equalTo(guiyang))
                .body("ancestors.code", hasItem(Demo.GUIYANG));

        // For a caller who sees the parent, the view names it, and a null parent still asks for a root.
        Response town = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(township(Codes.nanmingTownship(), "回写街道", nanming)).post("/api/v1/orgs");
        Response townView = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", town.jsonPath().getString("id"));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).header("If-Match", townView.header("ETag"))
                .body(townView.asString()).put("/api/v1/orgs/{id}", town.jsonPath().getString("id")).then().statusCode(200)
                .body("parentId", equalTo(nanming));
    }
}
