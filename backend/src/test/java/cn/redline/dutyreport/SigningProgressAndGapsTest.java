package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing progress and the 三管三必须 gaps of a fresh township: its own 属地 list signed, its construction firm's principal
 * list published but unsigned, one post list in draft, one post without any list; a second township and a zone
 * without a signed list.
 */
@QuarkusTest
class SigningProgressAndGapsTest {

    private static final String REPORTS = "/api/v1/duty-reports";

    @Inject
    Clock clock;

    @Test
    void progressCountsEachListOnceByLevelAndHolderKindAndNamesTheUnsignedOnes() {
        int year = Times.today(clock).getYear();
        DutyLists.Holder town = DutyLists.township();
        String townList = DutyLists.signed(town, year);
        String firm = DutyLists.enterprise(town.orgId(), "进度建设" + town.code());
        String principal = DutyLists.post(firm, "主要负责人", "ENTERPRISE_PRINCIPAL");
        DutyLists.appoint(principal, "周总", "zhou-" + town.code(), "2024-01-01");
        String officer = DutyLists.post(firm, "安全员", "ENTERPRISE_POST");
        String mainList = DutyLists.published(principal, year);
        String postList = DutyLists.draft(officer, year);
        // a revision of the signed list in draft keeps it signed, and counts it once
        DutyLists.act(Demo.nanmingSafety(), townList, "REVISE", Map.of("comment", "调整检查频次"));

        JsonPath p = as(Demo.nanmingSafety()).queryParam("orgId", town.orgId()).queryParam("year", year)
                .get(REPORTS + "/signing-progress").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TOWNSHIP", "TOWNSHIP", "TOWNSHIP"), p.getList("rows.level"));
        assertEquals(List.of("TERRITORY_TOWNSHIP", "ENTERPRISE_MAIN", "ENTERPRISE_POST"), p.getList("rows.holderKind"));
        assertEquals(List.of(1, 1, 1), p.getList("rows.counts.issued"));
        assertEquals(List.of(1, 1, 0), p.getList("rows.counts.published"));
        assertEquals(List.of(1, 0, 0), p.getList("rows.counts.signed"));
        assertEquals(List.of(0, 1, 1), p.getList("rows.counts.unsigned"));
        String status = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", townList).then().extract().path("status");
        assertEquals(List.of(status.equals("ACTIVE") ? 1 : 0, 0, 0), p.getList("rows.counts.active"));
        assertEquals(Map.of("issued", 3, "published", 2, "signed", 1, "active", status.equals("ACTIVE") ? 1 : 0, "unsigned", 2),
                p.getMap("total"));

        JsonPath unsigned = as(Demo.nanmingSafety()).queryParam("orgId", town.orgId()).queryParam("year", year)
                .get(REPORTS + "/signing-progress/unsigned").then().statusCode(200).extract().jsonPath();
        assertEquals(2, unsigned.getList("items").size());
        assertEquals(List.of(mainList, postList).stream().sorted(
                (a, b) -> code(a).compareTo(code(b))).toList(), unsigned.getList("items.listId"));
        as(Demo.nanmingSafety()).queryParam("orgId", town.orgId()).queryParam("year", year).queryParam("holderKind", "ENTERPRISE_POST")
                .get(REPORTS + "/signing-progress/unsigned").then().statusCode(200)
                .body("items.listId", equalTo(List.of(postList))).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].holderPostTitle", equalTo("安全员")).body("items[0].level", equalTo("TOWNSHIP"));
        String next = as(Demo.nanmingSafety()).queryParam("orgId", town.orgId()).queryParam("year", year).queryParam("limit", 1)
                .get(REPORTS + "/signing-progress/unsigned").then().statusCode(200).body("items.size()", equalTo(1))
                .extract().path("nextCursor");
        as(Demo.nanmingSafety()).queryParam("orgId", town.orgId()).queryParam("year", year).queryParam("limit", 1)
                .queryParam("cursor", next).get(REPORTS + "/signing-progress/unsigned").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));

        as(Demo.baiyunSafety()).queryParam("orgId", town.orgId()).get(REPORTS + "/signing-progress").then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("orgId", town.orgId()).get(REPORTS + "/signing-progress/unsigned").then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("level", "COUNTY").get(REPORTS + "/signing-progress/unsigned").then().statusCode(400);
        as(Demo.enterprise()).get(REPORTS + "/signing-progress").then().statusCode(403);
    }

    private static String code(String listId) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", listId).then().extract().path("code");
    }

    @Test
    void gapsNameTerritoriesWithoutASignedListAndEnterprisePostsWithoutOne() {
        int year = Times.today(clock).getYear();
        DutyLists.Holder signedTown = DutyLists.township();
        DutyLists.signed(signedTown, year);
        DutyLists.Holder bareTown = DutyLists.township();
        DutyLists.Holder zone = DutyLists.territory("DEVELOPMENT_ZONE");
        DutyLists.published(zone.postId(), year);
        // last year's signed list does not cover this year
        DutyLists.signed(bareTown, year - 1);
        String firm = DutyLists.enterprise(signedTown.orgId(), "缺口建设" + signedTown.code());
        String principal = DutyLists.post(firm, "主要负责人", "ENTERPRISE_PRINCIPAL");
        DutyLists.appoint(principal, "吴总", "wu-" + signedTown.code(), "2024-01-01");
        String officer = DutyLists.post(firm, "安全员", "ENTERPRISE_POST");
        String electrician = DutyLists.post(firm, "电工", "ENTERPRISE_POST");
        DutyLists.draft(officer, year);

        JsonPath g = as(Demo.nanmingSafety()).queryParam("year", year).get(REPORTS + "/gaps").then().statusCode(200)
                .extract().jsonPath();
        List<String> territories = g.getList("territoriesWithoutSignedList.org.id");
        assertEquals(List.of(true, true, false), List.of(territories.contains(bareTown.orgId()), territories.contains(zone.orgId()),
                territories.contains(signedTown.orgId())));
        String byZone = "territoriesWithoutSignedList.find { it.org.id == '" + zone.orgId() + "' }";
        assertEquals(Map.of("zoneKind", "DEVELOPMENT_ZONE", "listStatus", "PUBLISHED"),
                Map.of("zoneKind", g.getString(byZone + ".zoneKind"), "listStatus", g.getString(byZone + ".listStatus")));
        assertNull(g.get("territoriesWithoutSignedList.find { it.org.id == '" + bareTown.orgId() + "' }.listStatus"));
        assertFalse(g.getBoolean("territoriesTruncated"));

        JsonPath firmGaps = as(Demo.nanmingSafety()).queryParam("orgId", firm).queryParam("year", year).get(REPORTS + "/gaps")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("主要负责人", "安全员", "电工"), firmGaps.getList("postsWithoutList.title"));
        assertEquals(List.of(principal, officer, electrician), firmGaps.getList("postsWithoutList.postId"));
        assertEquals(java.util.Arrays.asList(null, "DRAFT", null), firmGaps.getList("postsWithoutList.listStatus"));
        assertEquals(List.of(firm, firm, firm), firmGaps.getList("postsWithoutList.enterprise.id"));
        assertEquals(List.of(), firmGaps.getList("territoriesWithoutSignedList"));

        as(Demo.baiyunSafety()).queryParam("orgId", firm).get(REPORTS + "/gaps").then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("year", 1999).get(REPORTS + "/gaps").then().statusCode(400);
    }
}
