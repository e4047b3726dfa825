package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.platform.Times;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The duty items of signed lists in the holder's "my duties", the subtree's matrix and its drill-down. */
@QuarkusTest
class DutyReportListItemsTest {

    private static final String REPORTS = "/api/v1/duty-reports";

    @Inject
    Clock clock;

    private static JsonPath mine(DutyLists.Holder h) {
        return as(h.token()).get(REPORTS + "/my-duties").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath matrix(DutyLists.Holder h, int year) {
        return as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).queryParam("year", year).get(REPORTS + "/matrix").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aSignedListsItemsAreTheHoldersDutiesInTheMatrixAndAcceptedEvidenceMakesThemMet() {
        LocalDate today = Times.today(clock);
        int year = today.getYear();
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.published(h.postId(), year);
        // published but not signed: nothing is owed yet
        assertEquals(List.of(), mine(h).getList("items.findAll { it.listId != null }"));
        assertEquals(List.of(), matrix(h, year).getList("rows"));

        DutyLists.act(h.token(), list, "SIGN", Map.of());
        DutyLists.act(Demo.nanmingSafety(), list, "SIGN", Map.of());
        String inspection = DutyLists.itemId(list, DutyLists.INSPECTION);
        Period q = Period.containing(PeriodType.QUARTER, today);
        ObligationStatus due = ObligationStatus.of(1, 0, q, 0, 30, today, false);

        JsonPath duties = mine(h);
        String byItem = "items.find { it.dutyItemId == '" + inspection + "' }";
        assertEquals(2, duties.getList("items.findAll { it.listId == '" + list + "' }").size());
        assertEquals(DutyLists.INSPECTION, duties.getString(byItem + ".title"));
        assertEquals("S1 §4", duties.getString(byItem + ".citation"));
        assertEquals("INSPECTION", duties.getString(byItem + ".category"));
        assertNull(duties.get(byItem + ".ruleCode"));
        assertEquals("POST", duties.getString(byItem + ".subjectKind"));
        assertEquals("主任", duties.getString(byItem + ".subjectName"));
        assertEquals(q.key(), duties.getString(byItem + ".periodKey"));
        assertEquals(due.name(), duties.getString(byItem + ".status"));
        assertEquals(0, duties.getInt(byItem + ".counted"));

        // the matrix of the township: one row per duty, a column per quarter; the past quarters are missed
        JsonPath m = matrix(h, year);
        List<String> quarters = List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
        assertEquals(quarters, m.getList("periods.periodKey"));
        // duty rows by category (会议 before 检查), whatever their order in the list
        assertEquals(List.of(DutyLists.MEETING, DutyLists.INSPECTION), m.getList("rows.title"));
        assertEquals(List.of("MEETING", "INSPECTION"), m.getList("rows.category"));
        assertEquals(List.of(quarters, quarters), m.getList("rows.cells.periodKey"));
        String row = "rows.find { it.title == '" + DutyLists.INSPECTION + "' }";
        assertNull(m.get(row + ".ruleId"));
        assertEquals(m.getString(row + ".dutyKey"), m.getString(row + ".key"));
        int current = q.first().getMonthValue() / 3;
        for (int i = 0; i < current; i++) {
            assertEquals(1, m.getInt(row + ".cells[" + i + "].missed"), quarters.get(i));
        }

        DutyLists.accepted(h, inspection, today);
        duties = mine(h);
        assertEquals("MET", duties.getString(byItem + ".status"));
        assertEquals(1, duties.getInt(byItem + ".counted"));
        m = matrix(h, year);
        assertEquals(Map.of("met", 1, "total", 1, "color", "GREEN"), Map.of("met", m.getInt(row + ".cells[" + current + "].met"),
                "total", m.getInt(row + ".cells[" + current + "].total"), "color", m.getString(row + ".cells[" + current + "].color")));
        String meeting = "rows.find { it.title == '" + DutyLists.MEETING + "' }";
        assertEquals(due == ObligationStatus.AT_RISK ? "YELLOW" : "GREY", m.getString(meeting + ".cells[" + current + "].color"));

        // the cell opens to the holder's obligation, who held the post, and the record with its photo's hash
        JsonPath cell = as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).queryParam("dutyKey", m.getString(row + ".dutyKey"))
                .queryParam("periodKey", q.key()).get(REPORTS + "/matrix/obligations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("MET"), cell.getList("items.status"));
        assertEquals("林" + h.person().substring(5, 9), cell.getString("items[0].holder"));
        assertEquals(List.of("FULFILMENT"), cell.getList("items[0].evidence.sourceKind"));
        assertEquals(1, cell.getList("items[0].evidence[0].files").size());

        // another district's office sees none of it; a cell needs exactly one of rule and duty
        as(Demo.baiyunSafety()).queryParam("orgId", h.orgId()).get(REPORTS + "/matrix").then().statusCode(404);
        as(Demo.baiyunSafety()).queryParam("orgId", h.orgId()).queryParam("dutyKey", m.getString(row + ".dutyKey"))
                .queryParam("periodKey", q.key()).get(REPORTS + "/matrix/obligations").then().statusCode(404);
        as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).queryParam("periodKey", q.key())
                .get(REPORTS + "/matrix/obligations").then().statusCode(400).body("errors[0].field", equalTo("ruleId"));
    }

    @Test
    void theDossierShowsTheListVersionsSignaturesAndHandoversOfThePostWithTheSignedHashesInTheManifest() throws Exception {
        LocalDate today = Times.today(clock);
        int year = today.getYear();
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.signed(h, year);
        JsonPath signed = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", list).then().statusCode(200)
                .extract().jsonPath();
        DutyLists.accepted(h, DutyLists.itemId(list, DutyLists.INSPECTION), today);
        // the post changes hands: the list feature records the handover (ListHandovers, on the appointment)
        String successor = "succ-" + h.code();
        DutyLists.appoint(h.postId(), "陈接任", successor, today.toString());

        byte[] pdf = as(Demo.nanmingSafety()).accept("application/pdf").queryParam("postId", h.postId())
                .queryParam("from", year + "-01-01").queryParam("to", today.toString()).get(REPORTS + "/dossier.pdf").then()
                .statusCode(200).extract().asByteArray();
        String text = DutyReportResourceTest.text(pdf);
        String flat = text.replaceAll("\\s", "");
        List<String> hashes = signed.getList("signatures.docHash");
        assertEquals(2, hashes.size());
        for (String expected : List.of("责任清单及签订", signed.getString("code") + "第1版", signed.getString("docNumber"),
                "责任人：" + signed.getString("signatures.find { it.role == 'HOLDER' }.personName"), "下达方：", "电子签名",
                "岗位交接", "陈接任", "未确认", DutyLists.INSPECTION, hashes.get(0), hashes.get(1))) {
            assertTrue(flat.contains(expected.replaceAll("\\s", "")), "the dossier shows " + expected + "\n" + text);
        }
        // the successor's own dossier has the handover to him, not the signatures of his predecessor's tenure only
        String his = DutyReportResourceTest.text(as(Demo.nanmingSafety()).accept("application/pdf").queryParam("personRef", successor)
                .queryParam("from", year + "-01-01").queryParam("to", today.toString()).get(REPORTS + "/dossier.pdf").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(his.replaceAll("\\s", "").contains("陈接任"), his);
    }
}
