package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list workflow of §2.3 end to end: draft → review → publish (文号) → signed by holder and issuer → active. */
@QuarkusTest
class ListWorkflowTest {

    @Test
    void aTownshipListGoesFromDraftToActiveAndItsItemsOweObligations() {
        Lists.Township t = Lists.township();
        String id = Lists.draft(t, 2026);
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("holderKind", equalTo("TERRITORY_TOWNSHIP"))
                .body("items", hasSize(2)).body("allowedActions", contains("EDIT", "SUBMIT", "DISCARD"))
                .body("currentHolder", equalTo(t.person()));
        Lists.act(Demo.nanmingSafety(), id, "SUBMIT").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        Lists.act(Demo.nanmingSafety(), id, "PUBLISH").then().statusCode(400).body("errors.field", hasItem("docNumber"));
        Lists.act(Demo.nanmingSafety(), id, "PUBLISH", Map.of("docNumber", "南安〔2026〕1号")).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("docNumber", equalTo("南安〔2026〕1号"));
        Lists.act(t.headToken(), id, "SIGN").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("signatures.role", contains("HOLDER"));
        Lists.act(Demo.nanmingSafety(), id, "SIGN").then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("signatures", hasSize(2));
        String itemKey = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().extract()
                .path("items[0].itemKey");
        List<String> periods = as(Demo.nanmingSafety()).queryParam("subjectId", t.postId()).queryParam("limit", 200)
                .get("/api/v1/obligations").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.dutyItemKey == '" + itemKey + "' }.periodKey");
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), periods);
    }

    @Test
    void aListOutsideTheCallersScopeIsNotFound() {
        Lists.Township t = Lists.township();
        String id = Lists.draft(t, 2026);
        as(Demo.baiyunSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(404);
        as(Demo.baiyunSafety()).get("/api/v1/responsibility-lists/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("holderPostId", t.postId()).get("/api/v1/responsibility-lists").then()
                .statusCode(200).body("items", hasSize(0));
    }
}
