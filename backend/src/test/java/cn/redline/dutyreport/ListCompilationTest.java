package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import cn.redline.support.Demo;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The 清单汇编 as an official reads it: labels and dates, the signed lists only, and a public variant without persons. */
@QuarkusTest
class ListCompilationTest {

    private static final String COMPILATION = "/api/v1/duty-reports/list-compilation.xlsx";
    private static final Pattern RAW_CODE = Pattern.compile(
            "(?m)^(INSPECTION|MEETING|TOWNSHIP|TERRITORY_TOWNSHIP|SIGNED|ACTIVE|MANUAL|QUARTER|INTERNAL|PUBLIC|true|false)$");

    @Inject
    Clock clock;

    private static byte[] export(String token, String orgId, int year, String variant, String language) {
        RequestSpecification r = given().auth().oauth2(token).accept(Xlsx.MEDIA_TYPE).queryParam("orgId", orgId)
                .queryParam("year", year);
        if (variant != null) {
            r.queryParam("variant", variant);
        }
        if (language != null) {
            r.header("Accept-Language", language);
        }
        return r.get(COMPILATION).then().statusCode(200).extract().asByteArray();
    }

    private static String signer(String listId) {
        return as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", listId).then().statusCode(200).extract()
                .path("signatures.find { it.role == 'HOLDER' }.personName");
    }

    @Test
    void theCompilationHasARowPerDutyOfTheSignedListsInLabelsAndDates() throws Exception {
        int year = Times.today(clock).getYear();
        DutyLists.Holder town = DutyLists.township();
        String list = DutyLists.signed(town, year);
        // a published list nobody signed is not compiled
        DutyLists.Holder other = DutyLists.township();
        DutyLists.published(other.postId(), year);

        byte[] xlsx = export(Demo.nanmingSafety(), town.orgId(), year, null, null);
        assertEquals("责任清单汇编", Workbooks.sheetName(xlsx));
        List<Row> rows = Workbooks.rows(xlsx);
        assertEquals(3, rows.size(), "the header and the list's two duties");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        assertEquals(List.of("层级", "清单类别", "责任单位", "责任岗位", "签订人（责任人）", "清单编号"), header.subList(0, 6));
        Row first = rows.get(1);
        String code = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", list).then().extract().path("code");
        assertEquals(List.of("乡镇街道", town.name(), "主任", signer(list), code), List.of(text(first, header, "层级"),
                text(first, header, "责任单位"), text(first, header, "责任岗位"), text(first, header, "签订人（责任人）"),
                text(first, header, "清单编号")));
        assertEquals(DutyLists.INSPECTION, text(first, header, "职责内容"));
        assertEquals(DutyLists.MEETING, text(rows.get(2), header, "职责内容"));
        assertEquals("每季度至少 1 次", text(first, header, "频次要求"));
        assertEquals("是", text(first, header, "须本人履行"));
        assertEquals("至少 1 个附件", text(first, header, "履职证据要求"));
        for (String date : List.of("生效日期", "截止日期", "责任人签订日期", "发放单位签订日期")) {
            var cell = first.getCell(header.indexOf(date));
            assertEquals(CellType.NUMBER, cell.getType(), date + " is a date");
            assertEquals("yyyy-mm-dd", cell.getDataFormatString(), date);
        }
        String all = Workbooks.text(xlsx);
        Matcher raw = RAW_CODE.matcher(all);
        assertFalse(raw.find(), "no raw code in a cell: " + (raw.hitEnd() ? "" : raw.group()));
        assertFalse(all.contains(other.name()), "the unsigned list is not compiled");

        byte[] english = export(Demo.nanmingSafety(), town.orgId(), year, null, "en");
        assertEquals("Responsibility lists", Workbooks.sheetName(english));
        String en = Workbooks.text(english);
        for (String label : List.of("Holder organization", "Township / street", "Quarterly, at least 1", "Inspection", "Holder post")) {
            assertTrue(en.contains(label), "the English compilation says " + label);
        }

        given().auth().oauth2(Demo.baiyunSafety()).accept(Xlsx.MEDIA_TYPE).queryParam("orgId", town.orgId()).get(COMPILATION)
                .then().statusCode(404);
        given().auth().oauth2(Demo.enterprise()).accept(Xlsx.MEDIA_TYPE).get(COMPILATION).then().statusCode(403);
        given().auth().oauth2(Demo.nanmingSafety()).accept(Xlsx.MEDIA_TYPE).queryParam("variant", "SECRET").get(COMPILATION)
                .then().statusCode(400);
    }

    @Test
    void thePublicVariantHoldsThePublicListsWithoutTheNamesOfPersons() throws Exception {
        int year = Times.today(clock).getYear();
        DutyLists.Holder open = DutyLists.township();
        String list = DutyLists.signed(open, year, "PUBLIC");
        DutyLists.Holder internal = DutyLists.township();
        DutyLists.signed(internal, year);

        String inside = Workbooks.text(export(Demo.nanmingSafety(), open.orgId(), year, "INTERNAL", null));
        assertTrue(inside.contains(signer(list)), "the internal compilation names who signed");

        byte[] xlsx = export(Demo.nanmingSafety(), open.orgId(), year, "PUBLIC", null);
        assertEquals("责任清单汇编（公开）", Workbooks.sheetName(xlsx));
        List<Row> rows = Workbooks.rows(xlsx);
        assertEquals(3, rows.size());
        String all = Workbooks.text(xlsx);
        assertTrue(all.contains(open.name()) && all.contains("主任") && all.contains(DutyLists.INSPECTION), "orgs, posts and duties");
        assertFalse(all.contains("签订人"), "no column of persons");
        assertFalse(all.contains(signer(list)) || all.contains(open.person()), "no name or login of a person");
        // an internal list is not published
        assertEquals(1, Workbooks.rows(export(Demo.nanmingSafety(), internal.orgId(), year, "PUBLIC", null)).size());
    }

    private static String text(Row row, List<String> header, String column) {
        return row.getCell(header.indexOf(column)).getText();
    }
}
