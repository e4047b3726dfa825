package cn.redline.org;

/** The four kinds of department (S1 §4, rule L5); they choose list templates and assessment tiers. */
public enum DepartmentKind {
    /** 综合监管: the emergency-management (安监) bureau. */
    COMPREHENSIVE,
    /** 负有安全生产监管职责: enforces safety in its industries. */
    SUPERVISING,
    /** 其他行业主管: planning, policy, standards and licensing of an industry. */
    INDUSTRY_ADMIN,
    /** 其他部门 / 支持保障: supports safety work within its remit. */
    SUPPORT
}
