package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.attachment.SampleFiles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/** Assessments per target as the tests drive them over HTTP. */
final class AssessmentRuns {

    private AssessmentRuns() {
    }

    static Response act(String token, String id, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessments/{id}/transitions", id);
    }

    static Response value(String token, String id, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessments/{id}/values", id);
    }

    static String upload(String token) {
        return given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", "自查报告.pdf")
                .body(SampleFiles.pdf()).post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    static String assessmentOf(String token, String scheme, UUID target) {
        return as(token).queryParam("schemeId", scheme).get("/api/v1/assessments").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.targetOrgId == '" + target + "' }.id");
    }

    /**
     * The caller is offered exactly {@code actions} in {@code status}; every other action is refused with a 409
     * illegal-transition problem listing those actions, and changes nothing (same status, same version).
     */
    static void offers(String token, String id, String status, String... actions) {
        Map<String, Object> before = as(token).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                .body("status", equalTo(status)).extract().jsonPath().getMap("");
        assertEquals(Arrays.asList(actions), before.get("allowedActions"), status + ": the actions offered");
        for (AssessmentAction action : AssessmentAction.values()) {
            if (Arrays.asList(actions).contains(action.name())) {
                continue;
            }
            act(token, id, Map.of("action", action.name(), "comment", "试一试", "signedBy", "王建国", "decision", "UPHELD"))
                    .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("illegal-transition"))
                    .body("allowedActions", equalTo(List.of(actions)));
        }
        as(token).get("/api/v1/assessments/{id}", id).then().statusCode(200).body("status", equalTo(status))
                .body("version", equalTo(before.get("version")));
    }

    /** A JSON number equal in value to {@code expected} (56, 56.0 and 56.00 alike). */
    static Matcher<Object> num(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(want) == 0;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a number equal to " + expected);
            }
        };
    }
}
