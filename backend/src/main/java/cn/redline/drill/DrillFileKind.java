package cn.redline.drill;

/**
 * What a file attached to a drill is (§3.3 documents, D17, D18): 工作方案, 脚本, 评估方案, 保障方案, 安全方案, 观摩手册,
 * 公告, a photo taken during the drill, or the 演练总结报告 (D19) that CLOSE needs. The name is the attachment's purpose.
 */
public enum DrillFileKind {
    WORK_PLAN, SCRIPT, EVALUATION_PLAN, SUPPORT_PLAN, SAFETY_PLAN, OBSERVER_HANDBOOK, PUBLIC_NOTICE, PHOTO, SUMMARY_REPORT
}
