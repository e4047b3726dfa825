package cn.redline.duty.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A post changing hands while its list is live (§2.3, §2.7.5): the open obligations at the handover, and the new
 * holder's acknowledgement, due within the list's handover days; unacknowledged past due, the list shows AT_RISK.
 */
@Entity
@Table(name = "list_handover")
public class ListHandover {

    @Id
    public UUID id;

    @Column(name = "list_id")
    public UUID listId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "from_person")
    public String fromPerson;

    @Column(name = "to_person")
    public String toPerson;

    @Column(name = "to_person_ref")
    public String toPersonRef;

    @Column(name = "handover_date")
    public LocalDate handoverDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Keys and periods of the obligations still open on the handover date. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "open_obligations", columnDefinition = "varchar(120)[]")
    public List<String> openObligations;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
