package cn.redline.drill;

import cn.redline.platform.workflow.WorkflowState;

/**
 * Where a drill finding stands (§3.4): OPEN → IN_PROGRESS → DONE (with evidence) → VERIFIED; or OPEN → CONVERTED into
 * a hazard ticket, whose own workflow then carries the work (the finding reads the ticket's state and counts as
 * resolved once the ticket is closed).
 */
public enum DrillFindingStatus implements WorkflowState {
    OPEN(true), IN_PROGRESS(true), DONE(true), VERIFIED(false), CONVERTED(false);

    private final boolean open;

    DrillFindingStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
