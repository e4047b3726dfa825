package cn.redline.attachment;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentResourceTest {

    private static final String URL = "/api/v1/attachments";
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A second user of the same enterprise: same org, different person. */
    private static String colleague() {
        return Tokens.token("enterprise-2", Demo.QIANCHENG_CONSTRUCTION, "enterprise");
    }

    /** In English: these tests read the server's own wording of a problem. */
    private static Response upload(String token, String type, byte[] bytes, String fileName) {
        return as(token).header("Accept-Language", "en").contentType(type).queryParam("fileName", fileName).body(bytes).post(URL);
    }

    private static String uploaded(String token, String type, byte[] bytes) {
        return upload(token, type, bytes, "证据.bin").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse problem(Response r, int status) {
        return r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static ValidatableResponse link(String token, UUID note, String purpose, List<String> ids) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).queryParam("purpose", purpose).body(ids)
                .post("/test/notes/{id}/attachments", note).then();
    }

    // --- upload --------------------------------------------------------------------------------

    @Test
    void eachSupportedTypeUploadsAndAnswersWithItsMetadata() {
        Map<String, byte[]> files = Map.of("image/jpeg", SampleFiles.jpeg(), "image/png", SampleFiles.png(),
                "image/webp", SampleFiles.webp(), "application/pdf", SampleFiles.pdf());
        files.forEach((type, bytes) -> {
            Response r = upload(Demo.enterprise(), type, bytes, "脚手架隐患 " + type.replace('/', '-'));
            r.then().statusCode(201)
                    .header("Location", containsString(URL + "/" + r.jsonPath().getString("id")))
                    .body("fileName", equalTo("脚手架隐患 " + type.replace('/', '-')))
                    .body("contentType", equalTo(type))
                    .body("size", equalTo(bytes.length))
                    .body("sha256", equalTo(SampleFiles.sha256(bytes)))
                    .body("uploadedAt", notNullValue())
                    .body("ownerId", nullValue());
        });
    }

    @Test
    void everyRoleThatAttachesFilesMayUploadButAnonymousMayNot() {
        // a leader attaches the photos of the duties he performs in person (履职记录)
        for (String token : List.of(Demo.constructionBureau(), Demo.admin(), Demo.nanmingSafety(), Demo.integration(),
                Tokens.token("inspector", Demo.NANMING_GRID, "inspector"), Demo.leader())) {
            upload(token, "image/png", SampleFiles.png(), "a.png").then().statusCode(201);
        }
        problem(given().contentType("image/png").queryParam("fileName", "a.png").body(SampleFiles.png()).post(URL), 401);
    }

    /** The test profile's quota is 24 MiB: two files of the maximum size fit, a third does not. */
    @Test
    void unattachedFilesBeyondTheQuotaAre429WithRetryAfterUntilOneIsAttached() {
        String user = Tokens.token("quota-" + UUID.randomUUID(), Demo.QIANCHENG_CONSTRUCTION, "enterprise");
        byte[] big = SampleFiles.pngOfSize(MAX_BYTES);
        String first = uploaded(user, "image/png", big);
        uploaded(user, "image/png", big);
        Response refused = upload(user, "image/png", big, "third.png");
        problem(refused, 429).body("type", endsWith("/unattached-quota"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, "Retry-After " + retryAfter);
        // Another user is not affected, and attaching a file frees its bytes at once.
        upload(colleague(), "image/png", SampleFiles.png(), "a.png").then().statusCode(201);
        link(user, UUID.randomUUID(), null, List.of(first)).statusCode(204);
        upload(user, "image/png", big, "third.png").then().statusCode(201);
    }

    /**
     * Without Content-Length the HTTP layer cannot refuse up front: the body is counted as it arrives. Twice the limit,
     * so the bytes in flight pass the HTTP layer's own stream limit before the upload has read one past its own.
     */
    @Test
    void aChunkedUploadOverTheLimitIs413ProblemToo() throws Exception {
        byte[] tooBig = SampleFiles.pngOfSize(2 * MAX_BYTES);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + URL + "?fileName=big.png"))
                .header("Authorization", "Bearer " + Demo.enterprise()).header("Content-Type", "image/png")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooBig)))
                .build();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("/payload-too-large"));
    }

    @Test
    void metadataAndContentRoundTripByteForByte() {
        byte[] jpeg = SampleFiles.jpeg();
        Response created = upload(Demo.enterprise(), "image/jpeg", jpeg, "整改前 \"现场\".jpg");
        String id = created.jsonPath().getString("id");
        Map<String, Object> meta = as(Demo.enterprise()).get(URL + "/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(created.jsonPath().getMap(""), meta);

        Response content = given().auth().oauth2(Demo.enterprise()).accept("*/*").get(URL + "/{id}/content", id);
        content.then().statusCode(200)
                .contentType("image/jpeg")
                .header("ETag", equalTo("\"" + SampleFiles.sha256(jpeg) + "\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("attachment; filename=\"___ ____.jpg\"; "
                        + "filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%89%8D%20%22%E7%8E%B0%E5%9C%BA%22.jpg"));
        assertArrayEquals(jpeg, content.asByteArray());
    }

    @Test
    void contentIsRevalidatedByItsEtag() {
        byte[] png = SampleFiles.png();
        String id = uploaded(Demo.enterprise(), "image/png", png);
        given().auth().oauth2(Demo.enterprise()).header("If-None-Match", "\"" + SampleFiles.sha256(png) + "\"")
                .get(URL + "/{id}/content", id).then().statusCode(304);
        given().auth().oauth2(Demo.enterprise()).header("If-None-Match", "\"other\"")
                .get(URL + "/{id}/content", id).then().statusCode(200);
    }

    @Test
    void contentThatIsNotItsDeclaredTypeIs415() {
        problem(upload(Demo.enterprise(), "image/jpeg", SampleFiles.png(), "a.jpg"), 415)
                .body("type", endsWith("/content-type-mismatch")).body("detail", containsString("image/png"));
        problem(upload(Demo.enterprise(), "image/png", SampleFiles.html(), "a.png"), 415)
                .body("type", endsWith("/content-type-mismatch"));
        problem(upload(Demo.enterprise(), "application/pdf", SampleFiles.webp(), "a.pdf"), 415);
    }

    @Test
    void unsupportedTypesAre415() {
        for (String type : List.of("text/html", "image/svg+xml", "application/octet-stream", "image/gif")) {
            problem(upload(Demo.enterprise(), type, SampleFiles.html(), "a"), 415)
                    .body("type", endsWith("/unsupported-media-type")).body("detail", containsString("image/jpeg"));
        }
    }

    @Test
    void anEmptyBodyIs400() {
        problem(upload(Demo.enterprise(), "image/png", new byte[0], "a.png"), 400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aMissingOrUnsafeFileNameIs400() {
        problem(as(Demo.enterprise()).contentType("image/png").body(SampleFiles.png()).post(URL), 400)
                .body("errors[0].field", equalTo("fileName"));
        for (String name : List.of("../../etc/passwd", "a\\b.png", "a\nb.png", "x".repeat(201), "  ")) {
            problem(upload(Demo.enterprise(), "image/png", SampleFiles.png(), name), 400)
                    .body("errors[0].field", equalTo("fileName"));
        }
    }

    @Test
    void aFileOverTheLimitIs413Problem() {
        problem(upload(Demo.enterprise(), "image/png", SampleFiles.pngOfSize(MAX_BYTES + 1), "big.png"), 413)
                .body("type", endsWith("/payload-too-large"));
    }

    @Test
    void aFileLargerThanTheJsonLimitButWithinTheAttachmentLimitIsAccepted() {
        byte[] photo = SampleFiles.pngOfSize(3 * 1024 * 1024);
        upload(Demo.enterprise(), "image/png", photo, "big.png").then().statusCode(201).body("size", equalTo(photo.length));
    }

    // --- idempotency and audit -----------------------------------------------------------------

    @Test
    void aRetriedUploadWithTheSameKeyCreatesOnceAndIsAuditedOnce() {
        String key = UUID.randomUUID().toString();
        byte[] png = SampleFiles.png();
        Response first = as(Demo.enterprise()).header("Idempotency-Key", key).contentType("image/png")
                .queryParam("fileName", "retry.png").body(png).post(URL);
        Response again = as(Demo.enterprise()).header("Idempotency-Key", key).contentType("image/png")
                .queryParam("fileName", "retry.png").body(png).post(URL);
        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotency-Replayed", "true").header("Location", first.header("Location"));
        String id = first.jsonPath().getString("id");
        assertEquals(id, again.jsonPath().getString("id"));

        // While unattached the file is its uploader's alone, and so is its audit trail.
        as(Demo.nanmingSafety()).queryParam("entityType", "attachment").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(0));
        link(Demo.enterprise(), UUID.randomUUID(), null, List.of(id)).statusCode(204);
        as(Demo.nanmingSafety()).queryParam("entityType", "attachment").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", equalTo(List.of("link", "upload")))
                .body("items[1].actorSubject", equalTo("sub-enterprise"))
                .body("items[1].after.sha256", equalTo(SampleFiles.sha256(png)));

        problem(as(Demo.enterprise()).header("Idempotency-Key", key).contentType("image/jpeg")
                .queryParam("fileName", "retry.jpg").body(SampleFiles.jpeg()).post(URL), 422);
    }

    // --- visibility ----------------------------------------------------------------------------

    @Test
    void anUnlinkedAttachmentIsVisibleToItsUploaderOnly() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        as(Demo.enterprise()).get(URL + "/{id}", id).then().statusCode(200);
        for (String other : List.of(colleague(), Demo.nanmingSafety(), Demo.admin())) {
            Response outOfScope = as(other).get(URL + "/{id}", id);
            Response missing = as(other).get(URL + "/{id}", UUID.randomUUID());
            problem(outOfScope, 404).body("detail", equalTo(missing.jsonPath().getString("detail")));
            problem(given().auth().oauth2(other).accept("*/*").get(URL + "/{id}/content", id), 404);
        }
    }

    @Test
    void aLinkedAttachmentIsVisibleToWhoeverSeesItsRecord() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        UUID note = UUID.randomUUID();
        link(Demo.enterprise(), note, "BEFORE", List.of(id)).statusCode(204);

        as(Demo.nanmingSafety()).get(URL + "/{id}", id).then().statusCode(200)
                .body("ownerType", equalTo(TestNoteOwner.TYPE)).body("ownerId", equalTo(note.toString()))
                .body("purpose", equalTo("BEFORE"));
        given().auth().oauth2(colleague()).accept("*/*").get(URL + "/{id}/content", id).then().statusCode(200);
        problem(as(Demo.baiyunSafety()).get(URL + "/{id}", id), 404);
        problem(given().auth().oauth2(Demo.baiyunSafety()).accept("*/*").get(URL + "/{id}/content", id), 404);
        as(Demo.enterprise()).get("/test/notes/{id}/attachments", note).then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("[0].purpose", equalTo("BEFORE"));
    }

    // --- linking rules (AttachmentService.link, through a test-only owner) -------------------------

    @Test
    void linkingRejectsUnknownIdsAndOtherUsersUploadsWithFieldErrorsAndLinksNothing() {
        String own = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        String colleagues = uploaded(colleague(), "image/png", SampleFiles.png());
        link(Demo.enterprise(), UUID.randomUUID(), "AFTER", List.of(own, colleagues, UUID.randomUUID().toString()))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("attachmentIds[1]", "attachmentIds[2]")))
                .body("errors[0].message", equalTo("no such attachment")).body("errors[0].code", equalTo("not-found"))
                .body("errors[1].message", equalTo("no such attachment"));
        as(Demo.enterprise()).get(URL + "/{id}", own).then().statusCode(200).body("ownerId", nullValue());
    }

    @Test
    void anAttachedFileCannotMoveToAnotherRecord() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        UUID first = UUID.randomUUID();
        link(Demo.enterprise(), first, null, List.of(id)).statusCode(204);
        link(Demo.enterprise(), UUID.randomUUID(), null, List.of(id)).statusCode(422)
                .body("errors[0].field", equalTo("attachmentIds[0]"))
                .body("errors[0].message", equalTo("is already attached to another record"));
        as(Demo.enterprise()).get(URL + "/{id}", id).then().body("ownerId", equalTo(first.toString()));
    }

    @Test
    void aFileOnARecordOutOfScopeIsLinkedLikeAMissingOneNotAsAlreadyAttached() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        link(Demo.enterprise(), UUID.randomUUID(), null, List.of(id)).statusCode(204);
        String missing = UUID.randomUUID().toString();
        link(Demo.baiyunSafety(), UUID.randomUUID(), null, List.of(id, missing)).statusCode(422)
                .body("errors.field", equalTo(List.of("attachmentIds[0]", "attachmentIds[1]")))
                .body("errors.message", equalTo(List.of("no such attachment", "no such attachment")));
    }

    // --- storage faults --------------------------------------------------------------------------

    @Inject
    BlobStore blobs;

    /** What another instance's upload looks like to an instance with its own disk: the row, no bytes. */
    @Test
    void aFileWhoseBytesAreNotInTheStoreIs503ProblemWithRetryAfter() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        blobs.delete(id);
        Response r = given().auth().oauth2(Demo.enterprise()).accept("*/*").get(URL + "/{id}/content", id);
        problem(r, 503).body("type", endsWith("/file-content-unavailable")).header("Retry-After", equalTo("30"));
        as(Demo.enterprise()).get(URL + "/{id}", id).then().statusCode(200);
    }

    @Test
    void attachingAgainToTheSameRecordChangesNothing() {
        String id = uploaded(Demo.enterprise(), "image/png", SampleFiles.png());
        UUID note = UUID.randomUUID();
        link(Demo.enterprise(), note, "BEFORE", List.of(id)).statusCode(204);
        // A retried request, or a colleague resubmitting the record with its existing files.
        link(colleague(), note, "AFTER", List.of(id, id)).statusCode(204);
        as(Demo.enterprise()).get("/test/notes/{id}/attachments", note).then()
                .body("id", equalTo(List.of(id))).body("[0].purpose", equalTo("BEFORE"));
        as(Demo.nanmingSafety()).queryParam("entityType", "attachment").queryParam("entityId", id).get("/api/v1/audit")
                .then().body("items.action", equalTo(List.of("link", "upload")));
    }
}
