package cn.redline.org;

/**
 * Why an enterprise is an emergency key unit (ERR 8, EPM 33): its own set, not the high-risk list of S1 §20
 * (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §5.3). Key units drill every half-year and report it to the county department.
 */
public enum EmergencyKeyCategory {
    /** 易燃易爆物品、危险化学品等危险物品的生产、经营、储存、运输单位. */
    DANGEROUS_GOODS,
    /** 矿山. */
    MINE,
    /** 金属冶炼. */
    METAL_SMELTING,
    /** 城市轨道交通运营. */
    URBAN_RAIL,
    /** 建筑施工. */
    CONSTRUCTION,
    /** 宾馆. */
    HOTEL,
    /** 商场. */
    MALL,
    /** 娱乐场所. */
    ENTERTAINMENT_VENUE,
    /** 旅游景区. */
    TOURIST_SITE
}
