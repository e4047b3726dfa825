package cn.redline.accountability;

import cn.redline.platform.workflow.WorkflowState;

/** §1.6: PROPOSED → ISSUED → RESPONDED → CLOSED, or ESCALATED past its due day, or WITHDRAWN while proposed. */
public enum AccountabilityStatus implements WorkflowState {
    PROPOSED(true), ISSUED(true), RESPONDED(true), CLOSED(false), ESCALATED(false), WITHDRAWN(false);

    private final boolean open;

    AccountabilityStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
