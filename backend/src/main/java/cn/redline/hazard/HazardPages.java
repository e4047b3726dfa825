package cn.redline.hazard;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** List and feed envelopes. */
public final class HazardPages {

    private HazardPages() {
    }

    @Schema(name = "HazardPage")
    public record HazardPage(@Schema(maxItems = 200) List<HazardView> items,
                             @Schema(maxLength = 512, nullable = true) String nextCursor) {
    }

    @Schema(name = "HazardHistory")
    public record History(@Schema(maxItems = 1000) List<HazardEventView> items) {
    }

    @Schema(name = "HazardChange", description = "A ticket changed since the cursor. inScope=false: it left the "
            + "caller's scope (only id and code are given)")
    public record Change(@Schema(format = "uuid") UUID id, @Schema(maxLength = 20) String code,
                         boolean inScope, @Schema(nullable = true) HazardView hazard) {
    }

    @Schema(name = "HazardChangePage")
    public record ChangePage(@Schema(maxItems = 500) List<Change> items,
                             @Schema(maxLength = 512, description = "Pass back as cursor; never null, keep it for the next poll")
                             String nextCursor) {
    }
}
