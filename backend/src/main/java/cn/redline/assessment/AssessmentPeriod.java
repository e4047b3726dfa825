package cn.redline.assessment;

import java.time.LocalDate;

/** The period a scheme assesses: the year, or one calendar half (§1.1). */
public enum AssessmentPeriod {
    YEAR, FIRST_HALF, SECOND_HALF;

    /** The period's last local day: its cutoff. */
    public LocalDate end(int year) {
        return this == FIRST_HALF ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }
}
