package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Versions, signatures and ceilings: what a signed list promises never changes under it. */
@QuarkusTest
class ListVersionsTest {

    @Inject
    Clock clock;

    private int year() {
        return Times.today(clock).getYear();
    }

    private static List<String> keys(String id) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200).extract()
                .jsonPath().getList("items.itemKey");
    }

    @Test
    void aRevisionKeepsTheItemKeysAndSupersedesTheSignedVersionOnlyOnceItIsSigned() {
        Lists.Township t = Lists.township();
        String v1 = Lists.signed(t, year());
        Lists.act(Demo.nanmingSafety(), v1, "REVISE", Map.of("comment", "增加专项检查")).then().statusCode(200)
                .body("status", equalTo("SIGNED"));
        String v2 = as(Demo.nanmingSafety()).queryParam("lineageId", v1).get("/api/v1/responsibility-lists").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.versionNo == 2 }.id");
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", v2).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("supersedesId", equalTo(v1))
                .body("revisionReason", equalTo("增加专项检查"));
        assertEquals(keys(v1), keys(v2));
        // a second revision while one is being prepared is refused
        Lists.act(Demo.nanmingSafety(), v1, "REVISE", Map.of("comment", "again")).then().statusCode(409);

        Lists.act(Demo.nanmingSafety(), v2, "SUBMIT").then().statusCode(200);
        Lists.act(Demo.nanmingSafety(), v2, "PUBLISH", Map.of("docNumber", "南安〔2026〕2号")).then().statusCode(200);
        Lists.act(t.headToken(), v2, "SIGN").then().statusCode(200);
        assertEquals("SIGNED", Lists.status(v1), "the old version binds until the new one is signed by both");
        Lists.act(Demo.nanmingSafety(), v2, "SIGN").then().statusCode(200).body("status", equalTo("SIGNED"));
        assertEquals("SUPERSEDED", Lists.status(v1));
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}/history", v1).then()
                .body("items.action", hasItem("SUPERSEDE"));
    }

    @Test
    void aSignedVersionNeverChanges() {
        Lists.Township t = Lists.township();
        String id = Lists.signed(t, year());
        var before = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().extract();
        String item = before.path("items[0].id");
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Lists.item("改过的事项"))
                .put("/api/v1/responsibility-lists/{id}/items/{item}", id, item).then().statusCode(409)
                .body("allowedActions", not(hasItem("EDIT")));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Lists.item("新增事项"))
                .post("/api/v1/responsibility-lists/{id}/items", id).then().statusCode(409);
        as(Demo.nanmingSafety()).delete("/api/v1/responsibility-lists/{id}/items/{item}", id, item).then().statusCode(409);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("title", "改名", "effectiveFrom", year() + "-01-01",
                "effectiveTo", year() + "-12-31", "publicity", "PUBLIC")).put("/api/v1/responsibility-lists/{id}", id).then()
                .statusCode(409);
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("indicators", List.of()))
                .put("/api/v1/responsibility-lists/{id}/indicators", id).then().statusCode(409);
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("version", equalTo(before.path("version"))).body("items.text", equalTo(before.path("items.text")));
    }

    @Test
    void onlyWhoHoldsThePostOnTheSignDateSignsForIt() {
        Lists.Township t = Lists.township();
        String id = Lists.published(t, year());
        // the post changes hands today: the holder until yesterday no longer signs, the new one does
        String successor = "next-" + t.person();
        Lists.appoint(t.postId(), successor, Times.today(clock).toString());
        Lists.act(t.headToken(), id, "SIGN").then().statusCode(409).body("allowedActions", equalTo(List.of()));
        Lists.act(cn.redline.support.Tokens.token(successor, t.code(), "leader"), id, "SIGN").then().statusCode(200)
                .body("signatures.find { it.role == 'HOLDER' }.personRef", equalTo(successor));
    }

    @Test
    void aChildCeilingAboveItsParentsIsRefusedNamingTheCeiling() {
        Lists.Township parentTown = Lists.township();
        String parent = Lists.draft(parentTown, year());
        String parentIndicator = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("indicators", List.of(Map.of("metric", "ACC_DEATHS", "ceiling", 2))))
                .put("/api/v1/responsibility-lists/{id}/indicators", parent).then().statusCode(200)
                .extract().path("indicators[0].id");
        String child = Lists.draft(Lists.township(), year());
        as(Demo.nanmingSafety()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("indicators", List.of(Map.of("metric", "ACC_DEATHS", "ceiling", 3,
                        "parentIndicatorId", parentIndicator))))
                .put("/api/v1/responsibility-lists/{id}/indicators", child).then().statusCode(422)
                .body("errors.field", hasItem("indicators[0].ceiling"))
                .body("errors.message", hasItem(containsString("exceeds the parent list's ceiling 2")));
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("indicators", List.of(Map.of("metric", "ACC_DEATHS", "ceiling", 2,
                        "parentIndicatorId", parentIndicator))))
                .put("/api/v1/responsibility-lists/{id}/indicators", child).then().statusCode(200)
                .body("indicators[0].parentCeiling", equalTo(2.0f));
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).body(Map.of("indicators", List.of()))
                .put("/api/v1/responsibility-lists/{id}/indicators", child).then().statusCode(404);
    }
}
