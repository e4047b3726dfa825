package cn.redline.drill;

import static cn.redline.drill.YearPlanStatus.APPROVED;
import static cn.redline.drill.YearPlanStatus.DRAFT;
import static cn.redline.drill.YearPlanStatus.SUBMITTED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.util.function.BiPredicate;

/**
 * The yearly drill plan's table (§3.3 DrillYearPlan, aiurt pattern): the org drafts and submits it; its leadership or
 * an office above it, someone other than the submitter, approves it or sends it back to DRAFT with the reason.
 */
final class YearPlanWorkflow {

    private YearPlanWorkflow() {
    }

    /** {@code organiser}: whether the caller keeps the plan's org's drills (own org or above, admin). */
    static Workflow<DrillYearPlan, YearPlanStatus, YearPlanAction, Caller, YearPlanTransition> table(
            BiPredicate<DrillYearPlan, Caller> organiser) {
        Guard<DrillYearPlan, Caller> keeps = when(organiser, "only the org itself or an office above it keeps its drill plan");
        Guard<DrillYearPlan, Caller> notSubmitter = when((p, c) -> !c.subject().equals(p.submittedBy),
                "a plan is approved by someone other than the one who submitted it");
        return Workflow.<DrillYearPlan, YearPlanStatus, YearPlanAction, Caller, YearPlanTransition>table(
                        "drill year plan", p -> p.status, (p, s) -> p.status = s, Caller::hasRole,
                        p -> "a " + p.year + " drill plan in state " + p.status)
                .on(YearPlanAction.SUBMIT).from(DRAFT).to(SUBMITTED).by(Roles.DRILL_ORGANISERS)
                .when(keeps).when(when(p -> !p.items.isEmpty(), "the plan lists no drills"))
                .handle((p, c, q, data) -> {
                    p.submittedBy = c.subject();
                    data.put("items", p.items.size());
                })
                .on(YearPlanAction.APPROVE).from(SUBMITTED).to(APPROVED).by(Roles.DRILL_COMMANDERS)
                .when(keeps).when(notSubmitter)
                .handle((p, c, q, data) -> { })
                .on(YearPlanAction.REJECT).from(SUBMITTED).to(DRAFT).by(Roles.DRILL_COMMANDERS)
                .when(keeps).when(notSubmitter)
                .handle((p, c, q, data) -> {
                    if (q.comment() == null || q.comment().isBlank()) {
                        throw ProblemException.invalid("comment", "give the reason");
                    }
                    data.put("reason", q.comment().strip());
                })
                .build();
    }
}
