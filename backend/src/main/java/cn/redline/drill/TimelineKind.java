package cn.redline.drill;

/** A timeline entry (§3.3): a control message injected, an action taken, an observation, an incident. */
public enum TimelineKind {
    INJECT, ACTION, OBSERVATION, INCIDENT
}
