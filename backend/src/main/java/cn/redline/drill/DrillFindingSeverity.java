package cn.redline.drill;

/** A MAJOR finding in the plan obliges a plan revision (ERR 6(五), D10); GENERAL ones are fixed by their action. */
public enum DrillFindingSeverity {
    MAJOR, GENERAL
}
