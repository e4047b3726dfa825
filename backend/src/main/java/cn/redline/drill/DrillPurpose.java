package cn.redline.drill;

/** A drill's purpose (AQ9007): 检验性, 示范性 or 研究性. */
public enum DrillPurpose {
    VERIFY, DEMONSTRATE, RESEARCH
}
