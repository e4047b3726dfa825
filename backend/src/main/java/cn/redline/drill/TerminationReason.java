package cn.redline.drill;

/** Why a drill was stopped early (GL09, D18): a safety incident, a real emergency, or another reason. */
public enum TerminationReason {
    SAFETY_INCIDENT, REAL_EMERGENCY, OTHER
}
