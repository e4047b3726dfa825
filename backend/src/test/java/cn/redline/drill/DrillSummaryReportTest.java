package cn.redline.drill;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Demo;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The 演练总结报告 (D19, §3.6 item 5) read back as an official reads it: 目的, 时间地点, 参演单位与人员, 方案概要, 问题与原因,
 * 经验教训, 改进建议, in the caller's language, no enum codes or ids; 409 before the drill was held; 404 outside the scope.
 */
@QuarkusTest
class DrillSummaryReportTest {

    private static byte[] report(String token, String drillId, String language, int status) {
        return DrillReports.pdf(token, "/api/v1/drills/{id}/summary-report.pdf", drillId, language, status);
    }

    private static String text(byte[] pdf) throws IOException {
        return DrillReports.text(pdf);
    }

    @Test
    void theSummaryHasTheSectionsOfD19InWordsAndNoCodes() throws IOException {
        String org = DrillRuns.org();
        String plan = DrillFixtures.plan(org, "ONSITE");
        Map<String, Object> body = new HashMap<>(DrillRuns.plan(org, DrillRuns.today().plusDays(10)));
        body.put("planIds", List.of(plan));
        body.put("purpose", "VERIFY");
        body.put("scenario", Map.of("eventType", "仓库火灾", "place", "三号仓库", "development", "叉车充电区起火并蔓延",
                "weather", "晴，东南风2级"));
        body.put("objectives", List.of(Map.of("who", "疏散组", "task", "三分钟内完成人员疏散", "standard", "全员到达集合点",
                "effect", "无人员滞留")));
        body.put("roles", Map.of("commander", Map.of("name", "张建国"), "planner", Map.of("name", "刘策划"),
                "evaluators", List.of(Map.of("name", "王敏")), "delegates", List.of()));
        body.put("plannedHeadcount", 40);
        String drill = DrillRuns.planned(body);
        DrillRuns.ok(drill, DrillRuns.attach("WORK_PLAN", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        DrillRuns.ok(drill, Map.of("action", "PREPARE"));
        DrillRuns.ok(drill, Map.of("action", "MARK_READY"));
        report(Demo.nanmingSafety(), drill, "zh-CN", 409);
        DrillRuns.ok(drill, Map.of("action", "START"));
        DrillRuns.timeline(Demo.nanmingSafety(), drill, DrillRuns.clientId(), "消防车到达现场").then().statusCode(201);
        DrillRuns.ok(drill, DrillRuns.end(Demo.nanmingSafety(), 3));
        String notEvaluated = text(report(Demo.nanmingSafety(), drill, "zh-CN", 200));
        assertTrue(notEvaluated.contains("本次演练尚未评估"), notEvaluated);

        Evaluations.post(Demo.nanmingSafety(), drill, Evaluations.body(Evaluations.allAnswered(2), "NOT_ACHIEVED_REDRILL"))
                .then().statusCode(201);
        String finding = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(PlanRevisionObligationTest.finding(org, "PLAN", "MAJOR"))
                .post("/api/v1/drills/{id}/findings", drill).then().statusCode(201).extract().path("id");
        DrillRuns.ok(drill, Map.of("action", "SUBMIT_EVALUATION"));
        String orgName = as(Demo.nanmingSafety()).get("/api/v1/orgs/{id}", org).then().extract().path("name");

        String zh = text(report(Demo.nanmingSafety(), drill, "zh-CN", 200));
        for (String expected : List.of("演练总结报告", "一、演练目的", "二、演练时间与地点", "三、参演单位与人员", "四、演练方案概要",
                "五、发现的问题与原因", "六、经验教训", "七、改进建议", orgName, "消防疏散演练", "检验性演练", "三分钟内完成人员疏散",
                "三号仓库", "张建国", "刘策划", "王敏", "42", "40", "桌面演练", "现场处置方案", "仓库火灾", "叉车充电区起火并蔓延",
                "消防车到达现场", "观察记录", "预案未明确夜间疏散集合点", "编制时未考虑夜班人员", "重大问题", "应急预案",
                "各组协同顺畅", "总体有序，疏散通道标识不足", "未达到演练目标，需重新演练", "修订现场处置方案", "李工", "修订预案",
                "须修订应急预案", "须就同一情景（仓库火灾）重新演练")) {
            assertTrue(zh.contains(expected), "the summary shows " + expected + ":\n" + zh);
        }
        for (String code : List.of("VERIFY", "TABLETOP", "SINGLE", "OBSERVATION", "MAJOR", "PLAN_REVISION", "REDRILL",
                "NOT_ACHIEVED", "EVALUATED", "CONDUCTED", "THIRD_PARTY", drill, org, plan, finding)) {
            assertFalse(zh.contains(code), "no code or id in the summary: " + code);
        }
        String en = text(report(Demo.nanmingSafety(), drill, "en", 200));
        for (String expected : List.of("Drill summary report", "1. Purpose", "7. Recommendations", "Tabletop", "Observation")) {
            assertTrue(en.contains(expected), "the English summary shows " + expected + ":\n" + en);
        }
    }

    @Test
    void theSummaryOfAnotherDistrictsDrillIsNotFound() {
        String drill = DrillRuns.inState("CONDUCTED");
        report(Demo.nanmingSafety(), drill, "zh-CN", 200);
        report(Demo.baiyunSafety(), drill, "zh-CN", 404);
        report(Demo.baiyunSafety(), UUID.randomUUID().toString(), "zh-CN", 404);
        report(Demo.nanmingSafety(), UUID.randomUUID().toString(), "zh-CN", 404);
    }
}
