package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a drill's timeline (§3.3), posted from a phone; (drill, clientId) is unique, so a repeat is the same entry. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "drill_timeline_entry")
public class DrillTimelineEntry {

    @Id
    public UUID id;
    @Column(name = "drill_id")
    public UUID drillId;
    @Column(name = "org_id")
    public UUID orgId;
    @Column(name = "client_id")
    public String clientId;
    @Enumerated(EnumType.STRING)
    public TimelineKind kind;
    public String text;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "author_subject")
    public String authorSubject;
    @Column(name = "author_name")
    public String authorName;
    @Column(name = "attachment_ids")
    public UUID[] attachmentIds;
}
