package cn.redline.org;

import java.util.Set;

/**
 * What a post is, which decides the org it may belong to and the duty set it carries: the five leader categories
 * of LRR ch.2 (rule L4), department heads (L6), township/zone heads (L1), an enterprise's principal (SPL 21, L17)
 * and every other enterprise post of its 全员安全生产责任制 (SPL 22, AWO29, L15).
 */
public enum PostKind {
    /** 党委主要负责人 */
    LEADER_PARTY_HEAD,
    /** 政府主要负责人 */
    LEADER_GOV_HEAD,
    /** 党委常委会其他成员 */
    LEADER_STANDING_MEMBER,
    /** 分管安全生产的政府领导 */
    LEADER_SAFETY_DEPUTY,
    /** 政府其他领导 */
    LEADER_OTHER_DEPUTY,
    /** 部门主要负责人 */
    DEPT_HEAD,
    /** 乡镇（街道）、管委会主要负责人 */
    TOWNSHIP_HEAD,
    /** 生产经营单位主要负责人 */
    ENTERPRISE_PRINCIPAL,
    /** 生产经营单位其他岗位 */
    ENTERPRISE_POST;

    /** Kinds an org holds once at most: one party head and one government head per region, one head per department. */
    public static final Set<PostKind> SINGLE = Set.of(LEADER_PARTY_HEAD, LEADER_GOV_HEAD, DEPT_HEAD);

    public boolean isLeader() {
        return name().startsWith("LEADER_");
    }

    /**
     * Whether {@code org} may hold a post of this kind: leaders sit on regions at county level or above (LRR 2:
     * 县级以上地方各级党委和政府), township heads on townships and functional zones (管委会), department heads on
     * departments, enterprise posts on enterprises.
     */
    public boolean fits(Org org) {
        return switch (this) {
            case LEADER_PARTY_HEAD, LEADER_GOV_HEAD, LEADER_STANDING_MEMBER, LEADER_SAFETY_DEPUTY, LEADER_OTHER_DEPUTY ->
                    org.kind == OrgKind.REGION && org.zoneKind == null
                            && org.regionLevel.isAbove(RegionLevel.TOWNSHIP);
            case TOWNSHIP_HEAD -> org.kind == OrgKind.REGION
                    && (org.regionLevel == RegionLevel.TOWNSHIP || org.zoneKind != null);
            case DEPT_HEAD -> org.kind == OrgKind.DEPARTMENT;
            case ENTERPRISE_PRINCIPAL, ENTERPRISE_POST -> org.kind == OrgKind.ENTERPRISE;
        };
    }
}
