package cn.redline.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage")
public record AuditPage(
        @Schema(maxItems = 200) List<AuditEntryView> items,
        @Schema(maxLength = 512, nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor) {
}
