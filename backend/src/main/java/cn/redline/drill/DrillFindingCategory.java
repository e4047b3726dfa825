package cn.redline.drill;

/** Where a drill finding lies (AQ9009 4.1, D11): 应急预案, 应急组织, 应急人员, 应急机制, 应急保障. */
public enum DrillFindingCategory {
    PLAN, ORGANIZATION, PERSONNEL, MECHANISM, RESOURCES
}
