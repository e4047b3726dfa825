package cn.redline.drill;

/**
 * The drill workflow's actions (§3.4). PLAN and RECORD_PAST create a drill; LOG adds a timeline entry and ATTACH a
 * document or photo, both leaving the state as it is. SUBMIT_EVALUATION, CLOSE, REPORT_TO_REGULATOR (stays) and REOPEN
 * follow the drill once it is held.
 */
public enum DrillAction {
    PLAN, RECORD_PAST, PREPARE, MARK_READY, POSTPONE, CANCEL, START, LOG, END, TERMINATE, ATTACH, SUBMIT_EVALUATION, CLOSE, REPORT_TO_REGULATOR, REOPEN
}
