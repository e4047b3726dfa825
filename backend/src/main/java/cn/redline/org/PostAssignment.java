package cn.redline.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person holding a post from one day to another (both inclusive, local dates; {@code to} null while they hold it).
 * Liability follows the person after transfer, promotion and retirement (LRR 24), so assignments are never deleted:
 * a record dated D resolves the person who held its post on D.
 */
@Entity
@Table(name = "post_assignment")
public class PostAssignment {

    @Id
    public UUID id;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "person_name")
    public String personName;

    /** A stable reference to the person (login or personnel number), to follow them across posts. */
    @Column(name = "person_ref")
    public String personRef;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    /** 任职文件: the appointment's document number. */
    @Column(name = "appointment_doc")
    public String appointmentDoc;

    /** 免职文件 or the successor's appointment that ended this one. */
    @Column(name = "end_doc")
    public String endDoc;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether this assignment and the days {@code start}..{@code end} (end null = open) share a day. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !end.isBefore(from)) && (to == null || !to.isBefore(start));
    }
}
