package cn.redline.drill;

import cn.redline.platform.workflow.WorkflowState;

/**
 * Where a drill stands (§3.4): planned, being prepared, ready, in progress, then CONDUCTED (counts towards the
 * organiser's drill rules), TERMINATED (stopped early; counts for none by default, §3.2) or CANCELLED; a held drill is
 * then EVALUATED and CLOSED, and counts as it did when held (a terminated one keeps its terminationReason). A postponed
 * drill keeps its state with a later day (its original day stays on the drill and in its history). Open means the
 * drill is still to be held; the follow-up of a held drill (evaluation, findings) is tracked on its own records.
 */
public enum DrillStatus implements WorkflowState {
    PLANNED(true), PREPARING(true), READY(true), IN_PROGRESS(true), CONDUCTED(false), TERMINATED(false), EVALUATED(false), CLOSED(false),
    CANCELLED(false);

    private final boolean open;

    DrillStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
