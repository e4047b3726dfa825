package cn.redline.drill;

import static cn.redline.drill.DrillSpotCheckStatus.CANCELLED;
import static cn.redline.drill.DrillSpotCheckStatus.CORRECTED;
import static cn.redline.drill.DrillSpotCheckStatus.CORRECTION_ORDERED;
import static cn.redline.drill.DrillSpotCheckStatus.DONE;
import static cn.redline.drill.DrillSpotCheckStatus.ESCALATED;
import static cn.redline.drill.DrillSpotCheckStatus.PLANNED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.LocalDate;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The drill spot check's table (§3.4, D3): the regulator records what it found on a planned check (or cancels it); a
 * noncompliant check is ordered corrected by a deadline; the checked unit answers with its evidence and the regulator
 * accepts it, or, once the deadline has passed, escalates it ({@link DrillSpotChecks} then proposes the accountability
 * action). Inspectors record results; the orders, acceptance and escalation are the supervising offices' own acts.
 */
final class DrillSpotCheckWorkflow {

    /** What ESCALATE does beyond the state: proposes the accountability action and keeps its id. */
    interface Escalation {
        void escalate(DrillSpotCheck s, DrillSpotCheckTransition q, java.util.Map<String, Object> data);
    }

    private DrillSpotCheckWorkflow() {
    }

    /**
     * @param regulator whether the caller speaks for the checking org (its own org or one above it; admin anywhere)
     * @param target    whether the caller belongs to the checked unit
     */
    static Workflow<DrillSpotCheck, DrillSpotCheckStatus, DrillSpotCheckAction, Caller, DrillSpotCheckTransition> table(
            BiPredicate<DrillSpotCheck, Caller> regulator, BiPredicate<DrillSpotCheck, Caller> target, Supplier<LocalDate> today,
            Escalation escalation) {
        Guard<DrillSpotCheck, Caller> checking = when(regulator, "only the checking department or office");
        Guard<DrillSpotCheck, Caller> checked = when(target, "only the checked unit answers");
        Guard<DrillSpotCheck, Caller> noncompliant = when(s -> s.result == DrillSpotCheckResult.NONCOMPLIANT,
                "only a noncompliant check orders a correction");
        Guard<DrillSpotCheck, Caller> answered = when(s -> s.response != null, "the unit has not answered the order yet");
        Guard<DrillSpotCheck, Caller> pastDeadline = when(s -> s.correctionDeadline != null && today.get().isAfter(s.correctionDeadline),
                "an order is escalated only once its deadline has passed");
        return Workflow.<DrillSpotCheck, DrillSpotCheckStatus, DrillSpotCheckAction, Caller, DrillSpotCheckTransition>table(
                        "drill spot check", s -> s.status, (s, st) -> s.status = st, Caller::hasRole,
                        s -> "a spot check in state " + s.status)
                .on(DrillSpotCheckAction.RECORD_RESULT).from(PLANNED).to(DONE).by(Roles.SPOT_CHECKERS).when(checking)
                .handle((s, c, q, data) -> record(s, q.result(), q.findings(), q.checkedOn(), today.get(), c.displayName(), data))
                .on(DrillSpotCheckAction.CANCEL).from(PLANNED).to(CANCELLED).by(Roles.SPOT_CHECKERS).when(checking)
                .handle((s, c, q, data) -> {
                    s.cancelReason = required(q.comment(), "comment", "give the reason");
                    data.put("reason", s.cancelReason);
                })
                .on(DrillSpotCheckAction.ORDER_CORRECTION).from(DONE).to(CORRECTION_ORDERED).by(Roles.SUPERVISORS)
                .when(checking).when(noncompliant)
                .handle((s, c, q, data) -> {
                    if (q.correctionDeadline() == null) {
                        throw ProblemException.invalid("correctionDeadline", "give the day the unit must have corrected by");
                    }
                    if (!q.correctionDeadline().isAfter(today.get())) {
                        throw ProblemException.invalid("correctionDeadline", "must be after today");
                    }
                    s.correctionDeadline = q.correctionDeadline();
                    s.correctionOrder = q.comment() == null || q.comment().isBlank() ? null : q.comment().strip();
                    data.put("deadline", s.correctionDeadline.toString());
                })
                .on(DrillSpotCheckAction.RESPOND).from(CORRECTION_ORDERED).stays().by(Roles.SPOT_CHECK_RESPONDERS).when(checked)
                .handle((s, c, q, data) -> {
                    s.response = required(q.response(), "response", "say what was corrected and the evidence");
                    data.put("late", today.get().isAfter(s.correctionDeadline));
                })
                .on(DrillSpotCheckAction.ACCEPT_CORRECTION).from(CORRECTION_ORDERED).to(CORRECTED).by(Roles.SUPERVISORS)
                .when(checking).when(answered)
                .handle((s, c, q, data) -> {
                })
                .on(DrillSpotCheckAction.ESCALATE).from(CORRECTION_ORDERED).to(ESCALATED).by(Roles.SUPERVISORS)
                .when(checking).when(pastDeadline)
                .handle((s, c, q, data) -> escalation.escalate(s, q, data))
                .build();
    }

    /** The result found on site: a noncompliant one says what was found; the day checked is never in the future. */
    static void record(DrillSpotCheck s, DrillSpotCheckResult result, String findings, LocalDate checkedOn, LocalDate today,
                       String checkedBy, java.util.Map<String, Object> data) {
        if (result == null) {
            throw ProblemException.invalid("result", "give the result found");
        }
        boolean described = findings != null && !findings.isBlank();
        if (result == DrillSpotCheckResult.NONCOMPLIANT && !described) {
            throw ProblemException.invalid("findings", "say what was found");
        }
        LocalDate day = checkedOn == null ? today : checkedOn;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("checkedOn", "must not be in the future");
        }
        s.result = result;
        s.findings = described ? findings.strip() : null;
        s.checkedOn = day;
        s.checkedBy = checkedBy;
        data.put("result", result.name());
        data.put("checkedOn", day.toString());
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return value.strip();
    }
}
