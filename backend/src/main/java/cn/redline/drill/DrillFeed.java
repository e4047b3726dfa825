package cn.redline.drill;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.platform.EventFeed;
import cn.redline.platform.FeedParams;
import cn.redline.platform.FeedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The drills' change feed for third parties (issue 11 deliverable 6): drills whose history gained a step after a cursor
 * (or since a time), each once per page in the order the steps' transactions committed, read below the horizon of
 * {@link FeedPosition} so a late commit is never skipped. A drill is in the caller's scope by its organiser's place
 * now; a drill whose organiser moved out of the scope is not reported any more.
 */
@ApplicationScoped
public class DrillFeed {

    static final String LIST = "drills:changes";

    @Schema(name = "DrillChangePage")
    public record ChangePage(@Schema(maxItems = 500, description = "Each drill once, in change order, as it is now") List<DrillView> items,
                             @Schema(maxLength = 512, description = "Pass back as cursor; never null, keep it for the next poll")
                             String nextCursor) {
    }

    @Inject
    EventFeed feed;

    @Inject
    EntityManager em;

    @Inject
    Drills drills;

    @Inject
    AttachmentService attachments;

    public ChangePage changes(FeedParams params) {
        EventFeed.Changes changes = feed.read(LIST, "drill_event", "e.record_kind = 'DRILL'", params);
        List<UUID> ids = changes.ids();
        Map<UUID, Drill> byId = ids.isEmpty() ? Map.of()
                : em.createQuery("from Drill where id in :ids", Drill.class).setParameter("ids", ids).getResultStream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<UUID, List<AttachmentView>> files = attachments.listFor(DrillAttachmentPolicy.OWNER, ids);
        Drills.Counted counted = drills.counted(byId.values(), files);
        return new ChangePage(ids.stream().map(id -> drills.view(byId.get(id), files.getOrDefault(id, List.of()), counted)).toList(),
                changes.nextCursor());
    }
}
