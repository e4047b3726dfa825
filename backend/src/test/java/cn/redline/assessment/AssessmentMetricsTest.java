package cn.redline.assessment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Demo;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The computed metrics of §4.4 against hand-built records with exact numbers: a township over its subtree, a
 * department over its industries in its region, an enterprise over itself; records just outside the target's scope
 * (a neighbouring township, another industry) and just outside the period (the day before, the day after) never count.
 */
@QuarkusTest
class AssessmentMetricsTest {

    private static final LocalDate H1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate H2 = LocalDate.of(2025, 7, 1);
    private static final LocalDate NEXT_YEAR = LocalDate.of(2026, 1, 1);

    @Inject
    EntityManager em;

    private MetricData data;
    private UUID township;
    private String townshipCode;
    private UUID department;
    private UUID e1;
    private UUID neighbour;
    private String neighbourCode;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @BeforeEach
    void build() {
        data = new MetricData(em);
        Territories.Township t = Territories.township();
        township = UUID.fromString(t.id());
        townshipCode = t.code();
        Territories.Township t2 = Territories.township();
        neighbourCode = t2.code();
        UUID other = UUID.fromString(t2.id());
        department = data.org(township, "DEPARTMENT", null, null, "CONSTRUCTION");
        e1 = data.enterprise(township, "CONSTRUCTION");
        UUID e2 = data.org(township, "ENTERPRISE", "CONSTRUCTION", "CONSTRUCTION");
        UUID e3 = data.enterprise(township, "GAS");
        UUID e4 = data.org(township, "ENTERPRISE", "CONSTRUCTION", "CONSTRUCTION");
        UUID e5 = data.org(township, "ENTERPRISE", "GAS", "MALL");
        // the neighbour: a construction key unit in another township, with a record of every kind
        neighbour = data.org(other, "ENTERPRISE", "CONSTRUCTION", "CONSTRUCTION");

        // hazards: due in H1 are h1, h2 (territory's own), h3, h7, h9 and the gas one; closed by the cutoff h1, h3, gas
        data.hazard(township, e1, "GENERAL", "CLOSED", d("2025-03-10"), MetricData.at("2025-03-09T10:00"));
        data.hazard(township, null, "GENERAL", "RECTIFYING", d("2025-06-30"), null);
        data.hazard(township, e1, "GENERAL", "CLOSED", d("2025-01-01"), MetricData.at("2025-01-05T10:00"));
        data.hazard(township, e1, "GENERAL", "CLOSED", d("2024-12-31"), MetricData.at("2024-12-30T10:00"));
        data.hazard(township, e1, "GENERAL", "RECTIFYING", d("2025-07-01"), null);
        data.hazard(township, e1, "GENERAL", "REJECTED", d("2025-03-01"), null);
        data.hazard(township, e1, "MAJOR", "RECTIFYING", d("2025-05-01"), null);
        // overdue at the cutoff although closed since, and due before the period
        data.hazard(township, e1, "MAJOR", "CLOSED", d("2024-11-01"), MetricData.at("2025-08-01T10:00"));
        // due on the period's last day, closed one minute after its end: not closed by the cutoff, overdue at it
        data.hazard(township, e1, "MAJOR", "CLOSED", d("2025-06-30"), MetricData.at("2025-07-01T00:01"));
        data.hazard(township, e3, "GENERAL", "CLOSED", d("2025-04-01"), MetricData.at("2025-04-01T23:59"));
        data.hazard(other, neighbour, "MAJOR", "RECTIFYING", d("2025-03-01"), null);

        // accidents: 1 Jan and 30 Jun count, 31 Dec and 1 Jul do not
        data.accident(township, e1, d("2025-01-01"), "GENERAL", 1, "{LATE}");
        data.accident(township, e3, d("2025-06-30"), "LARGER", 3, "{}");
        data.accident(township, e1, d("2025-07-01"), "MAJOR", 10, "{}");
        data.accident(township, e1, d("2024-12-31"), "GENERAL", 1, "{}");
        data.accident(township, null, d("2025-03-03"), "GENERAL", 0, "{CONCEALED}");
        data.accident(other, neighbour, d("2025-02-02"), "MAJOR", 12, "{CONCEALED}");

        // drills of key units: e2 in H1, e4 only on 1 Jul (H2) and a cancelled one in H1, e5 in both halves
        data.drill(e2, "CONDUCTED", d("2025-06-30"));
        data.drill(e4, "CONDUCTED", d("2025-07-01"));
        data.drill(e4, "CANCELLED", d("2025-03-01"));
        data.drill(e5, "CONDUCTED", d("2025-02-01"));
        data.drill(e5, "CONDUCTED", d("2025-12-31"));
        data.drillObligation(township, "2025-H1", "MISSED");
        data.drillObligation(e1, "2025-H1", "MET");
        data.drillObligation(e1, "2025-H2", "MISSED");

        // lists of 2025 in the township: e1 signed, e2 signed after the cutoff, e3 signed, e4 a draft, the township's own
        data.list(e1, township, 2025, "PUBLISHED", MetricData.at("2025-02-01T09:00"), MetricData.at("2025-03-01T09:00"));
        data.list(e2, township, 2025, "SIGNED", MetricData.at("2025-02-01T09:00"), MetricData.at("2025-07-05T09:00"));
        data.list(e3, township, 2025, "SIGNED", MetricData.at("2025-01-10T09:00"), MetricData.at("2025-01-20T09:00"));
        data.list(e4, township, 2025, "DRAFT", null, null);
        data.list(township, township, 2025, "PUBLISHED", MetricData.at("2025-01-10T09:00"), null);
        data.list(e5, township, 2024, "PUBLISHED", MetricData.at("2024-02-01T09:00"), null);
        data.list(neighbour, other, 2025, "PUBLISHED", MetricData.at("2025-02-01T09:00"), null);

        data.dutyObligation(township, "2025-Q1", "MET");
        data.dutyObligation(township, "2025-Q2", "MISSED");
        data.dutyObligation(township, "2025-Q1", "WAIVED");
        data.dutyObligation(township, "2025-Q3", "MET");

        data.falsified(e1, township, d("2025-06-30"), "FALSIFIED");
        data.falsified(e3, township, d("2025-01-01"), "FALSIFIED");
        data.falsified(e1, township, d("2025-03-01"), "ACCEPTED");
        data.falsified(e1, township, d("2025-07-01"), "FALSIFIED");
        data.falsified(neighbour, other, d("2025-03-01"), "FALSIFIED");
    }

