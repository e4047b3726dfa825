package cn.redline.drill;

import cn.redline.attachment.AttachmentService;
import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A drill's timeline (§3.3, §3.4 log): entries posted from phones, offline and synced later. The phone names each
 * entry (clientId); the database keeps one entry per drill and clientId, so a retried or duplicated sync, even two at
 * once, yields the one entry the first created.
 */
@ApplicationScoped
public class DrillTimeline {

    /** How far ahead of the server a phone's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    /** Entries in the order they happened. */
    static final Keyset<DrillTimelineEntry> IN_ORDER = Keyset.ascending("drill-timeline",
            Keyset.time("x.occurredAt", e -> e.occurredAt), Keyset.uuid("x.id", e -> e.id));

    /** The entry and whether this post created it. */
    public record Posted(TimelineEntryView entry, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Drills drills;

    @Inject
    ScopedRecords records;

    @Inject
    AttachmentService attachments;

    public TimelineEntryView.Page list(UUID drillId, PageParams page) {
        Drill d = drills.visible(drillId);
        Page<TimelineEntryView> shown = records.page(DrillTimelineEntry.class, IN_ORDER, Map.of("drillId", d.id), page,
                TimelineEntryView::of);
        return new TimelineEntryView.Page(shown.items(), shown.nextCursor());
    }

    @Transactional
    public Posted post(UUID drillId, TimelineEntryInput in) {
        Drill d = drills.visible(drillId);
        Optional<DrillTimelineEntry> earlier = find(d.id, in.clientId());
        if (earlier.isPresent()) {
            return new Posted(TimelineEntryView.of(earlier.get()), false);
        }
        drills.table().permit(d, DrillAction.LOG, caller);
        OffsetDateTime now = Times.now(clock);
        if (in.occurredAt().toInstant().isAfter(now.plus(CLOCK_SKEW).toInstant())) {
            throw ProblemException.invalid("occurredAt", "must not be in the future");
        }
        List<UUID> files = in.attachmentIds() == null ? List.of() : in.attachmentIds();
        UUID id = UUID.randomUUID();
        // a concurrent post of the same clientId waits here on the unique key, then inserts nothing
        int inserted = em.createNativeQuery("""
                        insert into drill_timeline_entry (id, drill_id, org_id, client_id, kind, text, occurred_at, recorded_at,
                            author_subject, author_name, attachment_ids)
                        values (:id, :drill, :org, :client, :kind, :text, :occurred, :recorded, :subject, :name, cast(:files as uuid[]))
                        on conflict (drill_id, client_id) do nothing""")
                .setParameter("id", id).setParameter("drill", d.id).setParameter("org", d.orgId)
                .setParameter("client", in.clientId()).setParameter("kind", in.kind().name())
                .setParameter("text", in.text().strip()).setParameter("occurred", in.occurredAt())
                .setParameter("recorded", now).setParameter("subject", caller.subject())
                .setParameter("name", caller.displayName()).setParameter("files", files.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
        if (inserted == 0) {
            return new Posted(TimelineEntryView.of(find(d.id, in.clientId()).orElseThrow()), false);
        }
        attachments.link(files, DrillAttachmentPolicy.OWNER, d.id, DrillFileKind.PHOTO.name());
        return new Posted(TimelineEntryView.of(em.find(DrillTimelineEntry.class, id)), true);
    }

    private Optional<DrillTimelineEntry> find(UUID drillId, String clientId) {
        return em.createQuery("from DrillTimelineEntry where drillId = :d and clientId = :c", DrillTimelineEntry.class)
                .setParameter("d", drillId).setParameter("c", clientId).getResultStream().findFirst();
    }
}
