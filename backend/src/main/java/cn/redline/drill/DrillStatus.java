package cn.redline.drill;

import cn.redline.platform.workflow.WorkflowState;

/**
 * Where a drill stands (§3.4): planned, being prepared, ready, in progress, then CONDUCTED (counts towards the
 * organiser's drill rules), TERMINATED (stopped early; counts for none by default, §3.2) or CANCELLED. A postponed
 * drill keeps its state with a later day (its original day stays on the drill and in its history).
 */
public enum DrillStatus implements WorkflowState {
    PLANNED(true), PREPARING(true), READY(true), IN_PROGRESS(true), CONDUCTED(false), TERMINATED(false), CANCELLED(false);

    private final boolean open;

    DrillStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
