package cn.redline.drill;

/** What a spot check found (D3): the key unit's drills meet the duty, or they do not and a correction is ordered. */
public enum DrillSpotCheckResult {
    COMPLIANT, NONCOMPLIANT
}
