package cn.redline.drill;

import cn.redline.platform.workflow.WorkflowState;

/**
 * §3.4 DrillSpotCheck: PLANNED → DONE (compliant, or noncompliant) → CORRECTION_ORDERED → CORRECTED, or ESCALATED past the
 * correction deadline; CANCELLED while planned. A compliant DONE is the end of a check; a noncompliant one waits for its order.
 */
public enum DrillSpotCheckStatus implements WorkflowState {
    PLANNED(true), DONE(false), CORRECTION_ORDERED(true), CORRECTED(false), ESCALATED(false), CANCELLED(false);

    private final boolean open;

    DrillSpotCheckStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
