package cn.redline.fulfilment;

import cn.redline.platform.EventFeed;
import cn.redline.platform.FeedParams;
import cn.redline.platform.FeedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Incremental reads for third parties: records changed after a cursor (or since a time), in change order, each in
 * its current state, never skipping a change whose transaction commits late ({@link FeedPosition}, {@link EventFeed}).
 */
@ApplicationScoped
public class FulfilmentFeed {

    static final String LIST = "fulfilment-records:changes";

    @Schema(name = "FulfilmentChangePage")
    public record ChangePage(@Schema(maxItems = 500) List<FulfilmentView> items,
                             @Schema(maxLength = 512, description = "Pass back as cursor; never null, keep it for the next poll")
                             String nextCursor) {
    }

    @Inject
    EventFeed feed;

    @Inject
    FulfilmentRepository records;

    @Inject
    Fulfilments fulfilments;

    public ChangePage changes(FeedParams params) {
        EventFeed.Changes changes = feed.read(LIST, "fulfilment_event", "", params);
        Map<java.util.UUID, FulfilmentRecord> byId = changes.ids().isEmpty() ? Map.of()
                : records.list("id in ?1", changes.ids()).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return new ChangePage(changes.ids().stream().map(id -> fulfilments.view(byId.get(id))).toList(), changes.nextCursor());
    }
}
