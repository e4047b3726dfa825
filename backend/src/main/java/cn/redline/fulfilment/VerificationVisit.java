package cn.redline.fulfilment;

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
 * A verification visit (四不两直, L9): a higher level checks on site whether recorded fulfilment happened. A record
 * found FALSIFIED is disputed; the safety office then confirms or clears it. Never changed once written.
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "verification_visit")
public class VerificationVisit {

    public static final String AUDIT_ENTITY = "verification-visit";

    /** One record checked and what was found. */
    public record Check(UUID recordId, cn.redline.fulfilment.FulfilmentEnums.VisitResult result, String note) {
    }

    @Id
    public UUID id;

    @Column(name = "visitor_subject")
    public String visitorSubject;

    @Column(name = "visitor_name")
    public String visitorName;

    @Column(name = "visitor_org_id")
    public UUID visitorOrgId;

    @Column(name = "target_org_id")
    public UUID targetOrgId;

    @Column(name = "visited_on")
    public LocalDate date;

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Check> checks;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
