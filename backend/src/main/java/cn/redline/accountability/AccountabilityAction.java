package cn.redline.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One action of the accountability register (§1.6). */
@Entity
@Table(name = "accountability_action")
public class AccountabilityAction {

    @Id
    public UUID id;
    public String code;
    @Enumerated(EnumType.STRING)
    public AccountabilityType type;
    @Enumerated(EnumType.STRING)
    public AccountabilityStatus status;
    @Column(name = "target_org_id")
    public UUID targetOrgId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_persons")
    public List<ActionParts.Person> targetPersons = new ArrayList<>();
    @Column(name = "issuer_org_id")
    public UUID issuerOrgId;
    public String title;
    public String reason;
    @Column(name = "trigger_rule")
    public String triggerRule;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trigger_facts")
    public List<ActionParts.Fact> triggerFacts = new ArrayList<>();
    @Column(name = "rule_key")
    public String ruleKey;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public String response;
    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;
    @Column(name = "closing_note")
    public String closingNote;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
