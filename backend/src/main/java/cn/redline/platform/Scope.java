package cn.redline.platform;

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

    /** The subtree at {@code path}. */
    public static Scope subtree(String path) {
        return new Scope(false, path, path, List.of());
    }

    /** The subtree at {@code path}, plus the records in {@code industries} inside the region at {@code regionPath}. */
    public static Scope supervising(String path, String regionPath, List<String> industries) {
        return new Scope(false, path, regionPath, List.copyOf(industries));
    }

    /** Whether a record at {@code path} (an org path) in {@code industry} (nullable) is visible. */
    public boolean contains(String recordPath, String industry) {
        if (global || recordPath.startsWith(path)) {
            return true;
        }
        return industry != null && industries.contains(industry) && recordPath.startsWith(regionPath);
    }

    /** An HQL condition on an Org alias with its parameters. */
    public Filter where(String org) {
        return where(org + ".path", org + ".industry");
    }

    /**
     * An HQL/SQL condition on any record located by an org path and carrying an industry (only enterprises
     * and records about them have one, so the industry branch never reveals regions or departments).
     * Parameter names are prefixed so they never clash with the caller's.
     */
    public Filter where(String pathExpr, String industryExpr) {
        if (global) {
            return new Filter("1 = 1", Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scopePath", path + "%");
        if (industries.isEmpty()) {
            return new Filter(pathExpr + " like :scopePath", params);
        }
        params.put("scopeIndustries", industries);
        params.put("scopeRegionPath", regionPath + "%");
        return new Filter("(" + pathExpr + " like :scopePath or (" + industryExpr + " in :scopeIndustries and "
                + pathExpr + " like :scopeRegionPath))", params);
    }

    public record Filter(String hql, Map<String, Object> params) {
    }
}