    static Map<String, BigDecimal> values(String token, UUID org, LocalDate from, LocalDate to) {
        String body = as(token).queryParam("orgId", org.toString()).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/v1/assessment-metrics/values").then().statusCode(200)
                .extract().asString();
        JsonPath jp = new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, BigDecimal> out = new HashMap<>();
        List<Map<String, Object>> items = jp.getList("items");
        items.forEach(i -> out.put((String) i.get("code"), new BigDecimal(String.valueOf(i.get("value")))));
        return out;
    }

    private static void expect(Map<String, BigDecimal> actual, Object... codeValue) {
        for (int i = 0; i < codeValue.length; i += 2) {
            String code = (String) codeValue[i];
            BigDecimal want = new BigDecimal(codeValue[i + 1].toString());
            assertEquals(0, want.compareTo(actual.get(code)), code + ": expected " + want + ", was " + actual.get(code));
        }
    }

    @Test
    void aTownshipCountsItsSubtreeInsideThePeriodAndNothingOfItsNeighbour() {
        Map<String, BigDecimal> v = values(Demo.nanmingSafety(), township, H1, H2);
        expect(v, "HZ_CLOSURE_RATE", "0.5", "HZ_ONTIME_RATE", "0.666667", "HZ_OVERDUE_MAJOR", 3,
                "DR_KEY_COVERAGE", "0.666667", "DR_OWN_MET", 0,
                "DL_SIGN_RATE", "0.666667", "DL_FULFILMENT_RATE", "0.5", "DL_FALSIFIED", 2,
                "ACC_COUNT", 3, "ACC_DEATHS", 4, "ACC_LARGER_COUNT", 1, "ACC_MAJOR_COUNT", 0, "ACC_MAX_LEVEL", 2,
                // 瞒报 only: the accident of 1 Jan reported late (迟报) was not concealed
                "ACC_CONCEALED", 1);
        // the whole year: the accident of 1 July counts, and a key unit must have drilled in both halves
        Map<String, BigDecimal> year = values(Demo.nanmingSafety(), township, H1, NEXT_YEAR);
        expect(year, "ACC_COUNT", 4, "ACC_DEATHS", 14, "ACC_MAJOR_COUNT", 1, "ACC_MAX_LEVEL", 3, "DR_KEY_COVERAGE", "0.333333",
                "DL_FULFILMENT_RATE", "0.666667", "DL_FALSIFIED", 3);
    }

