package cn.redline.drill;

/** An evaluator of the organiser's own staff, or of a third party (GB101 23 encourages third-party evaluation). */
public enum DrillEvaluatorKind {
    INTERNAL, THIRD_PARTY
}
