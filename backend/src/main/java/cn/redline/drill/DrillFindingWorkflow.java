package cn.redline.drill;

import static cn.redline.drill.DrillFindingStatus.CONVERTED;
import static cn.redline.drill.DrillFindingStatus.DONE;
import static cn.redline.drill.DrillFindingStatus.IN_PROGRESS;
import static cn.redline.drill.DrillFindingStatus.OPEN;
import static cn.redline.drill.DrillFindingStatus.VERIFIED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drill finding workflow of §3.4 as one table: OPEN → IN_PROGRESS (once it has an owner and a deadline) → DONE (what
 * was done, with evidence) → VERIFIED (by an evaluator or a regulator, not the one who completed it); or OPEN → CONVERTED,
 * which registers a hazard ticket through the hazard reporting path. {@link DrillFindings} runs it.
 */
final class DrillFindingWorkflow {

    /** What the guards and handlers read beyond the finding and the caller. */
    interface Lookups {

        /** Whether the caller keeps the finding's org's drills: its own org or an office above it, an admin. */
        boolean keeps(DrillFinding f, Caller c);

        /** Whether the caller is one of the evaluators named on the finding's drill. */
        boolean evaluates(DrillFinding f, Caller c);

        /** Registers the hazard ticket of CONVERT through the hazard reporting path; its code. */
        String convert(DrillFinding f, DrillFindingTransition q);

        OffsetDateTime now();
    }

    private DrillFindingWorkflow() {
    }

    static Workflow<DrillFinding, DrillFindingStatus, DrillFindingAction, Caller, DrillFindingTransition> table(Lookups lookups) {
        Guard<DrillFinding, Caller> keeps = when(lookups::keeps, "only the drill's organizer or an office above it works on its findings");
        Guard<DrillFinding, Caller> assigned = when((f, c) -> f.assigned(),
                "give the finding's corrective action an owner (org and person) and a deadline first");
        Guard<DrillFinding, Caller> verifier = when((f, c) -> lookups.keeps(f, c) || lookups.evaluates(f, c),
                "only the drill's evaluators, its organizer or an office above it verify a finding");
        Guard<DrillFinding, Caller> notCompleter = when((f, c) -> !c.subject().equals(f.doneBySubject),
                "a finding is verified by someone other than the one who completed it");
        return Workflow.<DrillFinding, DrillFindingStatus, DrillFindingAction, Caller, DrillFindingTransition>table(
                        "drill finding", f -> f.status, (f, s) -> f.status = s, Caller::hasRole,
                        f -> "a " + f.severity + " " + f.category + " finding in state " + f.status)
                .on(DrillFindingAction.START).from(OPEN).to(IN_PROGRESS).by(Roles.DRILL_ORGANISERS)
                .when(keeps).when(assigned)
                .handle((f, c, q, data) -> { })
                .on(DrillFindingAction.COMPLETE).from(IN_PROGRESS).to(DONE).by(Roles.DRILL_ORGANISERS)
                .when(keeps)
                .handle((f, c, q, data) -> complete(f, c, q, data))
                .on(DrillFindingAction.VERIFY).from(DONE).to(VERIFIED).by(Roles.union(Roles.REVIEWERS, Roles.DRILL_PARTICIPANTS))
                .when(verifier).when(notCompleter)
                .handle((f, c, q, data) -> {
                    f.verifiedBy = c.displayName();
                    f.verifiedAt = lookups.now();
                    data.put("verifiedBy", f.verifiedBy);
                    if (q.comment() != null && !q.comment().isBlank()) {
                        data.put("remark", q.comment().strip());
                    }
                })
                .on(DrillFindingAction.CONVERT).from(OPEN).to(CONVERTED).by(Roles.DRILL_ORGANISERS)
                .when(keeps)
                .handle((f, c, q, data) -> data.put("hazardCode", lookups.convert(f, q)))
                .build();
    }

    private static void complete(DrillFinding f, Caller c, DrillFindingTransition q, Map<String, Object> data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.comment() == null || q.comment().isBlank()) {
            errors.add(new Problem.FieldError("comment", "say what was done"));
        }
        if (q.attachmentIds() == null || q.attachmentIds().isEmpty()) {
            errors.add(new Problem.FieldError("attachmentIds", "a finding is completed with evidence: give at least one file"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        f.doneNote = q.comment().strip();
        f.doneBySubject = c.subject();
        data.put("evidence", q.attachmentIds().stream().map(Object::toString).toList());
    }
}
