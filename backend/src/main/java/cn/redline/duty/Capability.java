package cn.redline.duty;

/** What a requirement rule asks for (§1.2): a duty of a responsibility list, a drill, a report. */
public enum Capability {
    DUTY, DRILL, REPORT
}
