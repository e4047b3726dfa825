package cn.redline.duty;

/** Who issued a rule (§1.2). Rules stack: a stricter local rule never hides the national one. */
public enum Jurisdiction {
    NATIONAL, PROVINCE, CITY, DISTRICT
}
