package cn.redline.support;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;

import io.restassured.http.ContentType;
import java.util.Map;

/** Fresh territories and enterprises of Nanming, made through the API, so counts over a subtree start at zero. */
public final class Territories {

    private Territories() {
    }

    /** A new township of Nanming: its id and code. */
    public record Township(String id, String code) {
    }

    public static Township township() {
        String code = Codes.nanmingTownship();
        String id = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        return new Township(id, code);
    }

    /** A construction enterprise located in the territory. */
    public static String enterprise(String territoryId) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", Codes.creditCode(), "name",
                "黔城建设" + Codes.creditCode().substring(10), "kind", "ENTERPRISE", "parentId", territoryId,
                "industry", "CONSTRUCTION")).post("/api/v1/orgs").then().statusCode(201).extract().path("id");
    }
}
