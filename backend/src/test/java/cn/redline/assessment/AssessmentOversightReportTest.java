package cn.redline.assessment;

import static cn.redline.assessment.AssessmentReportsTest.download;
import static cn.redline.assessment.AssessmentReportsTest.has;
import static cn.redline.assessment.AssessmentReportsTest.pdfText;
import static cn.redline.assessment.AssessmentReportsTest.same;
import static cn.redline.assessment.AssessmentReportsTest.wordsOnly;
import static cn.redline.assessment.AssessmentReportsTest.xlsx;
import static cn.redline.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.platform.Xlsx;
import cn.redline.support.Demo;
import cn.redline.support.Pdfs;
import cn.redline.support.Territories;
import cn.redline.support.Tokens;
import cn.redline.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The two documents around a scheme that leave the building (§4.5 items 1 and 7): the scheme itself as its issuer
 * publishes it (考核办法), for whoever may read the scheme; and the report to the 纪检监察机关 and 组织部门 on the
 * published results — grades, the accidents of the period, the vetoes and, per leader, the actions addressed to them and
 * the bars they carry — for the issuing side only. Read back as text, in words, each only for those who may see it.
 */
@QuarkusTest
class AssessmentOversightReportTest extends AssessmentTestBase {

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final String OVERSIGHT_PDF = "/api/v1/assessment-schemes/{id}/oversight-report.pdf";
    private static final String OVERSIGHT_XLSX = "/api/v1/assessment-schemes/{id}/oversight-report.xlsx";
    private static final String DOCUMENT = "/api/v1/assessment-schemes/{id}/document.pdf";
    /** Codes these documents could leak besides those {@link AssessmentReportsTest#wordsOnly} looks for. */
    private static final Pattern MORE_CODES = Pattern.compile("(?<![A-Za-z0-9])(GE|PROCESS|RESULT|LATE|GENERAL|LARGER|AWARD_BAR|"
            + "PROMOTION_BAR|WITHDRAWN|UNIT|ENTERPRISE_PRINCIPAL|LEADER_SAFETY_DEPUTY|CONSTRUCTION|ENTERPRISE|YEAR|DEDUCT_PER_UNIT|"
            + "BONUS|GRADE|CONSECUTIVE_GRADE|null)(?![A-Za-z0-9])");

    private static void words(String text) {
        wordsOnly(text);
        var m = MORE_CODES.matcher(text);
        assertFalse(m.find(), () -> "a code (" + m.group() + ") in: " + text);
    }

