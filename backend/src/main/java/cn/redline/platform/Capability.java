package cn.redline.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller may do, by role: the routes check it ({@code @PermissionsAllowed(Capability.Name.…)}, granted by
 * {@link CapabilityGrants}) and /me publishes it, so the SPA shows exactly what the server lets the caller do.
 * The role sets are {@link Roles}', the same the workflow tables use.
 */
@Schema(name = "CallerCapability")
public enum Capability {
    /** Register a hazard (reportHazard); the machine clients too. */
    REPORT_HAZARDS(Roles.union(Roles.FINDERS, Set.of(Roles.INTEGRATION))),
    /** Push tickets from another system (pushHazards). */
    PUSH_HAZARDS(Roles.INTEGRATORS),
    /** Take workflow actions on tickets (transitionHazard): every role some transition of the table allows. */
    ACT_ON_HAZARDS(Roles.union(Roles.SUPERVISORS, Roles.RECTIFIERS, Roles.FINDERS, Roles.LISTERS, Roles.REVIEWERS)),
    /** Supervise tickets: confirm, reject, accept and decide extensions (the workflow's supervisor rows). */
    SUPERVISE_HAZARDS(Roles.SUPERVISORS),
    /** Read the hazard statistics of the scope (getHazardStats). */
    VIEW_HAZARD_STATS(Roles.WATCHERS),
    /** Read the statutory report: watchers for their territory, an enterprise for itself. */
    VIEW_STATUTORY_REPORT(Roles.union(Roles.WATCHERS, Set.of(Roles.ENTERPRISE))),
    /** Upload evidence files (uploadAttachment): the roles that attach files to records (a leader's fulfilment photos too). */
    UPLOAD_ATTACHMENTS(Roles.union(Roles.FINDERS, Roles.RECTIFIERS, Roles.FULFILMENT_RECORDERS, Set.of(Roles.INTEGRATION))),
    /** Create and change organizations, within the scope (createOrg, updateOrg). */
    EDIT_ORGS(Roles.ADMINISTRATORS),
    /** Create posts and appoint their holders (createPost, assignPost, endPostAssignment): an enterprise for itself. */
    MANAGE_POSTS(Roles.union(Roles.ADMINISTRATORS, Set.of(Roles.ENTERPRISE))),
    /** Read the audit trail of the scope (listAudit). */
    VIEW_AUDIT(Roles.ADMINISTRATORS),
    /** Draft, edit and issue responsibility lists, also in bulk to a subtree (createResponsibilityList, issueResponsibilityLists). */
    ISSUE_LISTS(Roles.LIST_ISSUERS),
    /** Take workflow actions on lists (transitionResponsibilityList): every role some row of the list table allows. */
    ACT_ON_LISTS(Roles.union(Roles.LIST_ISSUERS, Roles.LIST_APPROVERS, Roles.LIST_SIGNERS)),
    /** Write list templates (createListTemplate, updateListTemplate). */
    MANAGE_LIST_TEMPLATES(Set.of(Roles.ADMIN)),
    /** Enter, edit and submit fulfilment records (createFulfilmentRecord, updateFulfilmentRecord). */
    RECORD_FULFILMENT(Roles.FULFILMENT_RECORDERS),
    /** Accept or reject fulfilment records of lists the caller's side issued (the workflow's reviewer rows). */
    REVIEW_FULFILMENT(Roles.FULFILMENT_REVIEWERS),
    /** Record verification visits (四不两直) and dispute records found false (createVerificationVisit). */
    VERIFY_FULFILMENT(Roles.FULFILMENT_VERIFIERS),
    /** Push fulfilment evidence from another system (pushFulfilmentRecords). */
    PUSH_FULFILMENT(Roles.INTEGRATORS),
    /** Enter and correct accidents of the register (createAccident, correctAccident): the safety offices. */
    RECORD_ACCIDENTS(Roles.ADMINISTRATORS),
    /** Push accidents from a 直报 system (pushAccidents). */
    PUSH_ACCIDENTS(Roles.INTEGRATORS),
    /** Push drills from an enterprise system (pushDrills). */
    PUSH_DRILLS(Roles.INTEGRATORS),
    /** Read the monthly control-indicator status of the scope (getControlIndicatorStatus). */
    VIEW_CONTROL_STATUS(Roles.WATCHERS),
    /** Propose, issue, close and escalate actions of the accountability register (createAccountabilityAction): the offices. */
    MANAGE_ACCOUNTABILITY(Roles.ADMINISTRATORS),
    /** Act on accountability actions: the offices, and the addressees answering them (transitionAccountabilityAction). */
    ACT_ON_ACCOUNTABILITY(Roles.union(Roles.WATCHERS, Set.of(Roles.ENTERPRISE))),
    /** Keep emergency plans and record drills of the own organization or subtree (createEmergencyPlan, recordDrill). */
    MANAGE_DRILLS(Roles.DRILL_ORGANISERS),
    /** Read the duty reports of the scope: fulfilment matrix, signing progress, gaps, 清单汇编 (getFulfilmentMatrix …). */
    VIEW_DUTY_REPORTS(Roles.WATCHERS),
    /** Export the duty dossier (履职档案) of a post or person in the scope; an enterprise for its own posts (getDutyDossier). */
    EXPORT_DUTY_DOSSIER(Roles.union(Roles.WATCHERS, Set.of(Roles.ENTERPRISE))),
    /** Add requirement rules (createRequirementRule): admins only. */
    MANAGE_REQUIREMENT_RULES(Set.of(Roles.ADMIN)),
    /** Approve an exemption from an obligation (waiveObligation): the safety offices. */
    WAIVE_OBLIGATIONS(Roles.ADMINISTRATORS),
    /** Draft, edit and run assessment schemes of the own org or subtree (createAssessmentScheme, transitionAssessmentScheme). */
    MANAGE_ASSESSMENT_SCHEMES(Roles.ASSESSMENT_ISSUERS),
    /** Act on assessments per target: self-assess, review, object, decide, file and accept plans (transitionAssessment,
     * setAssessmentValue): the issuing side and the targets' staff. */
    ACT_ON_ASSESSMENTS(Roles.ASSESSMENT_PARTICIPANTS),
    /** See the own unit's assessment outlook (GET /assessments/mine, its projection, warnings and the actions addressed
     * to it): the leaders of units. */
    VIEW_UNIT_OUTLOOK(Roles.UNIT_LEADERS),
    /** Add a version of a drill evaluation template (createDrillEvaluationTemplate): admins only (§3.7). */
    MANAGE_EVALUATION_TEMPLATES(Set.of(Roles.ADMIN)),
    /** Take drill workflow actions, log the timeline, attach documents (transitionDrill, addDrillTimelineEntry) and act on
     * yearly drill plans: every role some row of the drill tables allows. */
    ACT_ON_DRILLS(Roles.DRILL_PARTICIPANTS),
    /** Plan and record drill spot checks of key units in the scope, order corrections and escalate them
     * (createDrillSpotCheck; the regulator rows of transitionDrillSpotCheck): departments, safety offices, inspectors. */
    MANAGE_SPOT_CHECKS(Roles.SPOT_CHECKERS),
    /** Take spot-check workflow actions (transitionDrillSpotCheck): the regulators, and the checked unit answering an order. */
    ACT_ON_SPOT_CHECKS(Roles.union(Roles.SPOT_CHECKERS, Roles.SPOT_CHECK_RESPONDERS));

