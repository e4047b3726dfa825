package cn.redline.accident;

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

/** One step in an accident's history (its entry, a correction with the fields before and after); never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "accident_event")
public class AccidentEvent {

    public static final String CREATE = "CREATE";
    public static final String PUSH = "PUSH";
    public static final String CORRECT = "CORRECT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "accident_id")
    public UUID accidentId;
    public OffsetDateTime at;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_name")
    public String actorName;
    public String action;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
}
