package cn.redline.drill;

/** The kind of an emergency plan (EPM): 综合应急预案, 专项应急预案, 现场处置方案. A separate axis from a drill's form and scope (AQ9007, §5.1). */
public enum EmergencyPlanKind {
    COMPREHENSIVE, SPECIAL, ONSITE
}
