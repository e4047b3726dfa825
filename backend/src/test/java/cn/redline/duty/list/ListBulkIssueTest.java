package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issuing lists from a template to a subtree: per post created, skipped or refused; retries create nothing twice. */
@QuarkusTest
class ListBulkIssueTest {

    @Inject
    Clock clock;

    private static String template(String code) {
        return as(Demo.nanmingSafety()).queryParam("limit", 200).get("/api/v1/list-templates").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.code == '" + code + "' }.id");
    }

    private static Response issue(String token, String key, Map<String, Object> body) {
        var spec = as(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post("/api/v1/responsibility-lists/bulk-issue");
    }

    private Map<String, Object> body(String templateCode, String rootOrgId, String docNumber) {
        Map<String, Object> body = new HashMap<>(Map.of("templateId", template(templateCode),
                "year", Times.today(clock).getYear(), "rootOrgId", rootOrgId));
        if (docNumber != null) {
            body.put("docNumber", docNumber);
        }
        return body;
    }

    @Test
    void aTownshipsHeadPostsGetOneListEachPublishedWhereFilledAndARetryCreatesNothing() {
        Lists.Township t = Lists.township();
        String vacant = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("orgId", t.orgId(), "title", "党工委书记", "kind", "TOWNSHIP_HEAD")).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = body("TERRITORY-TOWNSHIP", t.orgId(), "南安〔2026〕88号");
        String key = UUID.randomUUID().toString();
        String first = issue(Demo.nanmingSafety(), key, body).then().statusCode(200)
                .body("created", equalTo(2)).body("skipped", equalTo(0)).body("refused", equalTo(0))
                .body("items.find { it.postId == '" + t.postId() + "' }.status", equalTo("PUBLISHED"))
                .body("items.find { it.postId == '" + vacant + "' }.status", equalTo("IN_REVIEW"))
                .body("items.find { it.postId == '" + vacant + "' }.reason", equalTo("LEFT_IN_REVIEW"))
                .body("items.find { it.postId == '" + t.postId() + "' }.reason", equalTo(null))
                .extract().asString();
        String listId = as(Demo.nanmingSafety()).queryParam("holderPostId", t.postId()).get("/api/v1/responsibility-lists")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", listId).then().statusCode(200)
                .body("docNumber", equalTo("南安〔2026〕88号")).body("templateVersion", equalTo(1))
                .body("issuingOrg.code", equalTo(Demo.NANMING));
        as(t.headToken()).get("/api/v1/responsibility-lists/{id}", listId).then().statusCode(200)
                .body("allowedActions", equalTo(java.util.List.of("SIGN")));

        // the same key replays the first answer; a new request finds every post served
        issue(Demo.nanmingSafety(), key, body).then().statusCode(200).header("Idempotency-Replayed", "true")
                .body(equalTo(first));
        issue(Demo.nanmingSafety(), null, body).then().statusCode(200).body("created", equalTo(0))
                .body("skipped", equalTo(2)).body("items.outcome", everyItem(equalTo("SKIPPED")))
                .body("items.reason", everyItem(equalTo("LIST_EXISTS")));
        as(Demo.nanmingSafety()).queryParam("holderPostId", t.postId()).get("/api/v1/responsibility-lists").then()
                .body("items", hasSize(1));
    }

    @Test
    void withoutADocumentNumberTheListsAreDraftsAndThePostKindFilterNarrows() {
        Lists.Township t = Lists.township();
        Map<String, Object> body = body("TERRITORY-TOWNSHIP", t.orgId(), null);
        body.put("postKind", "DEPT_HEAD");
        issue(Demo.nanmingSafety(), null, body).then().statusCode(200).body("items", hasSize(0));
        body.put("postKind", "TOWNSHIP_HEAD");
        issue(Demo.nanmingSafety(), null, body).then().statusCode(200).body("created", equalTo(1))
                .body("items[0].status", equalTo("DRAFT")).body("items[0].reason", equalTo(null))
                .body("items[0].holderOrg.code", equalTo(t.code()));
    }

    @Test
    void postsTheCallerDoesNotIssueToAreRefusedWithTheReasonCode() {
        Map<String, Object> body = body("ENTERPRISE-MAIN", idOf(Demo.admin(), Demo.QIANCHENG_CONSTRUCTION), null);
        body.put("year", Times.today(clock).getYear() + 1);
        issue(Demo.enterprise(), null, body).then().statusCode(200).body("created", equalTo(0)).body("refused", equalTo(1))
                .body("items[0].outcome", equalTo("REFUSED")).body("items[0].reason", equalTo("NOT_ISSUER"))
                .body("items[0].listId", equalTo(null));
    }

    @Test
    void aSubtreeOutsideTheScopeIsNotFoundAndBadInputChangesNothing() {
        Lists.Township t = Lists.township();
        issue(Demo.baiyunSafety(), null, body("TERRITORY-TOWNSHIP", t.orgId(), null)).then().statusCode(404);
        issue(Demo.nanmingSafety(), null, body("TERRITORY-TOWNSHIP", UUID.randomUUID().toString(), null)).then()
                .statusCode(404);
        Map<String, Object> noYear = body("TERRITORY-TOWNSHIP", t.orgId(), null);
        noYear.remove("year");
        issue(Demo.nanmingSafety(), null, noYear).then().statusCode(400);
        Map<String, Object> blankDoc = body("TERRITORY-TOWNSHIP", t.orgId(), " ");
        issue(Demo.nanmingSafety(), null, blankDoc).then().statusCode(400);
        Map<String, Object> unknownTemplate = body("TERRITORY-TOWNSHIP", t.orgId(), null);
        unknownTemplate.put("templateId", UUID.randomUUID().toString());
        issue(Demo.nanmingSafety(), null, unknownTemplate).then().statusCode(422);
        issue(Demo.leader(), null, body("TERRITORY-TOWNSHIP", t.orgId(), null)).then().statusCode(403);
        as(Demo.nanmingSafety()).queryParam("holderPostId", t.postId()).get("/api/v1/responsibility-lists").then()
                .body("items", hasSize(0));
    }
}
