package cn.redline.drill;

/** The answer to a YES_NO item, or NA (not applicable, with the reason) for any item. */
public enum DrillEvaluationResult {
    YES, NO, NA
}
