package cn.redline.assessment;

import static cn.redline.assessment.AssessmentStatus.IN_RECONSIDERATION;
import static cn.redline.assessment.AssessmentStatus.NOT_STARTED;
import static cn.redline.assessment.AssessmentStatus.PRELIMINARY_PUBLISHED;
import static cn.redline.assessment.AssessmentStatus.REVIEWED;
import static cn.redline.assessment.AssessmentStatus.SELF_ASSESSING;
import static cn.redline.assessment.AssessmentStatus.SELF_MISSED;
import static cn.redline.assessment.AssessmentStatus.SELF_SUBMITTED;
import static cn.redline.assessment.AssessmentStatus.UNDER_REVIEW;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.util.Set;

/**
 * One target's assessment as one table (§4.3): the target starts and submits its self-assessment signed by its
 * principal, the assessment group (the issuing side) reviews, returns it for supplement or completes the review, the
 * target objects within the window and the issuing side decides. A failing target's rectification (RECTIFYING) has
 * no rows here: its 整改方案 action in the accountability register tracks it, and the action's end closes the assessment. The guards read the assessment, the caller and {@link Lookups}; allowedActions comes
 * from the same guards.
 */
public final class AssessmentWorkflow {

    /** Who acts on a target's own assessment: the target's staff. */
    static final Set<String> TARGETS = Roles.ASSESSMENT_PARTICIPANTS;

    public interface Lookups {

        /** The caller's org is the target itself (not an org inside it). */
        boolean onTargetSide(Assessment a, Caller c);

        /** The caller's org issued the scheme or is above it. */
        boolean onIssuingSide(Assessment a, Caller c);

        /** The scheme is open for self-assessment (SELF_ASSESSMENT). */
        String schemeNotOpen(Assessment a);

        /**
         * Why a self-assessment cannot be submitted now: the scheme is open for self-assessment, or under review and the
         * assessment was returned for supplement.
         */
        String selfClosed(Assessment a);

        /** Why the self-assessment cannot be submitted (an evidence-required leaf without evidence), or null. */
        String selfIncomplete(Assessment a);

        /** Why the review cannot be completed (a leaf without final points), or null. */
        String reviewIncomplete(Assessment a);

        /** Why an objection is too late (the window closed), or null. */
        String objectionClosed(Assessment a);
    }

    private final Workflow<Assessment, AssessmentStatus, AssessmentAction, Caller, AssessmentTransition> table;

    public AssessmentWorkflow(Lookups l) {
        Guard<Assessment, Caller> target = when(l::onTargetSide, "only the target acts here");
        Guard<Assessment, Caller> issuer = when(l::onIssuingSide, "only the assessment group (the issuing side) acts here");
        this.table = Workflow.<Assessment, AssessmentStatus, AssessmentAction, Caller, AssessmentTransition>table(
                        "assessment", a -> a.status, (a, s) -> a.status = s, Caller::hasRole, a -> "an assessment in state " + a.status)
                .on(AssessmentAction.START).from(NOT_STARTED).to(SELF_ASSESSING).by(TARGETS).when(target)
                .when((a, c) -> l.schemeNotOpen(a)).handle((a, c, t, data) -> { })
                // signed by the principal (责任书 signatory); every evidence-required manual leaf scored with evidence
                .on(AssessmentAction.SUBMIT_SELF).from(SELF_ASSESSING).to(SELF_SUBMITTED).by(TARGETS).when(target)
                .when((a, c) -> l.selfClosed(a)).when((a, c) -> l.selfIncomplete(a)).handle(AssessmentWorkflow::sign)
                .on(AssessmentAction.REVIEW).from(SELF_SUBMITTED, SELF_MISSED).to(UNDER_REVIEW).by(Roles.ASSESSMENT_ISSUERS)
                .when(issuer).handle((a, c, t, data) -> { })
                .on(AssessmentAction.RETURN_FOR_SUPPLEMENT).from(UNDER_REVIEW).to(SELF_ASSESSING).by(Roles.ASSESSMENT_ISSUERS)
                .when(issuer).handle(AssessmentWorkflow::returned)
                .on(AssessmentAction.COMPLETE_REVIEW).from(UNDER_REVIEW).to(REVIEWED).by(Roles.ASSESSMENT_ISSUERS).when(issuer)
                .when((a, c) -> l.reviewIncomplete(a)).handle((a, c, t, data) -> { })
                .on(AssessmentAction.OBJECT).from(PRELIMINARY_PUBLISHED).to(IN_RECONSIDERATION).by(TARGETS).when(target)
                .when((a, c) -> l.objectionClosed(a)).handle(AssessmentWorkflow::reasoned)
                .on(AssessmentAction.DECIDE).from(IN_RECONSIDERATION).to(PRELIMINARY_PUBLISHED).by(Roles.ASSESSMENT_ISSUERS)
                .when(issuer).handle(AssessmentWorkflow::decided)
                .build();
    }

    public Workflow<Assessment, AssessmentStatus, AssessmentAction, Caller, AssessmentTransition> table() {
        return table;
    }

    private static void sign(Assessment a, Caller c, AssessmentTransition t, java.util.Map<String, Object> data) {
        if (t.signedBy() == null || t.signedBy().isBlank()) {
            throw ProblemException.invalid("signedBy", "is required: the principal (责任书 signatory) signs the self-assessment");
        }
        a.signedByName = t.signedBy().strip();
        a.signedBySubject = c.subject();
        data.put("signedBy", a.signedByName);
    }

    private static void reasoned(Assessment a, Caller c, AssessmentTransition t, java.util.Map<String, Object> data) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw ProblemException.invalid("comment", "is required: say why");
        }
        data.put("reason", t.comment().strip());
    }

    /** A return for supplement says why and may extend the target's deadline (recorded, §4.3). */
    private static void returned(Assessment a, Caller c, AssessmentTransition t, java.util.Map<String, Object> data) {
        reasoned(a, c, t, data);
        if (t.due() != null) {
            a.selfDue = t.due();
            data.put("due", t.due().toString());
        }
    }

    private static void decided(Assessment a, Caller c, AssessmentTransition t, java.util.Map<String, Object> data) {
        if (t.decision() == null) {
            throw ProblemException.invalid("decision", "is required: UPHELD or REJECTED");
        }
        reasoned(a, c, t, data);
        data.put("decision", t.decision().name());
    }
}
