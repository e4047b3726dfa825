package cn.redline.duty.list;

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

/** One step of a list's history: never changed once written. */
@Entity
@Table(name = "list_event")
public class ListEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "list_id")
    public UUID listId;

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
    public ListStatus fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ListStatus toState;

    public String comment;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
}
