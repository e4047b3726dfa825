package cn.redline.drill;

import cn.redline.platform.workflow.WorkflowState;

/** A yearly drill plan's state (§3.3 DrillYearPlan): drafted, submitted for approval, approved. */
public enum YearPlanStatus implements WorkflowState {
    DRAFT(true), SUBMITTED(true), APPROVED(false);

    private final boolean open;

    YearPlanStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }
}
