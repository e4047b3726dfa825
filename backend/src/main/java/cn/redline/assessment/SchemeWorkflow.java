package cn.redline.assessment;

import static cn.redline.assessment.SchemeStatus.APPROVED;
import static cn.redline.assessment.SchemeStatus.CLOSED;
import static cn.redline.assessment.SchemeStatus.DRAFT;
import static cn.redline.assessment.SchemeStatus.PRELIMINARY;
import static cn.redline.assessment.SchemeStatus.PUBLISHED;
import static cn.redline.assessment.SchemeStatus.RESULTS_PUBLISHED;
import static cn.redline.assessment.SchemeStatus.REVIEWING;
import static cn.redline.assessment.SchemeStatus.SELF_ASSESSMENT;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.util.Map;

/**
 * The scheme's year as one table (§4.3 "Scheme"): publish only a complete scheme whose points add up, revise only
 * before it opens (afterwards weights and bands are frozen), start the review once the period's cutoff has passed.
 * Then the results: proposed once every assessment is reviewed (preliminary publication opens the objection window),
 * approved by a leader once the window closed and every objection is decided, published with the 通报's 文号, closed.
 */
public final class SchemeWorkflow {

    /** Who approves the results: the government's or 安委会's leader (§4.3), or an admin. */
    static final java.util.Set<String> APPROVERS = java.util.Set.of(Roles.LEADER, Roles.ADMIN);

    /** What the guards read beyond the scheme and the caller. */
    public interface Lookups {

        /** Whether the caller's org is the issuer or above it: the side that writes the scheme. */
        boolean onIssuingSide(AssessmentScheme s, Caller c);

        /** Why the period's cutoff has not passed yet, or null once it has. */
        String beforeCutoff(AssessmentScheme s);

        /** Why not every assessment of the scheme is REVIEWED yet, or null. */
        String notAllReviewed(AssessmentScheme s);

        /** Why the results cannot be approved yet (objection window open, objections undecided), or null. */
        String objectionsPending(AssessmentScheme s);
    }

    private final Workflow<AssessmentScheme, SchemeStatus, SchemeAction, Caller, SchemeTransition> table;

    public SchemeWorkflow(Lookups lookups) {
        Guard<AssessmentScheme, Caller> issuingSide = when(lookups::onIssuingSide,
                "only the issuing side acts on its scheme");
        Guard<AssessmentScheme, Caller> cutoff = (s, c) -> lookups.beforeCutoff(s);
        this.table = Workflow.<AssessmentScheme, SchemeStatus, SchemeAction, Caller, SchemeTransition>table(
                        "assessment scheme", s -> s.status, (s, st) -> s.status = st, Caller::hasRole,
                        s -> "a scheme in state " + s.status)
                // 文号 and complete rules whose points add up (422 naming the mismatch)
                .on(SchemeAction.PUBLISH).from(DRAFT).to(PUBLISHED).by(Roles.ASSESSMENT_ISSUERS).when(issuingSide)
                .handle(SchemeWorkflow::publish)
                .on(SchemeAction.REVISE).from(PUBLISHED).to(DRAFT).by(Roles.ASSESSMENT_ISSUERS).when(issuingSide)
                .handle(SchemeWorkflow::revise)
                .on(SchemeAction.OPEN).from(PUBLISHED).to(SELF_ASSESSMENT).by(Roles.ASSESSMENT_ISSUERS).when(issuingSide)
                .handle((s, c, t, data) -> data.put("revision", s.revision))
                .on(SchemeAction.START_REVIEW).from(SELF_ASSESSMENT).to(REVIEWING).by(Roles.ASSESSMENT_ISSUERS)
                .when(issuingSide).when(cutoff)
                .handle((s, c, t, data) -> data.put("periodEnd", s.cutoff().toString()))
                .on(SchemeAction.PROPOSE_RESULTS).from(REVIEWING).to(PRELIMINARY).by(Roles.ASSESSMENT_ISSUERS).when(issuingSide)
                .when((s, c) -> lookups.notAllReviewed(s)).handle((s, c, t, data) -> { })
                .on(SchemeAction.APPROVE).from(PRELIMINARY).to(APPROVED).by(APPROVERS).when(issuingSide)
                .when((s, c) -> lookups.objectionsPending(s)).handle((s, c, t, data) -> { })
                .on(SchemeAction.PUBLISH_RESULTS).from(APPROVED).to(RESULTS_PUBLISHED).by(Roles.ASSESSMENT_ISSUERS)
                .when(issuingSide).handle(SchemeWorkflow::publishResults)
                .on(SchemeAction.CLOSE).from(RESULTS_PUBLISHED).to(CLOSED).by(Roles.ASSESSMENT_ISSUERS).when(issuingSide)
                .handle((s, c, t, data) -> { })
                .build();
    }

    public Workflow<AssessmentScheme, SchemeStatus, SchemeAction, Caller, SchemeTransition> table() {
        return table;
    }

    private static void publish(AssessmentScheme s, Caller c, SchemeTransition t, Map<String, Object> data) {
        String doc = t.docNumber() != null && !t.docNumber().isBlank() ? t.docNumber().strip() : s.docNumber;
        if (doc == null || doc.isBlank()) {
            throw ProblemException.invalid("docNumber", "is required to publish a scheme (文号)");
        }
        SchemeCheck.requirePublishable(s.definition);
        s.docNumber = doc;
        data.put("revision", s.revision);
        data.put("docNumber", doc);
    }

    private static void publishResults(AssessmentScheme s, Caller c, SchemeTransition t, Map<String, Object> data) {
        if (t.docNumber() == null || t.docNumber().isBlank()) {
            throw ProblemException.invalid("docNumber", "is required to publish the results (通报文号)");
        }
        s.resultsDocNumber = t.docNumber().strip();
        data.put("docNumber", s.resultsDocNumber);
    }

    private static void revise(AssessmentScheme s, Caller c, SchemeTransition t, Map<String, Object> data) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw ProblemException.invalid("comment", "is required: say why the published scheme is revised");
        }
        data.put("reason", t.comment().strip());
        data.put("revision", s.revision + 1);
        s.revision++;
    }
}
