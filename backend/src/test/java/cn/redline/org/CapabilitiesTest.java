package cn.redline.org;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.redline.platform.Capability;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * /me publishes what the routes allow: for every demo role, each capability it lists is one its route accepts (any
 * answer but 403), and each one it leaves out is refused (403). The requests carry no valid body, so nothing is
 * written.
 */
@QuarkusTest
class CapabilitiesTest {

    /** One route per capability the routes check, called with a request that changes nothing. */
    private static final Map<Capability, Function<RequestSpecification, Integer>> ROUTES = new EnumMap<>(Map.ofEntries(
            Map.entry(Capability.REPORT_HAZARDS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/hazards").statusCode()),
            Map.entry(Capability.PUSH_HAZARDS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/hazards/bulk").statusCode()),
            Map.entry(Capability.ACT_ON_HAZARDS, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/hazards/{id}/transitions", UUID.randomUUID()).statusCode()),
            Map.entry(Capability.VIEW_HAZARD_STATS, r -> r.get("/api/v1/hazards/stats").statusCode()),
            Map.entry(Capability.VIEW_STATUTORY_REPORT, r -> r.queryParam("year", 2026).get("/api/v1/hazards/statutory-report").statusCode()),
            Map.entry(Capability.UPLOAD_ATTACHMENTS, r -> r.contentType("text/plain").body("x").queryParam("fileName", "x.txt")
                    .post("/api/v1/attachments").statusCode()),
            Map.entry(Capability.EDIT_ORGS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/orgs").statusCode()),
            Map.entry(Capability.MANAGE_POSTS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/posts").statusCode()),
            Map.entry(Capability.VIEW_AUDIT, r -> r.get("/api/v1/audit").statusCode()),
            Map.entry(Capability.ISSUE_LISTS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/responsibility-lists").statusCode()),
            Map.entry(Capability.ACT_ON_LISTS, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/responsibility-lists/{id}/transitions", UUID.randomUUID()).statusCode()),
            Map.entry(Capability.RECORD_FULFILMENT, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/fulfilment-records").statusCode()),
            Map.entry(Capability.VERIFY_FULFILMENT, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/verification-visits").statusCode()),
            Map.entry(Capability.PUSH_FULFILMENT, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/fulfilment-records/bulk").statusCode()),
            Map.entry(Capability.RECORD_ACCIDENTS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/accidents").statusCode()),
            Map.entry(Capability.PUSH_ACCIDENTS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/accidents/bulk").statusCode()),
            Map.entry(Capability.PUSH_DRILLS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/drills/bulk").statusCode()),
            Map.entry(Capability.VIEW_CONTROL_STATUS, r -> r.queryParam("orgId", UUID.randomUUID()).queryParam("year", 2026).queryParam("month", 1)
                    .get("/api/v1/control-indicator-status").statusCode()),
            Map.entry(Capability.MANAGE_DRILLS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/drills").statusCode()),
            Map.entry(Capability.VIEW_DUTY_REPORTS, r -> r.queryParam("orgId", UUID.randomUUID()).get("/api/v1/duty-reports/matrix").statusCode()),
            Map.entry(Capability.EXPORT_DUTY_DOSSIER, r -> r.accept("application/pdf").queryParam("postId", UUID.randomUUID()).get("/api/v1/duty-reports/dossier.pdf").statusCode()),
            Map.entry(Capability.MANAGE_REQUIREMENT_RULES, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/requirement-rules").statusCode()),
            Map.entry(Capability.WAIVE_OBLIGATIONS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/obligations/" + UUID.randomUUID() + "/waiver").statusCode()),
            Map.entry(Capability.MANAGE_ASSESSMENT_SCHEMES, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/assessment-schemes").statusCode()),
            Map.entry(Capability.ACT_ON_ASSESSMENTS, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/assessments/{id}/transitions", UUID.randomUUID()).statusCode()),
            Map.entry(Capability.VIEW_UNIT_OUTLOOK, r -> r.get("/api/v1/assessments/mine").statusCode()),
            Map.entry(Capability.ACT_ON_DRILLS, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/drills/{id}/transitions", UUID.randomUUID()).statusCode()),
            Map.entry(Capability.MANAGE_EVALUATION_TEMPLATES, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/drill-evaluation-templates").statusCode()),
            Map.entry(Capability.MANAGE_SPOT_CHECKS, r -> r.contentType(ContentType.JSON).body("{}").post("/api/v1/drill-spot-checks").statusCode()),
            Map.entry(Capability.ACT_ON_SPOT_CHECKS, r -> r.contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/drill-spot-checks/{id}/transitions", UUID.randomUUID()).statusCode())));

    private static Map<String, String> demoTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", Demo.admin());
        tokens.put("safety_office", Demo.nanmingSafety());
        tokens.put("department", Demo.constructionBureau());
        tokens.put("enterprise", Demo.enterprise());
        tokens.put("inspector", Demo.inspector());
        tokens.put("leader", Demo.leader());
        tokens.put("integration", Demo.integration());
        return tokens;
    }

    @Test
    void everyDemoRoleIsAllowedExactlyWhatMeSays() {
        demoTokens().forEach((role, token) -> {
            List<String> listed = as(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath()
                    .getList("capabilities", String.class);
            ROUTES.forEach((capability, route) -> {
                int status = route.apply(as(token));
                if (listed.contains(capability.name())) {
                    assertNotEquals(403, status, role + " is told it may " + capability + " but the route refuses");
                } else {
                    assertEquals(403, status, role + " is not told it may " + capability + " but the route lets it");
                }
            });
        });
    }
}
