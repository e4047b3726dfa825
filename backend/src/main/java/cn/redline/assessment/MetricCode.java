package cn.redline.assessment;

/**
 * The metric catalogue (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §4.4): what an AUTO_METRIC indicator, a veto condition or an
 * automatic adjustment may read, always from a snapshot frozen at the cutoff (§1.5). Rates are fractions 0..1,
 * counts are whole numbers; ACC_MAX_LEVEL is 0 (none), 1 一般, 2 较大, 3 重大, 4 特别重大.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssessmentMetricCode")
public enum MetricCode {
    HZ_CLOSURE_RATE,
    HZ_ONTIME_RATE,
    HZ_OVERDUE_MAJOR,
    HZ_SELFCHECK_PARTICIPATION,
    DR_KEY_COVERAGE,
    DR_OWN_MET,
    DR_FINDINGS_CLOSED,
    DL_SIGN_RATE,
    DL_FULFILMENT_RATE,
    DL_FALSIFIED,
    ENT_ALLSTAFF_COVERAGE,
    ACC_COUNT,
    ACC_DEATHS,
    ACC_LARGER_COUNT,
    ACC_MAJOR_COUNT,
    ACC_MAX_LEVEL,
    ACC_CONCEALED,
    ACC_COUNT_CEILING,
    ACC_DEATHS_CEILING,
    RPT_TIMELINESS,
    NOTICE_CRITICISM
}
