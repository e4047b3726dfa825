package cn.redline.assessment;

import static cn.redline.assessment.AssessmentRuns.act;
import static cn.redline.assessment.AssessmentRuns.assessmentOf;
import static cn.redline.assessment.AssessmentRuns.upload;
import static cn.redline.assessment.AssessmentRuns.value;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The assessment reports as officials read them (§4.5): every score with its trail as Excel, the preliminary and final
 * 通报 in their public and internal variants, the accountability register as Excel, and one target's self-assessment
 * and review score sheets; read back as text, each with the real scores, ranks and reasons, in words (no enum codes,
 * no ids), and each only for the callers who may see it.
 */
@QuarkusTest
class AssessmentReportsTest extends AssessmentTestBase {

    static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}");
    static final Pattern CODES = Pattern.compile("(?<![A-Za-z0-9])(EXCELLENT|GOOD|PASS|FAIL|MAJOR|PRAISE|FAILING|VETOED|"
            + "MANUAL_DEDUCT|AUTO_METRIC|DEPARTMENT_SCORED|ACC_COUNT|ACC_MAX_LEVEL|SELF|REVIEW|DEPARTMENT|ADJUSTMENT|VETO|SCORE_ZERO|"
            + "INTERVIEW|RECTIFICATION_PLAN|PROPOSED|ISSUED|PRELIMINARY_PUBLISHED|FINAL|RECTIFYING|SELF_MISSED|FIRST_HALF|PUBLIC|"
            + "INTERNAL|ENT|L1-1|ASSESSMENT|PRINCIPAL_LEADER)(?![A-Za-z0-9])");

    /** Words only: no id and no code of an enum or rule anywhere in the text. */
    static void wordsOnly(String text) {
        assertFalse(UUID_LIKE.matcher(text).find(), () -> "an id in: " + text);
        var m = CODES.matcher(text);
        assertFalse(m.find(), () -> "a code (" + m.group() + ") in: " + text);
    }

    /** The text without its line breaks and spaces, so a phrase a table cell wrapped is still found. */
    static boolean has(String text, String... phrases) {
        String flat = text.replaceAll("\\s+", "");
        for (String p : phrases) {
            if (!flat.contains(p.replaceAll("\\s+", ""))) {
                return false;
            }
        }
        return true;
    }

    static byte[] download(String token, String path, Map<String, ?> query, String accept, int status, Object... params) {
        return given().auth().oauth2(token).accept(accept + ", application/problem+json").queryParams(query).get(path, params)
                .then().statusCode(status).extract().asByteArray();
    }

    static byte[] xlsx(String token, String path, Map<String, ?> query, Object... params) {
        return download(token, path, query, Xlsx.MEDIA_TYPE, 200, params);
    }

    static String pdfText(String token, String path, Map<String, ?> query, Object... params) throws Exception {
        return Pdfs.text(download(token, path, query, "application/pdf", 200, params));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> scheme(List<UUID> targets, UUID department) {
        Map<String, Object> body = SchemeRuns.body("FIRST_HALF", 2025, targets, department);
        Map<String, Object> def = new HashMap<>((Map<String, Object>) body.get("definition"));
        def.put("consequenceRules", List.of(
                Map.of("code", "FAILING", "trigger", "GRADE", "grade", "FAIL", "count", 0, "days", 0,
                        "action", "RECTIFICATION_PLAN", "addressee", "UNIT", "dueOffsetDays", 0),
                Map.of("code", "VETOED", "trigger", "VETO", "count", 0, "days", 0,
                        "action", "INTERVIEW", "addressee", "PRINCIPAL_LEADER", "dueOffsetDays", 10)));
        body.put("definition", def);
        return body;
    }

    static BigDecimal num(Row r, int cell) {
        return r.getCellAsNumber(cell).orElse(null);
    }

    static void same(String expected, BigDecimal actual, String what) {
        assertTrue(actual != null && actual.compareTo(new BigDecimal(expected)) == 0, what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void everyReportShowsTheRealScoresRanksAndReasonsInWordsToThoseWhoMaySeeIt() throws Exception {
        Fixture fx = fixture();
        MetricData data = fx.data();
        MetricSnapshotTest.Target f = fx.target();
        String office = fx.office();
        UUID e1 = f.enterprise();
        UUID e2 = data.enterprise(f.township(), "CONSTRUCTION");
        UUID e3 = data.enterprise(f.township(), "CONSTRUCTION");
        data.post(e3, "ENTERPRISE_PRINCIPAL", "总经理", "钱六");
        data.accident(f.township(), e3, LocalDate.of(2025, 4, 4), "MAJOR", 10, "{}");
        List<UUID> targets = List.of(e1, e2, e3);
        String scheme = SchemeRuns.published(office, scheme(targets, f.department()));
        SchemeRuns.act(office, scheme, Map.of("action", "OPEN")).then().statusCode(200);
        String a1 = assessmentOf(office, scheme, e1);
        String a2 = assessmentOf(office, scheme, e2);
        String a3 = assessmentOf(office, scheme, e3);

        // e1 assesses itself: 3 findings × 2 points, with a photo, signed by its principal
        String t1 = Tokens.token("e1-safety", data.code(e1), "enterprise");
        act(t1, a1, Map.of("action", "START")).then().statusCode(200);
        value(t1, a1, Map.of("kind", "SELF", "code", "L1", "deductions", List.of(Map.of("rule", "L1-1", "occurrences", 3)),
                "attachmentIds", List.of(upload(t1)))).then().statusCode(200);
        act(t1, a1, Map.of("action", "SUBMIT_SELF", "signedBy", "王建国")).then().statusCode(200);
        // before the review the self sheet is there, the results are not
        String selfSheet = pdfText(t1, "/api/v1/assessments/{id}/score-sheet.pdf", Map.of("kind", "SELF"), a1);
        assertTrue(has(selfSheet, "安全生产考核自评表", "王建国", "每发现一处未整改扣2分 × 3", "隐患排查治理", "自评指标得分合计：54分（满分60分）"), selfSheet);
        wordsOnly(selfSheet);
        download(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "PRELIMINARY"),
                "application/pdf", 409, scheme);

        SchemeRuns.act(office, scheme, Map.of("action", "START_REVIEW")).then().statusCode(200);
        String[] ids = {a1, a2, a3};
        String[] l1 = {"52", "50", "60"};
        String[] l3 = {"18", "20", "20"};
        for (int i = 0; i < 3; i++) {
            act(office, ids[i], Map.of("action", "REVIEW")).then().statusCode(200);
            value(office, ids[i], Map.of("kind", "REVIEW", "code", "L1", "points", new BigDecimal(l1[i]),
                    "reason", i == 0 ? "台账不全，复核扣2分" : "按检查记录认定")).then().statusCode(200);
            value(fx.dept(), ids[i], Map.of("kind", "DEPARTMENT", "code", "L3", "points", new BigDecimal(l3[i]), "reason", "行业检查情况"))
                    .then().statusCode(200);
        }
        value(office, a2, Map.of("kind", "ADJUSTMENT", "code", "PRAISE", "occurrences", 1, "reason", "受到市级表扬")).then().statusCode(200);
        for (String id : ids) {
            act(office, id, Map.of("action", "COMPLETE_REVIEW")).then().statusCode(200);
        }
        SchemeRuns.act(office, scheme, Map.of("action", "PROPOSE_RESULTS")).then().statusCode(200);

        // 1. every score with its trail: e2 91 first, e1 90 second, e3 vetoed to 0 last
        byte[] scores = xlsx(office, "/api/v1/assessment-schemes/{id}/scores.xlsx", Map.of(), scheme);
        assertEquals(List.of("评分明细", "得分汇总", "评分记录"), Workbooks.sheetNames(scores));
        List<Row> rows = Workbooks.rows(scores);
        assertEquals(1 + 3 * 3, rows.size(), "a row per target and indicator");
        assertEquals("考核对象", rows.get(0).getCellText(0));
        String e1Name = rows.stream().filter(r -> "隐患排查治理".equals(r.getCellText(3)) && "台账不全，复核扣2分".equals(r.getCellText(14)))
                .findFirst().orElseThrow().getCellText(0);
        Row e1l1 = rows.stream().filter(r -> e1Name.equals(r.getCellText(0)) && "L1".equals(r.getCellText(2))).findFirst().orElseThrow();
        assertEquals("企业", e1l1.getCellText(1));
        assertEquals("扣分制", e1l1.getCellText(5));
        same("54", num(e1l1, 6), "self");
        assertEquals("每发现一处未整改扣2分 × 3", e1l1.getCellText(7));
        same("52", num(e1l1, 13), "review");
        same("52", num(e1l1, 15), "final");
        assertEquals("测试 t-safety", e1l1.getCellText(16));
        assertTrue(e1l1.getCellAsDate(17).isPresent(), "when, as a date");
        same("1", num(e1l1, 18), "documents");
        same("90", num(e1l1, 19), "total");
        assertEquals("优秀", e1l1.getCellText(20));
        same("2", num(e1l1, 21), "rank");
        Row e1l2 = rows.stream().filter(r -> e1Name.equals(r.getCellText(0)) && "L2".equals(r.getCellText(2))).findFirst().orElseThrow();
        assertEquals("事故起数", e1l2.getCellText(8));
        assertEquals("0", e1l2.getCellText(9));
        same("20", num(e1l2, 10), "metric points");
        assertEquals("系统取数", e1l2.getCellText(16));
        Row e1l3 = rows.stream().filter(r -> e1Name.equals(r.getCellText(0)) && "L3".equals(r.getCellText(2))).findFirst().orElseThrow();
        same("18", num(e1l3, 11), "department");
        assertEquals("测试 d-staff", e1l3.getCellText(12));
        List<Row> summary = Workbooks.rows(scores, 1);
        assertEquals(List.of("1", "2", "3"), summary.stream().skip(1).map(r -> r.getCellText(1)).toList(), "ranks per group");
        Row vetoed = summary.get(3);
        same("0", num(vetoed, 10), "vetoed total");
        assertEquals("不合格", vetoed.getCellText(11));
        assertEquals("发生重大及以上事故（总分计零）", vetoed.getCellText(9));
        assertEquals("是", vetoed.getCellText(12));
        assertEquals("市级表扬 × 1", summary.get(1).getCellText(8));
        String trail = Workbooks.allText(scores);
        assertTrue(trail.contains("自评") && trail.contains("评审认定") && trail.contains("部门赋分") && trail.contains("受到市级表扬"), trail);
        wordsOnly(trail);
        // scoped: the target its own rows, a neighbour nothing
        List<Row> own = Workbooks.rows(xlsx(t1, "/api/v1/assessment-schemes/{id}/scores.xlsx", Map.of(), scheme));
        assertEquals(1 + 3, own.size());
        assertTrue(own.stream().skip(1).allMatch(r -> e1Name.equals(r.getCellText(0))));
        String neighbour = Tokens.token("n-safety", Territories.township().code(), "safety_office");
        download(neighbour, "/api/v1/assessment-schemes/{id}/scores.xlsx", Map.of(), Xlsx.MEDIA_TYPE, 404, scheme);

        // 2. the preliminary 公示: ranks, grades, the veto by name, the objection window; reasons only internally
        String pub = pdfText(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "PRELIMINARY"), scheme);
        assertTrue(has(pub, "考核结果公示", "公示期至", "企业（3个）", e1Name, "发生重大及以上事故", "优秀2个", "不合格1个"), pub);
        String e2Name = summary.get(1).getCellText(2);
        String e3Name = summary.get(3).getCellText(2);
        assertTrue(pub.indexOf(e2Name) < pub.indexOf(e1Name) && pub.indexOf(e1Name) < pub.indexOf(e3Name), "by rank: " + pub);
        assertFalse(has(pub, "台账不全") || has(pub, "测试") || has(pub, "受到市级表扬"), pub);
        wordsOnly(pub);
        String internal = pdfText(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "INTERNAL", "stage", "PRELIMINARY"),
                scheme);
        assertTrue(has(internal, "内部版", "主要扣分及理由", "台账不全，复核扣2分", "受到市级表扬", "测试 t-safety"), internal);
        wordsOnly(internal);
        // the target reads the public one, not the internal one; the final one waits for the publication
        assertTrue(pdfText(t1, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "PRELIMINARY"), scheme)
                .contains(e1Name));
        download(t1, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "INTERNAL", "stage", "PRELIMINARY"),
                "application/pdf", 403, scheme);
        download(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "FINAL"),
                "application/pdf", 409, scheme);
        download(neighbour, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "PRELIMINARY"),
                "application/pdf", 404, scheme);
        download(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "SECRET", "stage", "PRELIMINARY"),
                "application/pdf", 400, scheme);

        clock.advance(Duration.ofDays(6));
        SchemeRuns.act(Demo.leader(), scheme, Map.of("action", "APPROVE")).then().statusCode(200);
        SchemeRuns.act(office, scheme, Map.of("action", "PUBLISH_RESULTS", "docNumber", "安委〔2025〕18号")).then().statusCode(200);
        String finalPub = pdfText(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "PUBLIC", "stage", "FINAL"), scheme);
        assertTrue(has(finalPub, "考核结果通报", "安委〔2025〕18号", "结果运用", "约谈", "整改方案"), finalPub);
        assertFalse(has(finalPub, "钱六") || has(finalPub, "公示期至"), finalPub);
        wordsOnly(finalPub);
        String finalInternal = pdfText(office, "/api/v1/assessment-schemes/{id}/bulletin.pdf", Map.of("variant", "INTERNAL", "stage", "FINAL"),
                scheme);
        assertTrue(has(finalInternal, "钱六（总经理）", "一票否决"), finalInternal);
        wordsOnly(finalInternal);

        // 3. the register: the veto's 约谈 of the named principal and the failing grade's plan, with their facts in words
        byte[] register = xlsx(office, "/api/v1/accountability-actions/register.xlsx", Map.of("targetOrgId", e3.toString()));
        List<Row> actions = Workbooks.rows(register);
        assertEquals(3, actions.size(), "header and two actions");
        Row interview = actions.stream().filter(r -> "约谈".equals(r.getCellText(1))).findFirst().orElseThrow();
        assertEquals("钱六（总经理）", interview.getCellText(3));
        assertTrue(interview.getCellText(6).startsWith("考核："), interview.getCellText(6));
        assertEquals("按规则自动提出", interview.getCellText(7));
        assertEquals("拟提出", interview.getCellText(11));
        assertTrue(interview.getCellAsDate(10).isPresent(), "due day");
        same("0", num(interview, 13), "documents");
        assertTrue(interview.getCellText(14).contains("钱六：不得评先评优") && interview.getCellText(14).contains("钱六：不得提拔任用"),
                interview.getCellText(14));
        assertTrue(actions.stream().anyMatch(r -> "整改方案".equals(r.getCellText(1))));
        wordsOnly(Workbooks.text(register));
        assertTrue(Workbooks.text(register).contains(e3Name));
        assertFalse(Workbooks.text(xlsx(neighbour, "/api/v1/accountability-actions/register.xlsx", Map.of())).contains(e3Name),
                "the neighbour sees none of them");

        // 4. the review sheet: every column of e1's score, the result and the lines the group signs
        String review = pdfText(t1, "/api/v1/assessments/{id}/score-sheet.pdf", Map.of("kind", "REVIEW"), a1);
        assertTrue(has(review, "安全生产考核评分表", "台账不全，复核扣2分", "行业检查情况", "事故起数", "考核组组长（签字）", "优秀", e1Name), review);
        wordsOnly(review);
        download(neighbour, "/api/v1/assessments/{id}/score-sheet.pdf", Map.of("kind", "REVIEW"), "application/pdf", 404, a1);
        download(Tokens.token("e2-safety", data.code(e2), "enterprise"), "/api/v1/assessments/{id}/score-sheet.pdf",
                Map.of("kind", "SELF"), "application/pdf", 404, a1);
        given().auth().oauth2(office).accept("application/pdf").queryParam("kind", "SELF").get("/api/v1/assessments/{id}/score-sheet.pdf", a1)
                .then().statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("Content-Language", equalTo("zh-CN"));
    }
}
