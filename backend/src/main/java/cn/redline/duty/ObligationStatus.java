package cn.redline.duty;

import java.time.LocalDate;

/**
 * An obligation's status (§1.2): OPEN → AT_RISK (at most {@code atRiskDays} left, or the period over and late entry
 * still allowed) → MET | PARTIAL | MISSED, or WAIVED by an approved exemption. Computed, never set by hand.
 */
public enum ObligationStatus {
    OPEN, AT_RISK, MET, PARTIAL, MISSED, WAIVED;

    /**
     * The status of {@code counted} of {@code required} in {@code period} on {@code today}. MET as soon as the count
     * is reached; PARTIAL or MISSED only once late entry is over (grace days after the period), since evidence
     * dated inside the period may still arrive until then.
     */
    public static ObligationStatus of(int required, int counted, Period period, int graceDays, int atRiskDays,
                                      LocalDate today, boolean waived) {
        if (waived) {
            return WAIVED;
        }
        if (counted >= required) {
            return MET;
        }
        if (today.isAfter(period.last().plusDays(graceDays))) {
            return counted > 0 ? PARTIAL : MISSED;
        }
        return period.daysLeft(today) <= atRiskDays ? AT_RISK : OPEN;
    }
}
