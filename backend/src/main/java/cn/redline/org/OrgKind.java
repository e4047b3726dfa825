package cn.redline.org;

/** The three kinds of organization in the one tree (DOMAIN.md "Organizations"). */
public enum OrgKind {
    /** 行政区域: province down to grid. */
    REGION,
    /** 部门: a government department under a region, supervising industries (行业监管). */
    DEPARTMENT,
    /** 生产经营单位: located in a region (属地), in one industry. */
    ENTERPRISE
}
