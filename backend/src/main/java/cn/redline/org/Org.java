package cn.redline.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "org")
public class Org {

    @Id
    public UUID id;

    /** Official business key: division code, unified social credit code, or a grid's local code. */
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrgKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level")
    public RegionLevel regionLevel;

    /** Regions only: a functional zone run by a 管委会 (null for an ordinary region). */
    @Enumerated(EnumType.STRING)
    @Column(name = "zone_kind")
    public ZoneKind zoneKind;

    /** Departments only: 综合监管 / 负有监管职责 / 其他行业主管 / 支持保障 (null until classified). */
    @Enumerated(EnumType.STRING)
    @Column(name = "department_kind")
    public DepartmentKind departmentKind;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Materialized path of ids, "/root/.../self/". */
    public String path;

    public int depth;

    /** The enterprise's industry. */
    public String industry;

    /** The industries a department supervises. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supervised_industries", columnDefinition = "varchar(40)[]")
    public List<String> supervisedIndustries = new ArrayList<>();

    public Integer employees;

    @Column(name = "high_risk")
    public boolean highRisk;

    /** Enterprises only: why it is an emergency key unit (ERR 8), null when it is none; separate from {@link #highRisk}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_key_category")
    public EmergencyKeyCategory emergencyKeyCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_color")
    public RiskColor riskColor;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class")
    public RiskClass riskClass;

    public String address;

    public boolean emergencyKeyUnit() {
        return emergencyKeyCategory != null;
    }

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static String segment(UUID id) {
        return id.toString().replace("-", "");
    }

    /** The ids on a materialized path, root first (the inverse of {@link #segment}). */
    public static java.util.List<UUID> idsOnPath(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .map(s -> UUID.fromString(s.substring(0, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16) + "-"
                        + s.substring(16, 20) + "-" + s.substring(20)))
                .toList();
    }
}
