package cn.redline.org;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Org", description = "An organization: region, department or enterprise")
public record OrgView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 32, example = "520102") String code,
        @Schema(maxLength = 100, example = "南明区") String name,
        OrgKind kind,
        @Schema(nullable = true) RegionLevel regionLevel,
        @Schema(nullable = true) ZoneKind zoneKind,
        @Schema(nullable = true) DepartmentKind departmentKind,
        @Schema(nullable = true, description = "Null for a root or when the parent is outside the caller's scope") UUID parentId,
        @Schema(maxItems = 12, description = "Ancestors inside the caller's scope, root first") List<OrgRef> ancestors,
        @Schema(type = SchemaType.ARRAY, implementation = IndustryCode.class, maxItems = 30, description = "Departments: the industries supervised") List<String> industries,
        @Schema(maxLength = 40, nullable = true, example = "CONSTRUCTION") String industry,
        @Schema(nullable = true, minimum = "0", maximum = "10000000") Integer employees,
        boolean highRisk,
        @Schema(description = "An emergency key unit (ERR 8): drills every half-year and reports it; separate from highRisk")
        boolean emergencyKeyUnit,
        @Schema(nullable = true) EmergencyKeyCategory emergencyKeyCategory,
        @Schema(nullable = true) RiskColor riskColor,
        @Schema(nullable = true) RiskClass riskClass,
        @Schema(maxLength = 200, nullable = true) String address,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(format = "date-time") OffsetDateTime updatedAt) {

    @Schema(name = "OrgRef", description = "A short reference to an organization")
    public record OrgRef(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 32, example = "520100") String code,
            @Schema(maxLength = 100, example = "贵阳市") String name,
            OrgKind kind) {

        public static OrgRef of(Org o) {
            return new OrgRef(o.id, o.code, o.name, o.kind);
        }
    }
}
