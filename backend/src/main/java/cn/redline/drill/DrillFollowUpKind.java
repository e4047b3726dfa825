package cn.redline.drill;

/**
 * What a drill's evaluation leaves the organiser to do (§3.4): revise its plans after a MAJOR finding of category PLAN
 * (D10), or drill the same scenario again after the conclusion NOT_ACHIEVED_REDRILL.
 */
public enum DrillFollowUpKind {
    PLAN_REVISION, REDRILL
}
