package cn.redline.org;

/**
 * Functional zones run by a 管委会, territorial units beside townships (or districts): S0, S1 §10, LRR 2;
 * DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.8. A region with a zone kind holds the third list kind, 乡(镇)、管委会、社区 (L1).
 */
public enum ZoneKind {
    /** 经济技术开发区 */
    DEVELOPMENT_ZONE,
    /** 工业园区 */
    INDUSTRIAL_PARK,
    /** 高新技术产业开发区 */
    HIGH_TECH_ZONE,
    /** 综合保税区 */
    BONDED_ZONE,
    /** 风景名胜区 */
    SCENIC_AREA
}
