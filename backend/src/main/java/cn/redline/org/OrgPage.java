package cn.redline.org;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgPage")
public record OrgPage(
        @Schema(maxItems = 200) List<OrgView> items,
        @Schema(maxLength = 512, nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor) {
}
