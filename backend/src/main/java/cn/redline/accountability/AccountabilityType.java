package cn.redline.accountability;

/** The kinds of accountability action (§1.6): what the addressee is made to do or undergo. */
public enum AccountabilityType {
    /** 约谈: the principal leader is summoned and must name the problems and the measures (A7, A9). */
    INTERVIEW,
    /** 约谈告诫: a warning interview, e.g. over poor supervision of major hazards (A10). */
    WARNING_INTERVIEW,
    /** 通报批评: public criticism in a circular. */
    CIRCULAR_CRITICISM,
    /** 说明情况: the unit explains itself to the superior government (A8). */
    EXPLANATION,
    /** 书面检查: a written self-examination (A22). */
    WRITTEN_REVIEW,
    /** 整改方案: rectification measures and a written report (A15: within one month of the 通报). */
    RECTIFICATION_PLAN,
    /** 诫勉: an admonition of a leader. */
    ADMONITION
}
