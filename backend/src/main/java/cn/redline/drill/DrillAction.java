package cn.redline.drill;

/**
 * The drill workflow's actions (§3.4). PLAN and RECORD_PAST create a drill; LOG adds a timeline entry and ATTACH a
 * document or photo, both leaving the state as it is.
 */
public enum DrillAction {
    PLAN, RECORD_PAST, PREPARE, MARK_READY, POSTPONE, CANCEL, START, LOG, END, TERMINATE, ATTACH
}
