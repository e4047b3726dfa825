package cn.redline.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured shortcuts. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }

    public static String idOf(String token, String code) {
        return as(token).get("/api/v1/orgs/by-code/{code}", code).then().statusCode(200).extract().path("id");
    }
}
