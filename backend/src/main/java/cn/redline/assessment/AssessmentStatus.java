package cn.redline.assessment;

import cn.redline.platform.workflow.WorkflowState;

/** Where one target's assessment is (§4.3 "Assessment (per target)"). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentStatus")
public enum AssessmentStatus implements WorkflowState {
    NOT_STARTED, SELF_ASSESSING, SELF_SUBMITTED, SELF_MISSED, UNDER_REVIEW, REVIEWED, PRELIMINARY_PUBLISHED,
    IN_RECONSIDERATION, FINAL, RECTIFYING, CLOSED;

    @Override
    public boolean open() {
        return this != CLOSED;
    }
}
