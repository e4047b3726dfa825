package cn.redline.drill;

/**
 * Where a drill stands (§3.4). So far drills are recorded once held: CONDUCTED (counts towards the organiser's
 * drill rules) or TERMINATED (stopped early; counts for none by default, §3.2).
 */
public enum DrillStatus {
    CONDUCTED, TERMINATED
}
