package cn.redline.accident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One accident of the register (§1.7). Located by its enterprise's path when it names one, else its territory's,
 * so a territory's subtree sees it; its level is always {@link AccidentLevel#derive derived} from the figures.
 */
@Entity
@Table(name = "accident")
public class Accident {

    public static final String AUDIT_ENTITY = "accident";

    @Id
    public UUID id;

    public String code;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    @Column(name = "territory_id")
    public UUID territoryId;

    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    public String industry;

    public String title;

    public String description;

    public int deaths;

    @Column(name = "serious_injuries")
    public int seriousInjuries;

    @Column(name = "direct_loss_yuan")
    public BigDecimal directLossYuan;

    @Enumerated(EnumType.STRING)
    public AccidentLevel level;

    /** 责任事故 as the investigation found; null until it has. */
    public Boolean liability;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reporting_issues")
    public List<String> reportingIssues = new ArrayList<>();

    /** 文号 of the investigation report (事故调查报告); its files are the accident's attachments. */
    @Column(name = "investigation_doc")
    public String investigationDoc;

    @Enumerated(EnumType.STRING)
    public AccidentSource source;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "pushed_by_org_id")
    public UUID pushedByOrgId;

    @Column(name = "scope_path")
    public String scopePath;

    @Column(name = "entered_by_subject")
    public String enteredBySubject;

    @Column(name = "entered_by_name")
    public String enteredByName;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
