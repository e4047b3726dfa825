package cn.redline.duty.list;

import cn.redline.org.DepartmentKind;
import cn.redline.org.Org;
import cn.redline.org.PostKind;
import cn.redline.org.RegionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who holds a list (§2.2): the four list kinds of S0 (L1) split by the duty sets they carry: the five leader
 * categories of LRR ch.2 (L4) and the 人大/政协 leaders (L23), the four department kinds of S1 §4 (L5), townships and
 * functional zones (S0 "乡(镇)、管委会"), an enterprise's principal (SPL 21, L17) and its other posts (L15). Every list
 * names the holder post: duties attach to posts, and the post's holder on a date is who answers for them (§1.4).
 */
@Schema(name = "HolderKind")
public enum HolderKind {
    LEADER_PARTY_HEAD, LEADER_GOV_HEAD, LEADER_STANDING_MEMBER, LEADER_SAFETY_DEPUTY, LEADER_OTHER_DEPUTY,
    LEADER_NPC_CPPCC, DEPT_COMPREHENSIVE, DEPT_SUPERVISING, DEPT_INDUSTRY_ADMIN, DEPT_SUPPORT, TERRITORY_TOWNSHIP,
    TERRITORY_ZONE, ENTERPRISE_MAIN, ENTERPRISE_POST;

    /** Whether a post of {@code kind} on {@code org} may hold a list of this kind. */
    public boolean fits(PostKind kind, Org org) {
        return switch (this) {
            case LEADER_PARTY_HEAD, LEADER_GOV_HEAD, LEADER_STANDING_MEMBER, LEADER_SAFETY_DEPUTY, LEADER_OTHER_DEPUTY ->
                    kind.name().equals(name());
            case LEADER_NPC_CPPCC -> kind == PostKind.LEADER_OTHER_DEPUTY || kind == PostKind.LEADER_STANDING_MEMBER;
            case DEPT_COMPREHENSIVE -> kind == PostKind.DEPT_HEAD && org.departmentKind == DepartmentKind.COMPREHENSIVE;
            case DEPT_SUPERVISING -> kind == PostKind.DEPT_HEAD && org.departmentKind == DepartmentKind.SUPERVISING;
            case DEPT_INDUSTRY_ADMIN -> kind == PostKind.DEPT_HEAD && org.departmentKind == DepartmentKind.INDUSTRY_ADMIN;
            case DEPT_SUPPORT -> kind == PostKind.DEPT_HEAD && org.departmentKind == DepartmentKind.SUPPORT;
            case TERRITORY_TOWNSHIP -> kind == PostKind.TOWNSHIP_HEAD && org.zoneKind == null
                    && org.regionLevel == RegionLevel.TOWNSHIP;
            case TERRITORY_ZONE -> kind == PostKind.TOWNSHIP_HEAD && org.zoneKind != null;
            case ENTERPRISE_MAIN -> kind == PostKind.ENTERPRISE_PRINCIPAL;
            case ENTERPRISE_POST -> kind == PostKind.ENTERPRISE_POST;
        };
    }

    public boolean isLeader() {
        return name().startsWith("LEADER_");
    }

    public boolean isDepartment() {
        return name().startsWith("DEPT_");
    }

    public boolean isTerritory() {
        return name().startsWith("TERRITORY_");
    }

    public boolean isEnterprise() {
        return name().startsWith("ENTERPRISE_");
    }
}
