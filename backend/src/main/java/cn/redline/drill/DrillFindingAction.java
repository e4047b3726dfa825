package cn.redline.drill;

/** The drill finding workflow's actions (§3.4): start work, complete it with evidence, verify it, or convert it to a hazard ticket. */
public enum DrillFindingAction {
    START, COMPLETE, VERIFY, CONVERT
}
