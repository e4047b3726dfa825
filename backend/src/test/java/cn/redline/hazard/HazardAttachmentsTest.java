package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.general;
import static cn.redline.hazard.Hazards.ok;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.redline.attachment.SampleFiles;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Photos before and after: linked to the ticket, visible with it, required where the rules say. */
@QuarkusTest
class HazardAttachmentsTest {

    static String upload(String token, byte[] bytes, String type, String name) {
        return given().auth().oauth2(token).contentType(type).queryParam("fileName", name).body(bytes)
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReportCarriesItsBeforePhotoWhichThenFollowsTheTicketsScope() {
        String photo = upload(Demo.inspector(), SampleFiles.jpeg(), "image/jpeg", "现场.jpg");
        // before linking only the uploader sees it
        as(Demo.enterprise()).get("/api/v1/attachments/{id}", photo).then().statusCode(404);
        Map<String, Object> body = general(qiancheng());
        body.put("attachmentIds", List.of(photo));
        String id = Hazards.reported(Demo.inspector(), body);
        as(Demo.enterprise()).get("/api/v1/hazards/{id}", id).then().body("attachments", hasSize(1))
                .body("attachments[0].purpose", equalTo("BEFORE")).body("attachments[0].fileName", equalTo("现场.jpg"));
        given().auth().oauth2(Demo.enterprise()).get("/api/v1/attachments/{id}/content", photo).then().statusCode(200)
                .contentType("image/jpeg");
        as(Demo.baiyunSafety()).get("/api/v1/attachments/{id}", photo).then().statusCode(404);
    }

    @Test
    void someoneElsesUploadCannotBeAttached() {
        String theirs = upload(Demo.enterprise(), SampleFiles.png(), "image/png", "别人的.png");
        Map<String, Object> body = general(qiancheng());
        body.put("title", "借用他人照片");
        body.put("attachmentIds", List.of(theirs));
        Hazards.report(Demo.inspector(), body).then().statusCode(422).body("errors[0].field", equalTo("attachmentIds[0]"));
        as(Demo.admin()).queryParam("q", "借用他人照片").get("/api/v1/hazards").then().body("items", hasSize(0));
    }

    @Test
    void fixOnSpotClosesAGeneralHazardWithAnAfterPhotoOnly() {
        String id = Hazards.reported(Demo.inspector(), general(qiancheng()));
        String pdf = upload(Demo.inspector(), SampleFiles.pdf(), "application/pdf", "说明.pdf");
        act(Demo.inspector(), id, Map.of("action", "FIX_ON_SPOT", "attachmentIds", List.of(pdf))).then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds"));
        // the rejected step linked nothing: the PDF is still the uploader's own
        as(Demo.enterprise()).get("/api/v1/attachments/{id}", pdf).then().statusCode(404);
        String after = upload(Demo.inspector(), SampleFiles.jpeg(), "image/jpeg", "整改后.jpg");
        ok(act(Demo.inspector(), id, Map.of("action", "FIX_ON_SPOT", "comment", "当场加装接地线", "attachmentIds", List.of(after))),
                "CLOSED");
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then()
                .body("attachments.find { it.id == '" + after + "' }.purpose", equalTo("AFTER"));
    }
}
