package cn.redline.accountability;

/** What can be done to an accountability action. */
public enum AccountabilityVerb {
    /** The issuing office sends a proposed action to its addressee. */
    ISSUE,
    /** The addressee answers: the measures, the explanation, the plan. */
    RESPOND,
    /** The issuing office accepts the response. */
    CLOSE,
    /** The issuing office escalates an action left unanswered past its due day (a new action follows by hand). */
    ESCALATE,
    /** The issuing office drops a proposed action, with the reason (e.g. a rule matched a fact that did not warrant it). */
    WITHDRAW
}
