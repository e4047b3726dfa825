package cn.redline.duty;

/** Where a piece of evidence falls against a period and its grace days (§1.1). */
public enum EvidenceTiming {
    /** Dated outside the period: proves nothing for it. */
    OUTSIDE,
    /** Dated inside and entered before the period ended (24:00 of its last day). */
    ON_TIME,
    /** Dated inside, entered after the period ended but within the rule's grace days: counts, flagged late. */
    LATE,
    /** Dated inside, entered after the grace days: does not count. */
    TOO_LATE;

    public boolean counts() {
        return this == ON_TIME || this == LATE;
    }
}
