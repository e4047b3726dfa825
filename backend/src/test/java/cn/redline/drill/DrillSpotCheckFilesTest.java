package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A spot check's evidence files: the checking side attaches site photos while the check is made and until the correction
 * is settled, the correction order's scan once a noncompliant result is recorded; the checked unit attaches its proof
 * while the order is open. Each file is listed and downloaded by whoever sees the check; outside the scope the check's
 * files are missing exactly as a missing check's; every refusal is a problem that links nothing.
 */
@QuarkusTest
class DrillSpotCheckFilesTest {

    static final String CHECKS = DrillSpotCheckTest.CHECKS;

    @Inject
    Clock clock;

    private static Response attach(String token, String id, String kind, String... files) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "attachmentIds", List.of(files))).post(CHECKS + "/{id}/files", id);
    }

    private static Response act(String token, String id, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post(CHECKS + "/{id}/transitions", id);
    }

    private static List<String> files(String token, String id) {
        return as(token).get(CHECKS + "/{id}/files", id).then().statusCode(200).extract().jsonPath().getList("items.purpose");
    }

    private static List<String> steps(String id) {
        return as(Demo.nanmingSafety()).get(CHECKS + "/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .getList("items.action");
    }

    /** A refused attachment: a problem, the file still unattached, the check's files, version and history as before. */
    private static void refused(int status, Supplier<Response> request, String id, String file, String uploader) {
        var before = as(Demo.nanmingSafety()).get(CHECKS + "/{id}", id).then().statusCode(200).extract().jsonPath();
        List<String> stepsBefore = steps(id);
        request.get().then().statusCode(status).contentType("application/problem+json");
        var after = as(Demo.nanmingSafety()).get(CHECKS + "/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getList("files.id"), after.getList("files.id"));
        assertEquals(before.getLong("version"), after.getLong("version"));
        assertEquals(stepsBefore, steps(id));
        as(uploader).get("/api/v1/attachments/{id}", file).then().statusCode(200).body("ownerType", nullValue());
    }

    @Test
    void photosTheOrderAndTheProofAreAttachedBySideAndStateListedDownloadedAndScoped() {
        DrillSpotCheckTest.Unit unit = DrillSpotCheckTest.keyUnit("CONSTRUCTION");
        LocalDate today = Times.today(clock);
        Map<String, Object> b = new HashMap<>();
        b.put("targetOrgId", unit.id());
        b.put("period", today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2));
        b.put("unannounced", true);
        b.put("plannedOn", today.plusDays(3).toString());
        String id = as(Demo.constructionBureau()).contentType(ContentType.JSON).body(b).post(CHECKS).then().statusCode(201)
                .body("files", empty()).body("attachableKinds", equalTo(List.of("SITE_PHOTO"))).extract().path("id");
        as(unit.token()).get(CHECKS + "/{id}", id).then().statusCode(200).body("attachableKinds", empty());

        // planned: the checking side's site photos only
        String order = DrillRuns.uploadPdf(Demo.constructionBureau());
        refused(409, () -> attach(Demo.constructionBureau(), id, "CORRECTION_ORDER", order), id, order, Demo.constructionBureau());
        String proof = DrillRuns.upload(unit.token());
        refused(409, () -> attach(unit.token(), id, "CORRECTION_PROOF", proof), id, proof, unit.token());
        String photo = DrillRuns.upload(Demo.constructionBureau());
        long version = as(Demo.constructionBureau()).get(CHECKS + "/{id}", id).then().extract().jsonPath().getLong("version");
        Response attached = attach(Demo.constructionBureau(), id, "SITE_PHOTO", photo);
        attached.then().statusCode(200).body("files.id", equalTo(List.of(photo))).body("files[0].purpose", equalTo("SITE_PHOTO"))
                .body("files[0].fileName", equalTo("现场.jpg")).body("version", equalTo((int) version + 1));
        assertEquals("\"" + (version + 1) + "\"", attached.header("ETag"));
        assertEquals(List.of("CREATE", "ATTACH"), steps(id));
        // a stale ETag is refused
        as(Demo.constructionBureau()).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(Map.of("kind", "SITE_PHOTO", "attachmentIds", List.of(DrillRuns.upload(Demo.constructionBureau()))))
                .post(CHECKS + "/{id}/files", id).then().statusCode(412);
        // bad input: no kind, no files, someone else's upload
        as(Demo.constructionBureau()).contentType(ContentType.JSON).body(Map.of("attachmentIds", List.of(photo)))
                .post(CHECKS + "/{id}/files", id).then().statusCode(400).contentType("application/problem+json");
        as(Demo.constructionBureau()).contentType(ContentType.JSON).body(Map.of("kind", "SITE_PHOTO", "attachmentIds", List.of()))
                .post(CHECKS + "/{id}/files", id).then().statusCode(400).contentType("application/problem+json");
        refused(422, () -> attach(Demo.constructionBureau(), id, "SITE_PHOTO", proof), id, proof, unit.token());

        // noncompliant and ordered: the order's scan; the unit's proof while the order is open
        act(Demo.constructionBureau(), id, Map.of("action", "RECORD_RESULT", "result", "NONCOMPLIANT", "findings", "未开展现场处置方案演练"))
                .then().statusCode(200).body("attachableKinds", equalTo(List.of("SITE_PHOTO", "CORRECTION_ORDER")));
        refused(409, () -> attach(unit.token(), id, "CORRECTION_PROOF", proof), id, proof, unit.token());
        act(Demo.constructionBureau(), id, Map.of("action", "ORDER_CORRECTION", "correctionDeadline", today.plusDays(20).toString()))
                .then().statusCode(200);
        attach(Demo.constructionBureau(), id, "CORRECTION_ORDER", order).then().statusCode(200);
        refused(409, () -> attach(unit.token(), id, "SITE_PHOTO", proof), id, proof, unit.token());
        String officeProof = DrillRuns.upload(Demo.constructionBureau());
        refused(409, () -> attach(Demo.constructionBureau(), id, "CORRECTION_PROOF", officeProof), id, officeProof,
                Demo.constructionBureau());
        as(unit.token()).get(CHECKS + "/{id}", id).then().statusCode(200).body("attachableKinds", equalTo(List.of("CORRECTION_PROOF")));
        attach(unit.token(), id, "CORRECTION_PROOF", proof).then().statusCode(200);

        // listed alike for both sides and in the register, oldest upload first (the order's scan was uploaded first)
        assertEquals(List.of("CORRECTION_ORDER", "CORRECTION_PROOF", "SITE_PHOTO"), files(Demo.constructionBureau(), id));
        assertEquals(files(Demo.constructionBureau(), id), files(unit.token(), id));
        assertEquals(files(Demo.constructionBureau(), id),
                as(Demo.constructionBureau()).queryParam("targetOrgId", unit.id()).get(CHECKS).then().statusCode(200).extract()
                        .jsonPath().getList("items[0].files.purpose"));
        for (String token : List.of(Demo.constructionBureau(), unit.token(), Demo.nanmingSafety())) {
            as(token).get("/api/v1/attachments/{id}/content", proof).then().statusCode(200).contentType("image/jpeg");
            as(token).get("/api/v1/attachments/{id}/content", order).then().statusCode(200).contentType("application/pdf");
        }

        // outside the scope: the check's files are missing exactly like a missing check's, and its files' bytes too
        Response missing = as(Demo.baiyunSafety()).get(CHECKS + "/{id}/files", UUID.randomUUID().toString());
        missing.then().statusCode(404).contentType("application/problem+json");
        as(Demo.baiyunSafety()).get(CHECKS + "/{id}/files", id).then().statusCode(404)
                .body("detail", equalTo(missing.jsonPath().getString("detail")));
        String foreign = DrillRuns.upload(Demo.baiyunSafety());
        as(Demo.baiyunSafety()).contentType(ContentType.JSON).body(Map.of("kind", "SITE_PHOTO", "attachmentIds", List.of(foreign)))
                .post(CHECKS + "/{id}/files", id).then().statusCode(404).body("detail", equalTo(missing.jsonPath().getString("detail")));
        as(Demo.baiyunSafety()).get("/api/v1/attachments/{id}/content", photo).then().statusCode(404);
        as(Demo.baiyunSafety()).get("/api/v1/attachments/{id}", foreign).then().statusCode(200).body("ownerType", nullValue());

        // settled: nothing more is attached
        act(unit.token(), id, Map.of("action", "RESPOND", "response", "已补做现场处置方案演练，附照片")).then().statusCode(200);
        act(Demo.constructionBureau(), id, Map.of("action", "ACCEPT_CORRECTION")).then().statusCode(200)
                .body("attachableKinds", empty());
        String late = DrillRuns.upload(Demo.constructionBureau());
        refused(409, () -> attach(Demo.constructionBureau(), id, "SITE_PHOTO", late), id, late, Demo.constructionBureau());
        attach(Demo.constructionBureau(), id, "SITE_PHOTO", late).then().body("allowedActions", empty());
        assertEquals(3, files(Demo.nanmingSafety(), id).size());
    }
}
