package cn.redline.drill;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillTimelineEntry", description = "One entry of a drill's timeline")
public record TimelineEntryView(@Schema(format = "uuid") UUID id, @Schema(format = "uuid") UUID drillId,
                                @Schema(maxLength = 64) String clientId, TimelineKind kind,
                                @Schema(maxLength = 4000) String text, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
                                @Schema(maxLength = 255, nullable = true) String author,
                                @Schema(maxItems = 10) List<UUID> attachmentIds) {

    @Schema(name = "DrillTimelinePage")
    public record Page(@Schema(maxItems = 200) List<TimelineEntryView> items,
                       @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    static TimelineEntryView of(DrillTimelineEntry e) {
        return new TimelineEntryView(e.id, e.drillId, e.clientId, e.kind, e.text, e.occurredAt, e.recordedAt, e.authorName,
                e.attachmentIds == null ? List.of() : Arrays.asList(e.attachmentIds));
    }
}
