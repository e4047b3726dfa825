package cn.redline.drill;

/** What fixes a finding (§3.3 DrillFinding.action.kind): revise the plan, train, equip, a hazard ticket, or other. */
public enum DrillCorrectiveActionKind {
    PLAN_REVISION, TRAINING, EQUIPMENT, HAZARD_TICKET, OTHER
}
