package cn.redline.drill;

/** A yearly drill plan's actions: submit a draft, approve it or send it back (reject). */
public enum YearPlanAction {
    SUBMIT, APPROVE, REJECT
}
