package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step in a record's history, never changed once written. The table's {@code tx_id} (the writing transaction,
 * filled by the database) orders the change feed ({@link FulfilmentFeed}).
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "fulfilment_event")
public class FulfilmentEvent {

    /** History steps that are not workflow actions. */
    public static final String CREATE = "CREATE";
    public static final String EDIT = "EDIT";
    public static final String SUPERSEDE = "SUPERSEDE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "org_id")
    public UUID orgId;
    public OffsetDateTime at;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_name")
    public String actorName;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public FulfilmentState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public FulfilmentState toState;
    public String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
}
