package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in the history of a drill or a yearly drill plan, never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "drill_event")
public class DrillEvent {

    static final String DRILL = "DRILL";
    static final String YEAR_PLAN = "YEAR_PLAN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "record_kind")
    public String recordKind;
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
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state")
    public String toState;
    public String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
}
