package cn.redline.drill;

import static io.restassured.RestAssured.given;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** The drill reports fetched as PDF and read back as text, as an official reads them. */
final class DrillReports {

    private DrillReports() {
    }

    /** GET {@code path} (with the drill's id) as PDF in {@code language}, expecting {@code status}; the bytes. */
    static byte[] pdf(String token, String path, String drillId, String language, int status) {
        return given().auth().oauth2(token).accept("application/pdf, application/problem+json").header("Accept-Language", language)
                .get(path, drillId).then().statusCode(status).extract().asByteArray();
    }

    /** The text of every page. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }
}
