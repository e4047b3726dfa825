package cn.redline.assessment;

import cn.redline.platform.workflow.WorkflowState;

/** Where a scheme is in its year (§4.3 "Scheme"); weights and bands are frozen from SELF_ASSESSMENT on. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentSchemeStatus")
public enum SchemeStatus implements WorkflowState {
    DRAFT(true),
    PUBLISHED(true),
    SELF_ASSESSMENT(true),
    REVIEWING(true),
    PRELIMINARY(true),
    APPROVED(true),
    RESULTS_PUBLISHED(true),
    CLOSED(false);

    private final boolean open;

    SchemeStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
