package cn.redline.drill;

/**
 * What a held drill leaves its organiser to do (§3.4): evaluate it within 15 days of its end (D9) and attach its summary
 * report within 30 days (D19); after the evaluation, revise its plans after a MAJOR finding of category PLAN (D10), or
 * drill the same scenario again after the conclusion NOT_ACHIEVED_REDRILL.
 */
public enum DrillFollowUpKind {
    PLAN_REVISION, REDRILL, EVALUATION, SUMMARY
}
