package cn.redline.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bar on a leader's awards or promotion for a period (§4.2 PersonFlag), with its lineage; never edited once written. */
@Entity
@Table(name = "person_flag")
public class PersonFlag {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public PersonFlagKind kind;
    @Column(name = "person_name")
    public String personName;
    @Column(name = "post_id")
    public UUID postId;
    @Column(name = "post_title")
    public String postTitle;
    @Column(name = "org_id")
    public UUID orgId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Column(name = "trigger_rule")
    public String triggerRule;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trigger_facts")
    public List<ActionParts.Fact> triggerFacts = new ArrayList<>();
    @Column(name = "source_action_id")
    public UUID sourceActionId;
    @Column(name = "rule_key")
    public String ruleKey;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
