package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** List templates: the seeded ones from the sources, drafting from them, versions, retiring, scope and roles. */
@QuarkusTest
class ListTemplateResourceTest {

    private static Map<String, Object> page(String token, String holderKind) {
        var spec = as(token).queryParam("limit", 200);
        if (holderKind != null) {
            spec.queryParam("holderKind", holderKind);
        }
        return spec.get("/api/v1/list-templates").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static String seeded(String code) {
        return as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.code == '" + code + "' }.id");
    }

    @Test
    void everyHolderKindOfTheSourcesHasASeededTemplate() {
        List<Map<String, Object>> items = as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Set<String> kinds = items.stream().filter(t -> t.get("issuingOrg") == null).map(t -> (String) t.get("holderKind"))
                .collect(Collectors.toSet());
        for (HolderKind k : HolderKind.values()) {
            if (k != HolderKind.LEADER_NPC_CPPCC) {
                assertTrue(kinds.contains(k.name()), "a system template for " + k);
            }
        }
    }

    @Test
    void theEnterprisePrincipalsTemplateCarriesTheSevenDutiesOfArticle21() {
        List<String> basis = as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", seeded("ENTERPRISE-MAIN")).then()
                .statusCode(200).body("holderKind", equalTo("ENTERPRISE_MAIN")).body("items", hasSize(7))
                .body("latest", equalTo(true))
                .extract().jsonPath().getList("items.collect { it.legalBasis[0] }");
        assertEquals(List.of("(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)"),
                basis.stream().map(b -> b.substring(b.indexOf('('))).toList());
        assertTrue(basis.stream().allMatch(b -> b.startsWith("安全生产法 第二十一条")));
    }

    @Test
    void theGovernmentTemplatesCarryTheFiveSpecialsAndTheDepartmentsTheQuarterlyInspection() {
        as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", seeded("LEADER-OTHER-DEPUTY")).then().statusCode(200)
                .body("items.text", hasItem(containsString("专人负责"))).body("items.text", hasItem(containsString("专题研究")))
                .body("items.text", hasItem(containsString("专项检查"))).body("items.text", hasItem(containsString("专项攻坚")))
                .body("items.text", hasItem(containsString("专档记录")));
        for (String code : List.of("DEPT-COMPREHENSIVE", "DEPT-SUPERVISING", "DEPT-INDUSTRY-ADMIN", "DEPT-SUPPORT")) {
            as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", seeded(code)).then().statusCode(200)
                    .body("items.find { it.text.contains('每季度至少带队检查1次') }.periodType", equalTo("QUARTER"))
                    .body("items.find { it.text.contains('每季度至少带队检查1次') }.evidenceSpec.holderMustPerform",
                            equalTo(true));
        }
    }