    @Test
    void aDepartmentCountsTheEnterprisesOfItsIndustriesInItsRegionOnly() {
        Map<String, BigDecimal> v = values(Demo.nanmingSafety(), department, H1, H2);
        // the gas enterprise's hazard, accident, list and record and the territory's own hazard and accident are not its field
        expect(v, "HZ_CLOSURE_RATE", "0.5", "HZ_ONTIME_RATE", "0.5", "HZ_OVERDUE_MAJOR", 3, "DR_KEY_COVERAGE", "0.5",
                "DR_OWN_MET", 1, "DL_SIGN_RATE", "0.5", "DL_FULFILMENT_RATE", 1, "DL_FALSIFIED", 1,
                "ACC_COUNT", 1, "ACC_DEATHS", 1, "ACC_LARGER_COUNT", 0, "ACC_MAJOR_COUNT", 0, "ACC_MAX_LEVEL", 1, "ACC_CONCEALED", 0);
        expect(values(Demo.nanmingSafety(), department, H1, NEXT_YEAR), "DR_KEY_COVERAGE", 0);
    }

    @Test
    void anEnterpriseCountsItself() {
        Map<String, BigDecimal> v = values(Demo.nanmingSafety(), e1, H1, H2);
        expect(v, "HZ_CLOSURE_RATE", "0.5", "HZ_ONTIME_RATE", "0.5", "HZ_OVERDUE_MAJOR", 3, "DR_KEY_COVERAGE", 1, "DR_OWN_MET", 1,
                "DL_FALSIFIED", 1, "ACC_COUNT", 1, "ACC_DEATHS", 1, "ACC_MAX_LEVEL", 1, "ACC_CONCEALED", 0);
        as(Demo.nanmingSafety()).queryParam("orgId", e1.toString()).queryParam("from", "2025-01-01").queryParam("to", "2025-07-01")
                .get("/api/v1/assessment-metrics/values").then().body("scoping", equalTo("SELF"))
                .body("items.find { it.code == 'HZ_CLOSURE_RATE' }.inputs.due", equalTo(4))
                .body("items.find { it.code == 'HZ_CLOSURE_RATE' }.inputs.closed", equalTo(2));
    }

    @Test
    void theValuesAnswer404OutsideTheCallersScopeAndBadPeriodsAre400() {
        String neighbourSafety = Tokens.token("n-safety", neighbourCode, "safety_office");
        for (String token : List.of(Demo.baiyunSafety(), neighbourSafety, Demo.enterprise())) {
            as(token).queryParam("orgId", township.toString()).queryParam("from", "2025-01-01").queryParam("to", "2025-07-01")
                    .get("/api/v1/assessment-metrics/values").then().statusCode(404).contentType("application/problem+json");
        }
        // the township's own office reads its values, not its neighbour's
        String own = Tokens.token("t-safety", townshipCode, "safety_office");
        expect(values(own, township, H1, H2), "ACC_COUNT", 3);
        as(own).queryParam("orgId", neighbour.toString()).queryParam("from", "2025-01-01").queryParam("to", "2025-07-01")
                .get("/api/v1/assessment-metrics/values").then().statusCode(404);
        as(own).queryParam("orgId", township.toString()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-01")
                .get("/api/v1/assessment-metrics/values").then().statusCode(400).body("errors.field", hasItem("to"));
        as(own).queryParam("orgId", township.toString()).get("/api/v1/assessment-metrics/values").then().statusCode(400);
    }

    @Test
    void theCatalogueNamesEveryMetricInTheCallersLanguage() {
        as(Demo.nanmingSafety()).get("/api/v1/assessment-metrics").then().statusCode(200)
                .body("items.size()", equalTo(MetricCode.values().length))
                .body("items.find { it.code == 'HZ_CLOSURE_RATE' }.label", equalTo("隐患整改率"))
                .body("items.find { it.code == 'HZ_CLOSURE_RATE' }.unit", equalTo("RATE"))
                .body("items.find { it.code == 'ACC_DEATHS' }.direction", equalTo("LOWER_IS_BETTER"))
                .body("items.find { it.code == 'DR_FINDINGS_CLOSED' }.computed", equalTo(true));
        as(Demo.nanmingSafety()).header("Accept-Language", "en").get("/api/v1/assessment-metrics").then()
                .body("items.find { it.code == 'HZ_CLOSURE_RATE' }.label", equalTo("Hazard closure rate"));
    }
}
