package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The 演练评估报告 (§3.6 item 5) read back as an official reads it: the sections of GB/T 46792 annex E, names and
 * labels in the caller's language, no enum codes, item codes or ids; 404 outside the scope or without an evaluation.
 */
@QuarkusTest
class DrillEvaluationReportTest {

    private static byte[] report(String token, String drillId, String language, int status) {
        return DrillReports.pdf(token, "/api/v1/drills/{id}/evaluation/report.pdf", drillId, language, status);
    }

    private static String text(byte[] pdf) throws IOException {
        return DrillReports.text(pdf);
    }

    @Test
    void theReportHasTheSectionsOfAnnexEInWordsAndNoCodes() throws IOException {
        String drill = DrillRuns.inState("CONDUCTED");
        Map<String, Object> body = Evaluations.body(Evaluations.allAnswered(2), "PARTIAL");
        Evaluations.post(Demo.nanmingSafety(), drill, body).then().statusCode(201);
        String orgId = as(Demo.nanmingSafety()).get("/api/v1/drills/{id}", drill).then().extract().path("orgId");
        String orgName = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", orgId).then().extract().path("name");
        String finding = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("category", "PLAN", "severity", "MAJOR",
                        "description", "预案未明确夜间疏散集合点", "cause", "编制时未考虑夜班人员", "recommendation", "修订现场处置方案",
                        "action", Map.of("kind", "PLAN_REVISION", "ownerOrgId", orgId, "ownerPerson", "李工",
                                "deadline", DrillRuns.today().plusDays(60).toString())))
                .post("/api/v1/drills/{id}/findings", drill).then().statusCode(201).extract().path("id");
        DrillRuns.ok(drill, Map.of("action", "SUBMIT_EVALUATION"));

        String zh = text(report(Demo.nanmingSafety(), drill, "zh-CN", 200));
        for (String expected : List.of("演练评估报告", "一、基本情况", "二、评估组织与方法", "三、演练准备评估结果", "四、演练实施评估结果",
                "五、存在的问题及原因分析", "六、改进建议", "七、评估结论", "附：演练评估表", orgName, "消防疏散演练", "王敏", "第三方",
                "基本达到演练目标", "应急预案", "重大问题", "修订预案", "李工", "预警与信息报告", "预案未明确夜间疏散集合点",
                "编制时未考虑夜班人员", "98", "优秀", "桌面演练")) {
            assertTrue(zh.contains(expected), "the report shows " + expected + ":\n" + zh);
        }
        for (String code : List.of("PARTIAL", "PLAN_REVISION", "THIRD_PARTY", "MAJOR", "TABLETOP", "YES_NO", "SCORED", "B1.1", "A1.1",
                "EVALUATED", drill, orgId, finding)) {
            assertFalse(zh.contains(code), "no code or id in the report: " + code);
        }
        String en = text(report(Demo.nanmingSafety(), drill, "en", 200));
        assertTrue(en.contains("Drill evaluation report") && en.contains("Objectives partly achieved")
                && en.contains("Warning and reporting"), en);
    }

    @Test
    void theReportOfAnotherDistrictsDrillOrOfNoEvaluationIsNotFound() {
        String drill = DrillRuns.inState("CONDUCTED");
        report(Demo.nanmingSafety(), drill, "zh-CN", 404);
        Evaluations.post(Demo.nanmingSafety(), drill, Evaluations.body(Evaluations.allAnswered(0), "ACHIEVED")).then().statusCode(201);
        report(Demo.nanmingSafety(), drill, "zh-CN", 200);
        report(Demo.baiyunSafety(), drill, "zh-CN", 404);
        report(Demo.baiyunSafety(), UUID.randomUUID().toString(), "zh-CN", 404);
    }
}