    @Test
    void theReportToTheDisciplineAndOrganizationDepartmentsNamesEachLeaderWithTheActionAndTheBarsForTheIssuingSideOnly() throws Exception {
        Fixture fx = fixture();
        MetricData data = fx.data();
        MetricSnapshotTest.Target f = fx.target();
        String office = fx.office();
        UUID e1 = f.enterprise();
        UUID e2 = data.enterprise(f.township(), "CONSTRUCTION");
        UUID e3 = data.enterprise(f.township(), "CONSTRUCTION");
        data.post(e3, "ENTERPRISE_PRINCIPAL", "总经理", "钱六");
        data.post(e3, "LEADER_SAFETY_DEPUTY", "分管安全副总经理", "孙七");
        data.accident(f.township(), e3, LocalDate.of(2025, 4, 4), "MAJOR", 10, "{LATE}");
        // not the report's: an enterprise of the township that is not assessed, a neighbouring township, another half-year
        UUID unassessed = data.enterprise(f.township(), "CONSTRUCTION");
        data.accident(f.township(), unassessed, LocalDate.of(2025, 3, 3), "LARGER", 4, "{}");
        UUID neighbourTownship = UUID.fromString(Territories.township().id());
        data.accident(neighbourTownship, data.enterprise(neighbourTownship, "CONSTRUCTION"), LocalDate.of(2025, 5, 5), "LARGER", 5, "{}");
        data.accident(f.township(), e1, LocalDate.of(2025, 8, 8), "GENERAL", 1, "{}");
        List<UUID> targets = List.of(e1, e2, e3);
        String scheme = SchemeRuns.published(office, AssessmentReportsTest.scheme(targets, f.department()));

        // before the publication there is nothing to report
        download(office, OVERSIGHT_PDF, Map.of(), "application/pdf", 409, scheme);
        publish(office, fx.dept(), scheme, targets, List.of(52, 50, 60));

        String text = pdfText(office, OVERSIGHT_PDF, Map.of(), scheme);
        String e3Name = data.name(e3);
        assertTrue(has(text, "关于2025年上半年安全生产考核及问责情况的报告", "纪检监察机关、党委组织部门：", "一、考核结果", e3Name, "不合格",
                "发生重大及以上事故（总分计零）", "二、生产安全事故情况", "共发生生产安全事故1起，死亡10人", "重大事故", "死亡10人，重伤0人", "迟报",
                "三、一票否决情况", "四、领导干部问责情况", "钱六", "孙七", "分管安全副总经理", "约谈", "整改方案", "不得评先评优（", "不得提拔任用（",
                "被一票否决1个", "涉及领导干部2人，其中2人受到评先评优或提拔任用限制", "2025年4月4日", "2025年1月1日至2025年6月30日"), text);
        assertFalse(ISO_DAY.matcher(text).find(), "days are written as an official document writes them: " + text);
        assertFalse(has(text, "较大事故") || has(text, "死亡4人") || has(text, "死亡5人") || has(text, "一般事故"),
                "only the period's accidents in the targets' scopes: " + text);
        words(text);

        byte[] workbook = xlsx(office, OVERSIGHT_XLSX, Map.of(), scheme);
        assertEquals(List.of("考核结果", "事故情况", "问责情况"), Workbooks.sheetNames(workbook));
        List<Row> results = Workbooks.rows(workbook, 0);
        assertEquals(List.of("考核组别", "名次", "单位", "总分", "等次", "一票否决"), List.of(results.get(0).getCellText(0),
                results.get(0).getCellText(1), results.get(0).getCellText(2), results.get(0).getCellText(3), results.get(0).getCellText(4),
                results.get(0).getCellText(5)));
        Row vetoed = results.stream().filter(r -> e3Name.equals(r.getCellText(2))).findFirst().orElseThrow();
        same("3", vetoed.getCellAsNumber(1).orElse(null), "rank");
        same("0", vetoed.getCellAsNumber(3).orElse(null), "total");
        assertEquals("不合格", vetoed.getCellText(4));
        assertEquals("发生重大及以上事故（总分计零）", vetoed.getCellText(5));
        assertEquals(4, results.size(), "header and the three targets");
        List<Row> accidents = Workbooks.rows(workbook, 1);
        assertEquals(2, accidents.size(), "header and the one accident of the targets in the half-year");
        Row accident = accidents.get(1);
        assertEquals(LocalDate.of(2025, 4, 4), accident.getCellAsDate(0).orElseThrow().toLocalDate());
        assertEquals(e3Name, accident.getCellText(1));
        assertEquals("重大事故", accident.getCellText(5));
        same("10", accident.getCellAsNumber(6).orElse(null), "deaths");
        assertEquals("迟报", accident.getCellText(10));
        List<Row> held = Workbooks.rows(workbook, 2);
        assertEquals(List.of("姓名", "职务", "单位", "问责类型", "问责事项", "原因"), List.of(held.get(0).getCellText(0), held.get(0).getCellText(1),
                held.get(0).getCellText(2), held.get(0).getCellText(3), held.get(0).getCellText(4), held.get(0).getCellText(5)));
        assertFalse(Workbooks.text(workbook).contains("{{"), "no unfilled placeholder in a header or cell");
        Row principalInterview = held.stream().filter(r -> "钱六".equals(r.getCellText(0)) && "约谈".equals(r.getCellText(3)))
                .findFirst().orElseThrow();
        assertEquals("总经理", principalInterview.getCellText(1));
        assertEquals(e3Name, principalInterview.getCellText(2));
        assertEquals("拟提出", principalInterview.getCellText(6));
        assertFalse(ISO_DAY.matcher(principalInterview.getCellText(5)).find(), "the rule's reason writes its days in Chinese: "
                + principalInterview.getCellText(5));
        String bars = principalInterview.getCellText(8);
        assertTrue(bars.contains("不得评先评优（") && bars.contains("不得提拔任用（"), bars);
        LocalDate barFrom = principalInterview.getCellAsDate(9).orElseThrow().toLocalDate();
        LocalDate barTo = principalInterview.getCellAsDate(10).orElseThrow().toLocalDate();
        assertEquals(barFrom.plusYears(1).minusDays(1), barTo, "the 影响期: a year from the publication");
        Row deputyInterview = held.stream().filter(r -> "孙七".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertEquals("约谈", deputyInterview.getCellText(3));
        assertTrue(deputyInterview.getCellText(8).contains("不得提拔任用"), deputyInterview.getCellText(8));
        assertEquals(1, held.stream().filter(r -> "孙七".equals(r.getCellText(0))).count(), "the deputy is not the plan's addressee");
        Row plan = held.stream().filter(r -> "钱六".equals(r.getCellText(0)) && "整改方案".equals(r.getCellText(3))).findFirst().orElseThrow();
        assertTrue(plan.getCellText(8) == null || plan.getCellText(8).isEmpty(), "a plan bars nobody: " + plan.getCellText(8));
        assertEquals(1 + 3, held.size(), "header, the principal's interview and plan, the deputy's interview");
        String all = Workbooks.allText(workbook);
        words(all);
        assertFalse(all.contains("较大事故"), all);

        // withdrawing the interview lifts it and its bars from the report
        String interviewId = as(office).queryParam("targetOrgId", e3.toString()).queryParam("type", "INTERVIEW")
                .get("/api/v1/accountability-actions").then().statusCode(200).extract().path("items[0].id");
        as(office).contentType(ContentType.JSON).body(Map.of("action", "WITHDRAW", "comment", "测试撤回"))
                .post("/api/v1/accountability-actions/{id}/transitions", interviewId).then().statusCode(200);
        String after = pdfText(office, OVERSIGHT_PDF, Map.of(), scheme);
        assertFalse(has(after, "孙七") || has(after, "不得提拔任用"), after);
        assertTrue(has(after, "钱六", "整改方案", "涉及领导干部1人，其中0人"), after);

        // the district above reads it; the target, the scoring department, another district and a neighbour do not
        assertTrue(has(pdfText(Demo.nanmingSafety(), OVERSIGHT_PDF, Map.of(), scheme), e3Name, "钱六"));
        String t3 = Tokens.token("e3-safety", data.code(e3), "enterprise");
        download(t3, OVERSIGHT_PDF, Map.of(), "application/pdf", 403, scheme);
        download(t3, OVERSIGHT_XLSX, Map.of(), Xlsx.MEDIA_TYPE, 403, scheme);
        download(fx.dept(), OVERSIGHT_PDF, Map.of(), "application/pdf", 403, scheme);
        download(Demo.baiyunSafety(), OVERSIGHT_PDF, Map.of(), "application/pdf", 404, scheme);
        download(Demo.baiyunSafety(), OVERSIGHT_XLSX, Map.of(), Xlsx.MEDIA_TYPE, 404, scheme);
        String neighbour = Tokens.token("n-safety", data.code(neighbourTownship), "safety_office");
        download(neighbour, OVERSIGHT_PDF, Map.of(), "application/pdf", 404, scheme);
        download(office, OVERSIGHT_PDF, Map.of(), "application/pdf", 404, UUID.randomUUID());

        // named for what it is, in the caller's language
        given().auth().oauth2(office).accept("application/pdf").get(OVERSIGHT_PDF, scheme).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''")).header("Content-Language", equalTo("zh-CN"));
        byte[] english = given().auth().oauth2(office).accept("application/pdf").header("Accept-Language", "en").get(OVERSIGHT_PDF, scheme)
                .then().statusCode(200).header("Content-Language", equalTo("en")).extract().asByteArray();
        String en = Pdfs.text(english);
        assertTrue(has(en, "Report on the", "Accountability of leaders", "钱六", "Major accident"), en);
        words(en);
    }

    @Test
    void theSchemeDocumentSaysEveryRuleInWordsToWhoeverMayReadTheScheme() throws Exception {
        Fixture fx = fixture();
        MetricData data = fx.data();
        MetricSnapshotTest.Target f = fx.target();
        String office = fx.office();
        UUID e1 = f.enterprise();
        Map<String, Object> body = AssessmentReportsTest.scheme(List.of(e1), f.department());
        String draft = as(office).contentType(ContentType.JSON).body(body).post("/api/v1/assessment-schemes").then().statusCode(201)
                .extract().path("id");
        String t1 = Tokens.token("e1-safety", data.code(e1), "enterprise");

        String text = pdfText(office, DOCUMENT, Map.of(), draft);
        assertTrue(has(text, "2025年度企业安全生产考核细则", "（草案）"), text);
        words(text);
        // a draft is the issuer's: the target does not see it yet
        download(t1, DOCUMENT, Map.of(), "application/pdf", 404, draft);

        String scheme = SchemeRuns.published(office, body);
        String doc = pdfText(t1, DOCUMENT, Map.of(), scheme);
        String docNumber = as(office).get("/api/v1/assessment-schemes/{id}", scheme).then().statusCode(200).extract().path("docNumber");
        assertTrue(has(doc, "2025年度企业安全生产考核细则", docNumber, "一、考核对象", data.name(e1),
                "2025年上半年（2025年1月1日至2025年6月30日）", "数据截止日", "考核结果公示之日起5日",
                "考核实行百分制，满分100分", "扣完为止，不计负分", "总分保留2位小数",
                "隐患排查治理", "60", "每发现一处未整改扣2分（每次扣2分）", "扣分制（过程考核）", "系统取数（结果考核）", "被考核单位自评并上传佐证材料",
                "事故起数每计1，扣5分，扣完为止", "系统取数：事故起数（考核期内发生的生产安全事故起数）",
                "行业监管", "由" + data.name(f.department()) + "按本行业领域工作情况评分",
                "总分90分及以上为优秀", "80分及以上、不足90分为良好", "不足60分为不合格", "以上含本数",
                "发生重大及以上事故：考核期内最高事故等级大于等于重大事故的，总分计零。",
                "市级表扬：每次加1分", "加分合计不超过5分",
                "考核评定为不合格的，由被考核单位制定整改方案，于结果通报后一个月内提交整改方案和书面报告",
                "被一票否决的，约谈单位主要负责人，其主要负责人、分管负责人自结果通报之日起一年内不得评先评优、提拔任用，于结果通报后10日内完成"), doc);
        assertFalse(has(doc, "（草案）"), doc);
        assertFalse(ISO_DAY.matcher(doc).find(), "days are written as an official document writes them: " + doc);
        words(doc);
        // a neighbour does not see the scheme at all
        String neighbour = Tokens.token("n-safety", Territories.township().code(), "safety_office");
        download(neighbour, DOCUMENT, Map.of(), "application/pdf", 404, scheme);
        download(Demo.baiyunSafety(), DOCUMENT, Map.of(), "application/pdf", 404, scheme);
        given().auth().oauth2(t1).accept("application/pdf").get(DOCUMENT, scheme).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''2025"));
        String en = Pdfs.text(given().auth().oauth2(t1).accept("application/pdf").header("Accept-Language", "en").get(DOCUMENT, scheme)
                .then().statusCode(200).extract().asByteArray());
        assertTrue(has(en, "1. Targets", "优秀", "down to zero", "Accidents"), en);
        words(en);
    }
}
