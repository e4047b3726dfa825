package cn.redline.assessment;

/**
 * The actions on one target's assessment ({@link AssessmentWorkflow}). The system steps (SELF_MISSED when the review
 * starts, PRELIMINARY_PUBLISHED, FINAL, RECTIFYING) follow the scheme's workflow and are no actions of a caller; a failing target's rectification is answered and accepted on
 * its 整改方案 action in the accountability register, which closes the assessment (RECTIFYING → CLOSED).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentAction")
public enum AssessmentAction {
    START, SUBMIT_SELF, REVIEW, RETURN_FOR_SUPPLEMENT, COMPLETE_REVIEW, OBJECT, DECIDE
}
