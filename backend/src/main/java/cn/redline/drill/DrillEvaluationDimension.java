package cn.redline.drill;

/** What an evaluation item looks at (AQ9009 §5–6, D12): the drill's preparation (annex A) or its execution (annex B). */
public enum DrillEvaluationDimension {
    PREPARATION, EXECUTION
}
