package cn.redline.drill;

/** A drill's content (AQ9007): 单项演练 or 综合演练; S1 §11's yearly government drill asks for COMPREHENSIVE (§5.1). */
public enum DrillScope {
    SINGLE, COMPREHENSIVE
}
