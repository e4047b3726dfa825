package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A proof that one duty item was done in one period (履职记录, §2.2). Its state changes only through the actions of
 * {@link FulfilmentWorkflow}'s table; once accepted it counts on the item's obligation. Located by the holder's org
 * ({@code orgId}), whose path the caller's scope is checked against.
 */
@Entity
@Table(name = "fulfilment_record")
public class FulfilmentRecord {

    public static final String AUDIT_ENTITY = "fulfilment-record";

    @Id
    public UUID id;

    @Column(name = "duty_item_id")
    public UUID dutyItemId;

    @Column(name = "list_id")
    public UUID listId;

    @Column(name = "period_key")
    public String periodKey;

    /** The post holding the list, or null for a list held by an org. */
    @Column(name = "holder_post_id")
    public UUID holderPostId;

    /** The holder's org (the post's org): the caller's scope is checked against it. */
    @Column(name = "org_id")
    public UUID orgId;

    /** The org that issued the list: its side reviews the record. */
    @Column(name = "issuing_org_id")
    public UUID issuingOrgId;

    @Column(name = "performed_on")
    public LocalDate date;

    public String place;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FulfilmentParts.Performer> performers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    public FulfilmentParts.Counterpart counterpart;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up")
    public FulfilmentParts.FollowUp followUp;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hazard_ids")
    public List<UUID> hazardIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "drill_ids")
    public List<UUID> drillIds = new java.util.ArrayList<>();

    @Enumerated(EnumType.STRING)
    public FulfilmentSource source;

    /** The pushing system's id (INTEGRATION), unique per pushing org. */
    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "pushed_by_org_id")
    public UUID pushedByOrgId;

    /** What an automatic match was made from (e.g. {@code INSPECTION:2026-05-14:zhenghai}): one record per match. */
    @Column(name = "auto_key")
    public String autoKey;

    @Enumerated(EnumType.STRING)
    public FulfilmentState state;

    /** Entered (submitted) after the period ended, within the grace days (§1.1). */
    public boolean late;

    @Column(name = "entered_by_subject")
    public String enteredBySubject;

    @Column(name = "entered_by_name")
    public String enteredByName;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_decision")
    public String reviewDecision;

    @Column(name = "review_reason")
    public String reviewReason;

    /** The accepted record this one corrects; it becomes AMENDED when this one is accepted. */
    @Column(name = "amends_id")
    public UUID amendsId;

    /** A pending request to amend after the period's freeze, awaiting the reviewer's approval. */
    @Column(name = "amendment_request")
    public String amendmentRequest;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean amendmentRequested() {
        return amendmentRequest != null;
    }
}
