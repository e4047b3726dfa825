package cn.redline.platform;

import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller may see, computed once per request from the token (DOMAIN.md "Visibility"): the own
 * org's subtree; for a department also the enterprises of its industries inside its region's subtree;
 * for an admin everything. Every repository filters through {@link #where(String)}.
 */
public record Scope(boolean global, String path, String regionPath, List<String> industries) {

    public static Scope everything() {
        return new Scope(true, "/", "/", List.of());
    }

    public static Scope of(Org org, Org region) {
        if (org.kind == OrgKind.DEPARTMENT && region != null && !org.supervisedIndustries.isEmpty()) {
            return new Scope(false, org.path, region.path, List.copyOf(org.supervisedIndustries));
        }
        return new Scope(false, org.path, org.path, List.of());
    }

    public boolean contains(Org o) {
        if (global || o.path.startsWith(path)) {
            return true;
        }
        return o.kind == OrgKind.ENTERPRISE && industries.contains(o.industry) && o.path.startsWith(regionPath);
    }

    /** An HQL condition on an Org alias with its parameters; names are prefixed so they never clash. */
    public Filter where(String org) {
        if (global) {
            return new Filter("1 = 1", Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scopePath", path + "%");
        if (industries.isEmpty()) {
            return new Filter(org + ".path like :scopePath", params);
        }
        params.put("scopeIndustries", industries);
        params.put("scopeRegionPath", regionPath + "%");
        return new Filter("(" + org + ".path like :scopePath or (" + org + ".kind = cn.redline.org.OrgKind.ENTERPRISE and "
                + org + ".industry in :scopeIndustries and " + org + ".path like :scopeRegionPath))", params);
    }

    public record Filter(String hql, Map<String, Object> params) {
    }
}
