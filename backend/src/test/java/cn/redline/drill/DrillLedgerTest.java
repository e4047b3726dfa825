package cn.redline.drill;

import static cn.redline.drill.DrillFixtures.drill;
import static cn.redline.drill.DrillFixtures.enterprise;
import static cn.redline.drill.DrillFixtures.plan;
import static cn.redline.drill.DrillFixtures.township;
import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * 演练台账 (§3.6 item 2) as a reader sees it: date, organiser, plans, form and scope, the rules the drill counts for by
 * their names, participants, the evaluation conclusion in words and the findings open and closed; no cell a code.
 */
@QuarkusTest
class DrillLedgerTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String finding(String drillId, String orgId) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("category", "PLAN", "severity", "GENERAL",
                "description", "预案未明确夜间疏散集合点", "action", Map.of("kind", "PLAN_REVISION", "ownerOrgId", orgId,
                        "ownerPerson", "李工", "deadline", DrillRuns.today().plusDays(30).toString())))
                .post("/api/v1/drills/{id}/findings", drillId).then().statusCode(201).extract().path("id");
    }

    private static void act(String token, String findingId, Map<String, Object> body) {
        as(token).contentType(ContentType.JSON).body(body).post("/api/v1/drill-findings/{id}/transitions", findingId).then()
                .statusCode(200);
    }

    private static List<List<String>> cells(String orgId, String language) throws IOException {
        byte[] xlsx = as(Demo.nanmingSafety()).accept(XLSX).header("Accept-Language", language).queryParam("orgId", orgId)
                .get("/api/v1/drill-coverage/ledger.xlsx").then().statusCode(200).extract().asByteArray();
        List<List<String>> out = new ArrayList<>();
        for (Row r : Workbooks.rows(xlsx)) {
            out.add(StreamSupport.stream(r.spliterator(), false).map(c -> c == null || c.getText() == null ? "" : c.getText())
                    .toList());
        }
        return out;
    }

    private static String column(List<List<String>> sheet, int row, String header) {
        int i = sheet.get(0).indexOf(header);
        assertTrue(i >= 0, "column " + header + " in " + sheet.get(0));
        return sheet.get(row).get(i);
    }

    @Test
    void theLedgerNamesRulesConclusionsAndFindingsInWordsWithNoCodes() throws IOException {
        String town = township();
        String ent = enterprise(town, "CONSTRUCTION", false, null);
        String special = plan(ent, "SPECIAL");
        String onsite = plan(ent, "ONSITE");
        String id = drill(ent, "LIVE", "COMPREHENSIVE", DrillRuns.today().minusDays(2).toString(), special, onsite).getString("id");
        Evaluations.evaluated(id, "PARTIAL");
        finding(id, ent);
        String fixed = finding(id, ent);
        act(Demo.nanmingSafety(), fixed, Map.of("action", "START"));
        act(Demo.nanmingSafety(), fixed, Map.of("action", "COMPLETE", "comment", "已修订预案",
                "attachmentIds", List.of(DrillRuns.uploadPdf(Demo.nanmingSafety()))));
        act(Demo.admin(), fixed, Map.of("action", "VERIFY", "comment", "复核有效"));
        as(Demo.nanmingSafety()).get("/api/v1/drill-findings/{id}", fixed).then().body("resolved", equalTo(true));

        List<List<String>> zh = cells(ent, "zh-CN");
        assertEquals(2, zh.size(), "a header and the one drill");
        assertEquals("综合或专项应急预案演练、现场处置方案演练", column(zh, 1, "计入的演练要求"));
        assertEquals("35", column(zh, 1, "参演人数"));
        assertEquals("基本达到演练目标", column(zh, 1, "评估结论"));
        assertEquals("1", column(zh, 1, "问题（未整改）"));
        assertEquals("1", column(zh, 1, "问题（已整改）"));
        assertEquals("已评估", column(zh, 1, "状态"));
        for (List<String> row : zh) {
            for (String cell : row) {
                assertTrue(!cell.matches("^[A-Z_]+$"), "a code in the ledger: " + cell + " in " + row);
            }
        }

        List<List<String>> en = cells(ent, "en");
        String countsFor = column(en, 1, "Counts for");
        assertTrue(!countsFor.contains("ENT_") && countsFor.contains("on-site"), countsFor);
        assertTrue(!column(en, 1, "Evaluation conclusion").isBlank());
        assertTrue(en.stream().flatMap(List::stream).noneMatch(c -> c.matches("^[A-Z_]+$")), en.toString());
    }

}
