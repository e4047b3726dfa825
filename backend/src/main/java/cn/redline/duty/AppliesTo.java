package cn.redline.duty;

import cn.redline.org.DepartmentKind;
import cn.redline.org.OrgKind;
import cn.redline.org.PostKind;
import cn.redline.org.RegionLevel;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whom a requirement rule applies to (§1.2): every criterion given must hold, an empty one holds for all. With
 * {@code postKinds} the rule binds posts of those kinds (their org must match the rest); without, it binds orgs.
 * {@code regionId} limits a local rule to the subtree of the region that issued it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "AppliesTo")
public record AppliesTo(
        @Size(max = 3) Set<OrgKind> orgKinds,
        @Size(max = 6) Set<RegionLevel> regionLevels,
        @Size(max = 4) Set<DepartmentKind> departmentKinds,
        @Size(max = 9) Set<PostKind> postKinds,
        @Schema(description = "Enterprises in, or departments supervising, one of these industries")
        @Size(max = 30) Set<@NotBlank @Size(max = 40) String> industries,
        @Schema(description = "Only high-risk enterprises (true) or only others (false)") Boolean highRisk,
        @Schema(description = "Only emergency key units (true, ERR 8) or only other enterprises (false)") Boolean emergencyKeyUnit,
        @Schema(description = "Only functional zones (true) or only ordinary regions (false)") Boolean zone,
        @Schema(description = "Only enterprises with at least this head-count") @Min(0) @Max(10_000_000) Integer minEmployees,
        @Schema(description = "Only inside this region's subtree") UUID regionId) {

    /** Whether the selector holds for {@code s}; {@code regionPath} is the path of {@link #regionId} (null when none). */
    public boolean matches(Subject s, String regionPath) {
        if (postKinds != null && !postKinds.isEmpty() ? s.postKind() == null || !postKinds.contains(s.postKind())
                : s.postKind() != null) {
            return false;
        }
        var o = s.org();
        return within(orgKinds, o.kind) && within(regionLevels, o.regionLevel) && within(departmentKinds, o.departmentKind)
                && (industries == null || industries.isEmpty() || industries.contains(o.industry)
                        || o.supervisedIndustries.stream().anyMatch(industries::contains))
                && (highRisk == null || o.kind == OrgKind.ENTERPRISE && highRisk == o.highRisk)
                && (emergencyKeyUnit == null || o.kind == OrgKind.ENTERPRISE && emergencyKeyUnit == o.emergencyKeyUnit())
                && (zone == null || o.kind == OrgKind.REGION && zone == (o.zoneKind != null))
                && (minEmployees == null || o.employees != null && o.employees >= minEmployees)
                && (regionId == null || regionPath != null && o.path.startsWith(regionPath));
    }

    private static <T> boolean within(Set<T> allowed, T value) {
        return allowed == null || allowed.isEmpty() || allowed.contains(value);
    }
}
