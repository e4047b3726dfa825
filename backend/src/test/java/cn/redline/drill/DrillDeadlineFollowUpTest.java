package cn.redline.drill;

import static cn.redline.drill.PlanRevisionObligationTest.allFollowUps;
import static cn.redline.drill.PlanRevisionObligationTest.debts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.redline.support.Demo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * §3.4's deadlines (D9, D19): a held drill owes its evaluation within 15 days of its end and its summary report within
 * 30 days; each shows among the org's follow-ups and the debts with its reason, is met by the signed evaluation or the
 * attached summary report, and goes overdue (MISSED) after its day. A drill not yet held owes neither.
 */
@QuarkusTest
class DrillDeadlineFollowUpTest {

    private static Map<String, Map<String, Object>> byKind(String org) {
        return allFollowUps(org).stream().filter(u -> List.of("EVALUATION", "SUMMARY").contains(u.get("kind")))
                .collect(Collectors.toMap(u -> (String) u.get("kind"), Function.identity()));
    }

    @Test
    void aHeldDrillOwesItsEvaluationIn15DaysAndItsSummaryIn30UntilTheyAreSignedAndAttached() {
        String org = DrillRuns.org();
        String planned = DrillRuns.inState("IN_PROGRESS", DrillRuns.plan(org, DrillRuns.today().plusDays(10)));
        assertEquals(Map.of(), byKind(org), "a drill in progress owes no evaluation yet");

        DrillRuns.ok(planned, DrillRuns.end(Demo.nanmingSafety(), 3));
        LocalDate today = DrillRuns.today();
        Map<String, Map<String, Object>> owed = byKind(org);
        Map<String, Object> ev = owed.get("EVALUATION");
        assertEquals(planned, ev.get("drillId"));
        assertNull(ev.get("findingId"));
        assertEquals(today.toString(), ev.get("since"));
        assertEquals(today.plusDays(15).toString(), ev.get("due"));
        assertEquals("AT_RISK", ev.get("status"));
        assertEquals(16, ev.get("daysLeft"));
        assertEquals("演练“消防疏散演练”已于" + today + "结束，须在15日内完成演练评估（生产安全事故应急预案管理办法第三十四条）；"
                + today.plusDays(15) + "前完成；剩余16天", ev.get("reasonZh"));
        Map<String, Object> sum = owed.get("SUMMARY");
        assertEquals(today.plusDays(30).toString(), sum.get("due"));
        assertEquals("OPEN", sum.get("status"), "31 days left: not yet at risk (30 days ahead)");
        assertEquals(31, sum.get("daysLeft"));
        assertEquals(1, debts(org, "EVALUATION").size());
        assertEquals(1, debts(org, "SUMMARY").size());

        Evaluations.evaluated(planned, "ACHIEVED");
        owed = byKind(org);
        assertEquals("MET", owed.get("EVALUATION").get("status"));
        assertEquals("演练“消防疏散演练”已于" + today + "结束，须在15日内完成演练评估（生产安全事故应急预案管理办法第三十四条）；演练评估已签发",
                owed.get("EVALUATION").get("reasonZh"));
        assertEquals("OPEN", owed.get("SUMMARY").get("status"));
        assertEquals(List.of(), debts(org, "EVALUATION"));

        DrillRuns.ok(planned, DrillRuns.attach("SUMMARY_REPORT", DrillRuns.uploadPdf(Demo.nanmingSafety())));
        assertEquals("MET", byKind(org).get("SUMMARY").get("status"));
        assertEquals(List.of(), debts(org, "SUMMARY"));
        assertEquals(2, allFollowUps(org).size(), "each owed once");
    }

    @Test
    void aDrillRecordedLateIsOverdueForBothAndATerminatedOneOwesThemToo() {
        String org = DrillRuns.org();
        LocalDate held = DrillRuns.today().minusDays(40);
        String late = DrillFixtures.drill(org, "TABLETOP", "SINGLE", held.toString()).getString("id");
        Map<String, Map<String, Object>> owed = byKind(org);
        assertEquals(late, owed.get("EVALUATION").get("drillId"));
        assertEquals(held.plusDays(15).toString(), owed.get("EVALUATION").get("due"));
        assertEquals("MISSED", owed.get("EVALUATION").get("status"));
        assertEquals("MISSED", owed.get("SUMMARY").get("status"));
        assertEquals(0, owed.get("SUMMARY").get("daysLeft"));

        String other = DrillRuns.org();
        String stopped = DrillRuns.inState("TERMINATED", DrillRuns.plan(other, DrillRuns.today().plusDays(10)));
        assertEquals(stopped, byKind(other).get("EVALUATION").get("drillId"));
        assertEquals("AT_RISK", byKind(other).get("EVALUATION").get("status"));
        assertEquals("OPEN", byKind(other).get("SUMMARY").get("status"));
    }
}
