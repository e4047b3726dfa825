package cn.redline.assessment;

import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an assessment target answers for (§4.4 "scoped to the target"): a territory (township, district) for its
 * subtree, a department for the enterprises of its supervised industries inside its region's subtree, an enterprise
 * for itself. Gives the SQL condition on a record's org path and industry; parameters are prefixed {@code ts}.
 */
record TargetScope(MetricCatalogue.Scoping scoping, String path, String regionPath, List<String> industries) {

    static TargetScope of(Org target, Org parent) {
        if (target.kind == OrgKind.DEPARTMENT) {
            String region = parent == null ? target.path : parent.path;
            return new TargetScope(MetricCatalogue.Scoping.INDUSTRIES_IN_REGION, target.path, region,
                    List.copyOf(target.supervisedIndustries));
        }
        return new TargetScope(target.kind == OrgKind.ENTERPRISE ? MetricCatalogue.Scoping.SELF : MetricCatalogue.Scoping.TERRITORY,
                target.path, target.path, List.of());
    }

    /** Whether a record at {@code path} (an org path) in {@code industry} (nullable) is the target's: {@link #where} in Java. */
    boolean covers(String recordPath, String industry) {
        if (scoping != MetricCatalogue.Scoping.INDUSTRIES_IN_REGION) {
            return recordPath.startsWith(path);
        }
        return industry != null && industries.contains(industry) && recordPath.startsWith(regionPath);
    }

    /** A native SQL condition on {@code pathColumn} (an org path) and {@code industryColumn}. */
    String where(String pathColumn, String industryColumn) {
        if (scoping != MetricCatalogue.Scoping.INDUSTRIES_IN_REGION) {
            return pathColumn + " like :tsPath";
        }
        return industries.isEmpty() ? "false" : "(" + industryColumn + " in (:tsIndustries) and " + pathColumn + " like :tsRegion)";
    }

    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        if (scoping != MetricCatalogue.Scoping.INDUSTRIES_IN_REGION) {
            p.put("tsPath", path + "%");
        } else if (!industries.isEmpty()) {
            p.put("tsIndustries", industries);
            p.put("tsRegion", regionPath + "%");
        }
        return p;
    }
}
