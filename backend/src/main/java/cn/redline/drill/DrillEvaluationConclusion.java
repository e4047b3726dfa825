package cn.redline.drill;

/** The evaluation's conclusion (§3.3): objectives achieved, partly achieved, or not achieved (the scenario is drilled again). */
public enum DrillEvaluationConclusion {
    ACHIEVED, PARTIAL, NOT_ACHIEVED_REDRILL
}
