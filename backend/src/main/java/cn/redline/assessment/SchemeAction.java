package cn.redline.assessment;

/** The actions of a scheme's workflow ({@link SchemeWorkflow}). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentSchemeAction")
public enum SchemeAction {
    PUBLISH, REVISE, OPEN, START_REVIEW, PROPOSE_RESULTS, APPROVE, PUBLISH_RESULTS, CLOSE
}
