package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.ok;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.hazard.Hazards.reported;
import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import cn.redline.attachment.BlobStore;
import cn.redline.attachment.SampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardDossierTest {

    @Inject
    BlobStore blobs;

    @Test
    void theDossierIsAPdfWithTheTicketAndItsHistoryInChinese() throws Exception {
        String id = reported(Demo.inspector(), major(qiancheng()));
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        ok(act(Demo.nanmingSafety(), id, Map.of("action", "LIST_FOR_SUPERVISION",
                "supervision", Map.of("level", "CITY", "documentNumber", "筑安督〔2026〕1号"))), "CONFIRMED");
        String code = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).jsonPath().getString("code");
        String all = text(dossier(id, "zh-CN"));
        assertTrue(all.contains(code), "the ticket code is printed");
        assertTrue(all.contains("一患一档"), "the title is Chinese text, not boxes");
        assertTrue(all.contains("筑安督〔2026〕1号"), "the supervision listing is in it");
        assertTrue(all.contains("现场核实属实"), "the history with its comments is in it");
        assertTrue(all.contains("确认"), "actions are named in Chinese");
        given().auth().oauth2(Demo.baiyunSafety()).accept("application/pdf").get("/api/v1/hazards/{id}/dossier.pdf", id)
                .then().statusCode(404);
    }

    /** A file row whose bytes this instance does not hold (another instance's disk), and a WebP that PDF cannot embed. */
    @Test
    void aPhotoTheDossierCannotIncludeIsNamedInsteadOfDropped() throws Exception {
        String lost = HazardAttachmentsTest.upload(Demo.inspector(), SampleFiles.png(), "image/png", "丢失的照片.png");
        String webp = HazardAttachmentsTest.upload(Demo.inspector(), SampleFiles.webp(), "image/webp", "手机照片.webp");
        Map<String, Object> body = new java.util.HashMap<>(Hazards.general(qiancheng()));
        body.put("attachmentIds", List.of(lost, webp));
        String id = reported(Demo.inspector(), body);
        blobs.delete(lost);

        String all = text(dossier(id, "zh-CN")).replaceAll("\\s+", "");
        assertTrue(all.contains("未能收入照片“丢失的照片.png”"), all);
        assertTrue(all.contains("未能收入照片“手机照片.webp”"), all);
    }

    @Test
    void theDossierSpeaksLabelsNeverCodesMapsOrIds() throws Exception {
        String photo = HazardAttachmentsTest.upload(Demo.inspector(), cn.redline.attachment.SampleFiles.jpeg(), "image/jpeg", "现场.jpg");
        Map<String, Object> body = new java.util.HashMap<>(Hazards.general(qiancheng()));
        body.put("attachmentIds", java.util.List.of(photo));
        String id = reported(Demo.inspector(), body);
        ok(act(Demo.nanmingSafety(), id, confirm()), "CONFIRMED");
        byte[] zhPdf = dossier(id, "zh-CN");
        // kept for a look at the layout: pdftoppm -png target/dossier-zh-CN.pdf target/dossier
        java.nio.file.Files.write(java.nio.file.Path.of("target", "dossier-zh-CN.pdf"), zhPdf);
        String zh = text(zhPdf);
        for (String label : java.util.List.of("用电", "建筑施工", "监督检查", "一般", "已确认", "上报", "来源：监督检查",
                "附件：1 个", "整改期限：", "贵州黔城建设工程有限公司", "整改前：现场.jpg")) {
            assertTrue(zh.contains(label), "the dossier says " + label + ":\n" + zh);
        }
        for (String raw : java.util.List.of("ELECTRICAL", "CONSTRUCTION", "INSPECTION", "GENERAL", "REPORT", "level=", "{",
                photo, Demo.QIANCHENG_CONSTRUCTION, Demo.NANMING)) {
            assertTrue(!zh.contains(raw), "no " + raw + " in the dossier:\n" + zh);
        }
        String en = text(dossier(id, "en"));
        for (String label : java.util.List.of("Hazard dossier", "Electrical", "Construction", "Inspection", "Source: Inspection")) {
            assertTrue(en.contains(label), "the English dossier says " + label + ":\n" + en);
        }
    }

    private static byte[] dossier(String id, String language) {
        return given().auth().oauth2(Demo.nanmingSafety()).accept("application/pdf").header("Accept-Language", language)
                .get("/api/v1/hazards/{id}/dossier.pdf", id).then().statusCode(200).header("Content-Language", language)
                .extract().asByteArray();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }
}
