package cn.redline.drill;

import static io.restassured.RestAssured.given;

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
        return cn.redline.support.Pdfs.text(pdf);
    }
}
