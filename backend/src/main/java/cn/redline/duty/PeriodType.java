package cn.redline.duty;

/**
 * How a requirement repeats (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.1): calendar periods in Asia/Shanghai, a rolling
 * 24 months since the last satisfying event (ERR 8 "至少每2年"; §6 default) and a window of N days after an event.
 */
public enum PeriodType {
    YEAR, HALF_YEAR, QUARTER, MONTH, ROLLING_24M, EVENT
}
