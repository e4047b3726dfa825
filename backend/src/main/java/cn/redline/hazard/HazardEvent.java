package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
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

/** One step in a ticket's history; never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "hazard_event")
public class HazardEvent {

    /** History steps that are not workflow actions (those are recorded under their {@link HazardWorkflow.Action} name). */
    public static final String REPORT = "REPORT";
    public static final String ESCALATE = "ESCALATE";
    public static final String MOVE = "MOVE";
    public static final java.util.List<String> NON_ACTION_TYPES = java.util.List.of(REPORT, ESCALATE, MOVE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "hazard_id")
    public UUID hazardId;
    public OffsetDateTime at;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_org_code")
    public String actorOrgCode;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public State fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public State toState;
    public String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
    @Column(name = "scope_path")
    public String scopePath;
    public String industry;
    @Column(name = "prev_scope_path")
    public String prevScopePath;
    @Column(name = "prev_industry")
    public String prevIndustry;
}
