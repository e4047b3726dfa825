package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo lists: every screen has something, and 林晓 can sign the list issued to her post on her phone. */
@QuarkusTest
class DemoListsTest {

    @Inject
    Clock clock;

    @Inject
    DemoLists demo;

    private static String linxiao() {
        return Tokens.token("linxiao", Demo.HUAGUOYUAN, "leader");
    }

    private Map<String, String> statusByTitle() {
        List<Map<String, Object>> items = as(Demo.nanmingSafety()).queryParam("year", Times.today(clock).getYear())
                .queryParam("limit", 200).get("/api/v1/responsibility-lists").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.issuingOrg.code == '" + Demo.NANMING + "' && it.code.startsWith('QD') }");
        Map<String, String> out = new java.util.HashMap<>();
        items.forEach(i -> out.putIfAbsent(i.get("holderPostTitle") + "@" + ((Map<?, ?>) i.get("holderOrg")).get("code"),
                (String) i.get("status")));
        return out;
    }

    @Test
    void theDemoSafetyOfficeHasListsInSeveralStatesAndASecondLoadAddsNone() {
        Map<String, String> status = statusByTitle();
        assertEquals("ACTIVE", status.get("区长@" + Demo.NANMING));
        assertEquals("ACTIVE", status.get("街道党工委书记@" + Demo.HUAGUOYUAN));
        assertEquals("DRAFT", status.get("管委会主任@520102050"));
        assertEquals("IN_REVIEW", status.get("董事长（法定代表人）@" + Demo.QIANCHENG_CONSTRUCTION));
        assertEquals(0, demo.seed());
    }

    @Test
    void theTownshipListStaysWithinTheDistrictCeilings() {
        String id = as(Demo.nanmingSafety()).queryParam("holderPostId", postOf("街道党工委书记")).get("/api/v1/responsibility-lists")
                .then().statusCode(200).extract().path("items[0].id");
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("indicators", hasSize(2)).body("indicators.find { it.metric == 'ACC_DEATHS' }.ceiling", equalTo(1.0f))
                .body("indicators.find { it.metric == 'ACC_DEATHS' }.parentCeiling", equalTo(3.0f))
                .body("signatures.role", contains("HOLDER", "ISSUER")).body("docNumber", equalTo(
                        "南安委〔" + Times.today(clock).getYear() + "〕2号"));
    }

    private static String postOf(String title) {
        return as(Demo.nanmingSafety()).queryParam("orgId", cn.redline.support.Api.idOf(Demo.admin(), Demo.HUAGUOYUAN))
                .queryParam("limit", 200).get("/api/v1/posts").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.title == '" + title + "' }.id");
    }

    @Test
    void linxiaoSignsTheListOfHerPostAndItBecomesBinding() {
        String id = as(linxiao()).queryParam("holderPostId", postOf("街道办事处主任")).get("/api/v1/responsibility-lists")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        String status = as(linxiao()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("currentHolder", equalTo("林晓")).extract().path("status");
        if ("PUBLISHED".equals(status)) {
            as(linxiao()).get("/api/v1/responsibility-lists/{id}", id).then().body("allowedActions", contains("SIGN"))
                    .body("signatures.role", contains("ISSUER"));
            Lists.act(linxiao(), id, "SIGN").then().statusCode(200).body("status", equalTo("SIGNED"))
                    .body("signatures.find { it.role == 'HOLDER' }.personName", equalTo("林晓"));
        }
        as(linxiao()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("signatures.role", hasItem("HOLDER"));
    }
}