    @Test
    void aListDraftedFromASeededTemplateCopiesItsItemsAndCanBeSubmittedAsItIs() {
        Lists.Township t = Lists.township();
        String templateId = seeded("TERRITORY-TOWNSHIP");
        int items = as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", templateId).then().extract()
                .path("items.size()");
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "holderPostId", t.postId(), "templateId", templateId))
                .post("/api/v1/responsibility-lists").then().statusCode(201).body("items", hasSize(items))
                .body("templateId", equalTo(templateId)).body("templateVersion", equalTo(1))
                .body("title", equalTo("乡(镇)、街道安全生产责任清单")).extract().path("id");
        Lists.act(Demo.nanmingSafety(), id, "SUBMIT").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void aTemplateOfAnotherKindIsRefusedForAList() {
        Lists.Township t = Lists.township();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "holderPostId", t.postId(), "templateId", seeded("ENTERPRISE-MAIN")))
                .post("/api/v1/responsibility-lists").then().statusCode(422).body("errors.field", hasItem("templateId"));
    }

    private static Map<String, Object> input(String code, String orgId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "holderKind", "TERRITORY_TOWNSHIP",
                "title", "街道安全生产责任清单（南明区）", "sourceDocs", "南明区安委会文件",
                "items", List.of(Lists.item("每季度召开安全生产专题会议"))));
        if (orgId != null) {
            body.put("issuingOrgId", orgId);
        }
        return body;
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anEditIsTheNextVersionAndRetiringStopsDraftingFromIt() {
        String code = code();
        String v1 = as(Demo.admin()).contentType(ContentType.JSON).body(input(code, idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/list-templates").then().statusCode(201).body("versionNo", equalTo(1))
                .body("issuingOrg.code", equalTo(Demo.NANMING)).extract().path("id");
        Map<String, Object> edit = Map.of("title", "街道安全生产责任清单（第二版）", "sourceDocs", "南明区安委会文件",
                "items", List.of(Lists.item("每季度召开安全生产专题会议"), Lists.item("每月带队检查")));
        String v2 = as(Demo.admin()).contentType(ContentType.JSON).body(edit).put("/api/v1/list-templates/{id}", v1).then()
                .statusCode(200).body("versionNo", equalTo(2)).body("code", equalTo(code)).body("items", hasSize(2))
                .extract().path("id");
        as(Demo.admin()).get("/api/v1/list-templates/{id}", v1).then().statusCode(200).body("latest", equalTo(false));
        as(Demo.admin()).contentType(ContentType.JSON).body(edit).put("/api/v1/list-templates/{id}", v1).then()
                .statusCode(409);
        as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates").then().statusCode(200)
                .body("items.findAll { it.code == '" + code + "' }.id", equalTo(List.of(v2)));

        String etag = as(Demo.admin()).get("/api/v1/list-templates/{id}", v2).then().extract().header("ETag");
        as(Demo.admin()).header("If-Match", "\"999\"").post("/api/v1/list-templates/{id}/retire", v2).then().statusCode(412);
        as(Demo.admin()).header("If-Match", etag).post("/api/v1/list-templates/{id}/retire", v2).then().statusCode(200)
                .body("retiredAt", not(equalTo(null))).body("retiredBy", equalTo("admin"));
        as(Demo.admin()).post("/api/v1/list-templates/{id}/retire", v2).then().statusCode(409);
        as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        as(Demo.nanmingSafety()).queryParam("limit", 200).queryParam("includeRetired", true).get("/api/v1/list-templates")
                .then().statusCode(200).body("items.find { it.code == '" + code + "' }.retired", equalTo(true));
        Lists.Township t = Lists.township();
        as(Demo.nanmingSafety()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "holderPostId", t.postId(), "templateId", v1))
                .post("/api/v1/responsibility-lists").then().statusCode(422).body("errors.field", hasItem("templateId"))
                .body("errors.message", hasItem(containsString("retired")));
    }

    @Test
    void aTemplateOfAnotherDistrictIsNotFoundAndNotListed() {
        String code = code();
        String id = as(Demo.admin()).contentType(ContentType.JSON).body(input(code, idOf(Demo.admin(), Demo.BAIYUN)))
                .post("/api/v1/list-templates").then().statusCode(201).extract().path("id");
        as(Demo.baiyunSafety()).get("/api/v1/list-templates/{id}", id).then().statusCode(200);
        as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", id).then().statusCode(404);
        as(Demo.nanmingSafety()).get("/api/v1/list-templates/{id}", UUID.randomUUID()).then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        Lists.Township t = Lists.township();
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "holderPostId", t.postId(), "templateId", id))
                .post("/api/v1/responsibility-lists").then().statusCode(422).body("errors.field", hasItem("templateId"));
    }

    @Test
    void onlyTemplateManagersWriteAndOnlyListIssuersRead() {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(input(code(), null)).post("/api/v1/list-templates")
                .then().statusCode(403);
        as(Demo.nanmingSafety()).post("/api/v1/list-templates/{id}/retire", seeded("DEPT-SUPPORT")).then().statusCode(403);
        as(Demo.leader()).get("/api/v1/list-templates").then().statusCode(403);
        as(Demo.inspector()).get("/api/v1/list-templates/{id}", seeded("DEPT-SUPPORT")).then().statusCode(403);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String code = code();
        Map<String, Object> noItems = new HashMap<>(input(code, null));
        noItems.put("items", List.of());
        as(Demo.admin()).contentType(ContentType.JSON).body(noItems).post("/api/v1/list-templates").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(containsString("items")));
        Map<String, Object> incomplete = new HashMap<>(input(code, null));
        incomplete.put("items", List.of(Map.of("category", "MEETING", "text", "无要求的事项")));
        as(Demo.admin()).contentType(ContentType.JSON).body(incomplete).post("/api/v1/list-templates").then()
                .statusCode(400).body("errors.field", hasItem("items[0]"));
        Map<String, Object> badCode = new HashMap<>(input("bad code", null));
        as(Demo.admin()).contentType(ContentType.JSON).body(badCode).post("/api/v1/list-templates").then().statusCode(400);
        as(Demo.admin()).contentType(ContentType.JSON).body(input("DEPT-SUPPORT", null)).post("/api/v1/list-templates")
                .then().statusCode(409);
        as(Demo.admin()).queryParam("includeRetired", true).queryParam("limit", 200).get("/api/v1/list-templates").then()
                .statusCode(200).body("items.code", not(hasItem(code)))
                .body("items.code", everyItem(not(equalTo("bad code"))));
    }
}