    /** The capabilities' names as constants, for {@code @PermissionsAllowed}. */
    public static final class Name {
        public static final String REPORT_HAZARDS = "REPORT_HAZARDS";
        public static final String PUSH_HAZARDS = "PUSH_HAZARDS";
        public static final String ACT_ON_HAZARDS = "ACT_ON_HAZARDS";
        public static final String VIEW_HAZARD_STATS = "VIEW_HAZARD_STATS";
        public static final String VIEW_STATUTORY_REPORT = "VIEW_STATUTORY_REPORT";
        public static final String UPLOAD_ATTACHMENTS = "UPLOAD_ATTACHMENTS";
        public static final String EDIT_ORGS = "EDIT_ORGS";
        public static final String MANAGE_POSTS = "MANAGE_POSTS";
        public static final String VIEW_AUDIT = "VIEW_AUDIT";
        public static final String ISSUE_LISTS = "ISSUE_LISTS";
        public static final String ACT_ON_LISTS = "ACT_ON_LISTS";
        public static final String MANAGE_LIST_TEMPLATES = "MANAGE_LIST_TEMPLATES";
        public static final String RECORD_FULFILMENT = "RECORD_FULFILMENT";
        public static final String REVIEW_FULFILMENT = "REVIEW_FULFILMENT";
        public static final String VERIFY_FULFILMENT = "VERIFY_FULFILMENT";
        public static final String PUSH_FULFILMENT = "PUSH_FULFILMENT";
        public static final String RECORD_ACCIDENTS = "RECORD_ACCIDENTS";
        public static final String PUSH_ACCIDENTS = "PUSH_ACCIDENTS";
        public static final String PUSH_DRILLS = "PUSH_DRILLS";
        public static final String VIEW_CONTROL_STATUS = "VIEW_CONTROL_STATUS";
        public static final String MANAGE_ACCOUNTABILITY = "MANAGE_ACCOUNTABILITY";
        public static final String ACT_ON_ACCOUNTABILITY = "ACT_ON_ACCOUNTABILITY";
        public static final String MANAGE_DRILLS = "MANAGE_DRILLS";
        public static final String VIEW_DUTY_REPORTS = "VIEW_DUTY_REPORTS";
        public static final String EXPORT_DUTY_DOSSIER = "EXPORT_DUTY_DOSSIER";
        public static final String MANAGE_REQUIREMENT_RULES = "MANAGE_REQUIREMENT_RULES";
        public static final String WAIVE_OBLIGATIONS = "WAIVE_OBLIGATIONS";
        public static final String MANAGE_ASSESSMENT_SCHEMES = "MANAGE_ASSESSMENT_SCHEMES";
        public static final String ACT_ON_ASSESSMENTS = "ACT_ON_ASSESSMENTS";
        public static final String VIEW_UNIT_OUTLOOK = "VIEW_UNIT_OUTLOOK";
        public static final String ACT_ON_DRILLS = "ACT_ON_DRILLS";
        public static final String MANAGE_EVALUATION_TEMPLATES = "MANAGE_EVALUATION_TEMPLATES";
        public static final String MANAGE_SPOT_CHECKS = "MANAGE_SPOT_CHECKS";
        public static final String ACT_ON_SPOT_CHECKS = "ACT_ON_SPOT_CHECKS";

        private Name() {
        }
    }

    private final Set<String> roles;

    Capability(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The capabilities any of {@code roles} grants, in declaration order. */
    public static List<Capability> grantedTo(Collection<String> roles) {
        return Arrays.stream(values()).filter(c -> c.roles.stream().anyMatch(roles::contains)).toList();
    }
}
