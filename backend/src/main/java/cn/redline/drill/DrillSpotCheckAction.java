package cn.redline.drill;

/** What can be done to a drill spot check. */
public enum DrillSpotCheckAction {
    /** The regulator (or its inspector) records the result found on site. */
    RECORD_RESULT,
    /** The regulator orders a noncompliant unit to correct by a deadline (责令限期改正). */
    ORDER_CORRECTION,
    /** The target unit answers the order with what it corrected and its evidence. */
    RESPOND,
    /** The regulator accepts the correction. */
    ACCEPT_CORRECTION,
    /** The regulator escalates an order left uncorrected past its deadline: an accountability action is proposed. */
    ESCALATE,
    /** The regulator drops a planned check, with the reason. */
    CANCEL
}
