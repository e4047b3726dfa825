package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Out of scope is not found: every duty-report route answers another district's org, post or person exactly as a missing one. */
@QuarkusTest
class DutyReportScopeTest {

    private static final String REPORTS = "/api/v1/duty-reports";

    @Inject
    Clock clock;

    private record Route(String path, Function<String, Map<String, Object>> params) {
    }

    @Test
    void everyRouteAnswersAnotherDistrictsOrgPostOrPersonAsOneThatDoesNotExist() {
        LocalDate today = Times.today(clock);
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.signed(h, today.getYear());
        DutyLists.accepted(h, DutyLists.itemId(list, DutyLists.INSPECTION), today);
        String dutyKey = as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).get(REPORTS + "/matrix").then().statusCode(200)
                .extract().path("rows[0].dutyKey");
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        List<Route> routes = List.of(
                new Route("/matrix", id -> Map.of("orgId", id)),
                new Route("/matrix/obligations", id -> Map.of("orgId", id, "dutyKey", dutyKey, "periodKey", period)),
                new Route("/gaps", id -> Map.of("orgId", id)),
                new Route("/signing-progress", id -> Map.of("orgId", id)),
                new Route("/signing-progress/unsigned", id -> Map.of("orgId", id)),
                new Route("/list-compilation.xlsx", id -> Map.of("orgId", id)),
                new Route("/list-compilation.xlsx", id -> Map.of("orgId", id, "variant", "PUBLIC")),
                new Route("/dossier.pdf", id -> Map.of("postId", id.equals(h.orgId()) ? h.postId() : id)),
                new Route("/dossier.pdf", id -> Map.of("personRef", id.equals(h.orgId()) ? h.person() : id)));
        String missing = UUID.randomUUID().toString();
        for (Route r : routes) {
            // the own district's office reads it
            as(Demo.nanmingSafety()).accept("*/*").queryParams(r.params().apply(h.orgId())).get(REPORTS + r.path()).then().statusCode(200);
            JsonPath outside = as(Demo.baiyunSafety()).accept("*/*").queryParams(r.params().apply(h.orgId())).get(REPORTS + r.path()).then()
                    .statusCode(404).extract().jsonPath();
            JsonPath absent = as(Demo.baiyunSafety()).accept("*/*").queryParams(r.params().apply(missing)).get(REPORTS + r.path()).then()
                    .statusCode(404).extract().jsonPath();
            assertEquals(problem(absent), problem(outside), r.path() + " " + r.params().apply("…"));
        }
        // "my duties" are the caller's own: another district's office sees none of the township's
        assertEquals(List.of(), as(Demo.baiyunSafety()).get(REPORTS + "/my-duties").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.listId == '" + list + "' }"));
    }

    private static Map<String, Object> problem(JsonPath p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String field : List.of("type", "title", "status", "detail", "code")) {
            m.put(field, p.get(field));
        }
        return m;
    }
}
