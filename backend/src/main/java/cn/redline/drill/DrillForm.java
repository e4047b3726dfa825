package cn.redline.drill;

/** A drill's form (AQ9007): 桌面演练 or 实战演练. A tabletop drill counts unless a rule asks for {@code form=LIVE} (§3.2). */
public enum DrillForm {
    TABLETOP, LIVE
}
